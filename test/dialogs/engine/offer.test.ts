import { describe, expect, it } from "vitest";
import type { Dialog } from "../../../src/dialogs/types.ts";
import { inbound, setup } from "./support.ts";

/** A menu that lets typed text fall through, then a last word. */
const menu: Dialog<never> = async (c) => {
  const picked = await c.choose("Pick", [{ id: "a", label: "A" }], { textFallthrough: true });
  c.say(`picked ${picked}`);
};
/** Asks one question; its answer ends it. */
const ask: Dialog<never> = async (c) => {
  c.say(`got ${await c.ask("Name?")}`);
};
const start = (dialog: string) => ({ dialog, args: null, locale: "en" as const });

async function waitingMenu() {
  const s = await setup(() => ({ menu, ask }));
  const rt = s.runtime();
  await rt.handle(inbound("go"), start("menu"));
  const rows = () => s.db.dialogSession.findMany({ select: { dialog: true, version: true } });
  return { ...s, rt, rows };
}

describe("DialogRuntime.offer", () => {
  it("gives the message to the waiting dialog without asking what else to do", async () => {
    const { rt, rows } = await waitingMenu();
    let asked = 0;
    const next = async () => {
      asked++;
      return [];
    };
    expect(await rt.offer(inbound("1"), next)).toEqual([{ text: "picked a" }]);
    expect(asked).toBe(0);
    expect(await rows()).toEqual([]);
  });

  it("replaces a menu the text fell through with the new dialog in one write", async () => {
    const { rt, rows } = await waitingMenu();
    expect(await rt.offer(inbound("hello"), async () => start("ask"))).toEqual([{ text: "Name?" }]);
    // The old row was replaced (its version moved on), not deleted and inserted afresh.
    expect(await rows()).toEqual([{ dialog: "ask", version: 1 }]);
    expect(await rt.handle(inbound("Ann"))).toEqual([{ text: "got Ann" }]);
  });

  it("deletes the fallen-through menu when the answer is replies", async () => {
    const { rt, rows } = await waitingMenu();
    expect(await rt.offer(inbound("hello"), async () => [{ text: "no" }])).toEqual([
      { text: "no" },
    ]);
    expect(await rows()).toEqual([]);
  });

  it("deletes the fallen-through menu when deciding fails, and passes the error on", async () => {
    const { rt, rows } = await waitingMenu();
    const failing = async (): Promise<never> => {
      throw new Error("database gone");
    };
    await expect(rt.offer(inbound("hello"), failing)).rejects.toThrow("database gone");
    expect(await rows()).toEqual([]);
  });

  it("deletes an idle dialog instead of resuming it, and starts the new one", async () => {
    const { rt, rows, clock } = await waitingMenu();
    clock.set(new Date(clock.now().getTime() + 11 * 60_000));
    expect(await rt.offer(inbound("1"), async () => [{ text: "a search" }])).toEqual([
      { text: "a search" },
    ]);
    expect(await rows()).toEqual([]);
  });

  it("starts a dialog when none is waiting", async () => {
    const { db, runtime } = await setup(() => ({ ask }));
    expect(await runtime().offer(inbound("hi"), async () => start("ask"))).toEqual([
      { text: "Name?" },
    ]);
    expect(await db.dialogSession.count()).toBe(1);
  });
});
