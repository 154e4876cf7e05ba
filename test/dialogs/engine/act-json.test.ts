import { describe, expect, expectTypeOf, it } from "vitest";
import type { Dialog, Jsonify } from "../../../src/dialogs/types.ts";
import { inbound, setup } from "./support.ts";

describe("act's result is typed as what comes back: JSON", () => {
  it("gives a Date back as its ISO string, on the first run as on replays", async () => {
    const seen: unknown[] = [];
    const dated: Dialog<unknown> = async (c) => {
      const at = await c.act(() => ({ at: new Date("2026-09-09T02:00:00Z"), gone: undefined }));
      expectTypeOf(at.at).toEqualTypeOf<string>();
      seen.push(at);
      await c.ask("Again?");
      c.say(at.at);
    };
    const { runtime } = await setup(() => ({ dated }));
    const rt = runtime();
    await rt.handle(inbound("go"), { dialog: "dated", args: {}, locale: "en" });
    expect(await rt.handle(inbound("yes"))).toEqual([{ text: "2026-09-09T02:00:00.000Z" }]);
    expect(seen).toEqual([{ at: "2026-09-09T02:00:00.000Z" }, { at: "2026-09-09T02:00:00.000Z" }]);
  });

  it("gives plain values back as they are and NaN as null, on the first run as on replays", async () => {
    const seen: unknown[] = [];
    const plain: Dialog<unknown> = async (c) => {
      const values = [
        await c.act(() => "text"),
        await c.act(() => 7),
        await c.act(() => false),
        await c.act(() => null),
        await c.act(() => undefined),
        await c.act(() => Number.NaN),
        await c.act(() => Number.POSITIVE_INFINITY),
      ];
      seen.push(values);
      await c.ask("Again?");
    };
    const { runtime } = await setup(() => ({ plain }));
    const rt = runtime();
    await rt.handle(inbound("go"), { dialog: "plain", args: {}, locale: "en" });
    await rt.handle(inbound("yes"));
    const asJson = ["text", 7, false, null, undefined, null, null];
    expect(seen).toEqual([asJson, asJson]);
  });

  it("maps types as JSON.stringify does", () => {
    expectTypeOf<Jsonify<{ n: number; d: Date; o?: string; xs: Date[] }>>().toEqualTypeOf<{
      n: number;
      d: string;
      o?: string;
      xs: string[];
    }>();
  });
});
