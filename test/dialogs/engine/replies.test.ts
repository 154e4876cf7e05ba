import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLongText, turnReplies } from "../../../src/dialogs/engine/replies.ts";
import type { Dialog } from "../../../src/dialogs/types.ts";
import { inbound, setup } from "./support.ts";

describe("splitLongText", () => {
  it("keeps short text whole", () => {
    expect(splitLongText("a\nb", 10)).toEqual(["a\nb"]);
  });

  it("splits on line boundaries and loses no line", () => {
    const line = fc.string({ maxLength: 30 }).filter((s) => !s.includes("\n"));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const text = lines.join("\n");
        const pieces = splitLongText(text, 40);
        expect(pieces.every((p) => p.length <= 40)).toBe(true);
        expect(pieces.join("\n")).toBe(text);
      }),
    );
  });

  it("cuts a single over-long line without breaking a surrogate pair", () => {
    const text = "a" + "😀".repeat(10);
    const pieces = splitLongText(text, 4);
    expect(pieces.every((p) => p.length <= 4 && !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p))).toBe(
      true,
    );
    expect(pieces.join("")).toBe(text);
  });
});

describe("turnReplies", () => {
  it("joins a turn's texts and puts the menu on the last message", () => {
    const choices = [{ id: "a", label: "A" }];
    const replies = turnReplies(["x".repeat(3000), "y".repeat(3000)], { menuId: "m", choices });
    expect(replies).toEqual([
      { text: "x".repeat(3000) },
      { text: "y".repeat(3000), choices, menuId: "m" },
    ]);
  });
});

describe("long replies through the runtime", () => {
  it("splits a 10 000-character say into messages under 4000 characters", async () => {
    const text = Array.from({ length: 200 }, (_, i) => `${i}`.padEnd(50, "书")).join("\n");
    const long: Dialog<never> = async (c) => c.say(text);
    const { runtime } = await setup(() => ({ long }));
    const replies = await runtime().handle(inbound("x"), {
      dialog: "long",
      args: null,
      locale: "en",
    });
    expect(text.length).toBeGreaterThanOrEqual(10_000);
    expect(replies?.length).toBe(3);
    expect(replies?.every((r) => r.text.length <= 4000)).toBe(true);
    expect(replies?.map((r) => r.text).join("\n")).toBe(text);
  });
});
