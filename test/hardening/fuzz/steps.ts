import fc from "fast-check";
import type { Arbitrary } from "fast-check";
import { textArb } from "./inputs.ts";
import type { InputMaterial, Step } from "./inputs.ts";

const pressArb = fc.oneof(fc.constant(0), fc.constant(1), fc.nat({ max: 12 }));

/** One step: mostly typed text, sometimes a button (legit, replayed or forged). */
export function stepArb(m: InputMaterial): Arbitrary<Step> {
  const who = { sender: fc.nat({ max: 9 }), mentioned: fc.boolean() };
  return fc.oneof(
    {
      weight: 10,
      arbitrary: fc.record({ kind: fc.constant("text" as const), text: textArb(m), ...who }),
    },
    {
      weight: 6,
      arbitrary: fc.record({ kind: fc.constant("press" as const), choice: pressArb, ...who }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("replay" as const),
        menu: fc.nat(),
        choice: fc.nat({ max: 12 }),
        ...who,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("forged" as const),
        menuId: fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 70 })),
        id: fc.oneof(
          fc.constantFrom("all", "l1", "h1", "t1", "send", "create", "done", "_next", "en", "p1"),
          fc.string({ maxLength: 50 }),
        ),
        ...who,
      }),
    },
  );
}

/**
 * The start of a flow that needs several right answers in a row (a broadcast, an activity, a
 * hold, a renewal, settings, the desk, a group link), with fuzzed words where words go, so
 * random runs reach the writes at the end of each dialog and then go on with noise.
 */
function flowArb(m: InputMaterial): Arbitrary<Step[]> {
  type Bare = { kind: "text"; text: string } | { kind: "press"; choice: number };
  const text = (t: string): Bare => ({ kind: "text", text: t });
  const press = (n: number): Bare => ({ kind: "press", choice: n });
  const words = fc.oneof(textArb(m), fc.constantFrom("明天闭馆", "读书节", "多买科普书"));
  const title = fc.constantFrom(...m.titles);
  const flows = fc.oneof(
    fc.tuple(words, pressArb).map(([w, n]) => [text(`广播 ${w}`), press(1), press(n), press(0)]),
    fc
      .tuple(words, pressArb, pressArb)
      .map(([w, k, n]) => [
        ...[text(`活动 ${w}`), press(k), text("2026-09-20"), text("10-08"), press(1)],
        ...[press(n), press(0)],
      ]),
    fc.tuple(title, pressArb).map(([t, n]) => [text(`预约 ${t}`), press(n), press(0), press(0)]),
    pressArb.map((n) => [text("续借"), press(n)]),
    pressArb.map((n) => [text("取消预约"), press(n)]),
    fc.tuple(pressArb, pressArb).map(([k, n]) => [text("设置"), press(k), press(n), press(3)]),
    fc.tuple(words, pressArb).map(([w, n]) => [text(`建议 ${w}`), text("荐购"), press(n)]),
    fc
      .tuple(fc.constantFrom(...m.cards), fc.constantFrom(...m.barcodes))
      .map(([c, b]) => [text(`借 ${c} ${b}`), text(`还 ${b}`), text("结束")]),
    fc.constantFrom(...m.classNames).map((k) => [text(`/link ${k}`)]),
    fc
      .tuple(fc.constantFrom(...m.barcodes), pressArb, pressArb)
      .map(([b, k, n]) => [text(`丢失 ${b}`), text("赔偿"), press(k), press(n)]),
    fc.constantFrom(...m.cards).map((card) => [text(`小管 ${card}`), text(`取消小管 ${card}`)]),
  );
  const who = fc.record({ sender: fc.nat({ max: 9 }), mentioned: fc.boolean() });
  return fc.tuple(flows, who).map(([steps, w]) => steps.map((step): Step => ({ ...step, ...w })));
}

/** A run: single steps and the starts of flows, at most `maxSteps + 6` messages. */
export function stepsArb(m: InputMaterial, maxSteps = 10): Arbitrary<Step[]> {
  const piece = fc.oneof(
    { weight: 5, arbitrary: stepArb(m).map((s) => [s]) },
    { weight: 1, arbitrary: flowArb(m) },
  );
  return fc
    .array(piece, { minLength: 1, maxLength: maxSteps })
    .map((pieces) => pieces.flat().slice(0, maxSteps + 6));
}
