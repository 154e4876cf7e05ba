import { describe, expect, it } from "vitest";
import type { Dialog } from "../../../src/dialogs/types.ts";
import { inbound, setup } from "./support.ts";

function gate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe("DialogRuntime ordering", () => {
  it("handles one chat's messages in order and other chats meanwhile", async () => {
    const gates = { a: gate(), b: gate() };
    const slow: Dialog<{ chat: "a" | "b" }> = async (c, { chat }) => {
      const answer = await c.ask("Go?");
      await c.act(() => gates[chat].promise);
      c.say(`done ${answer}`);
    };
    const { runtime } = await setup(() => ({ slow: slow as Dialog<never> }));
    const rt = runtime();
    const chatA = inbound("", { chatId: "a" });
    const chatB = inbound("", { chatId: "b" });
    await rt.handle(chatA, { dialog: "slow", args: { chat: "a" }, locale: "en" });
    await rt.handle(chatB, { dialog: "slow", args: { chat: "b" }, locale: "en" });

    const events: string[] = [];
    const track = (name: string, p: Promise<unknown>) =>
      p.then((r) => events.push(`${name}:${JSON.stringify(r)}`));
    const a1 = track("a1", rt.handle({ ...chatA, text: "first" }));
    const a2 = track("a2", rt.handle({ ...chatA, text: "second" }));
    const b1 = track("b1", rt.handle({ ...chatB, text: "other" }));
    gates.b.open();
    await b1;
    expect(events).toEqual(['b1:[{"text":"done other"}]']);
    gates.a.open();
    await Promise.all([a1, a2]);
    expect(events).toEqual(['b1:[{"text":"done other"}]', 'a1:[{"text":"done first"}]', "a2:null"]);
  });

  it("keeps serving a chat after one of its messages failed", async () => {
    const boom: Dialog<never> = async () => {
      throw new Error("boom");
    };
    const { runtime } = await setup(() => ({ boom }));
    const rt = runtime();
    const failing = rt.handle(inbound("x"), { dialog: "boom", args: null, locale: "en" });
    const next = rt.handle(inbound("hello"));
    await expect(failing).rejects.toThrow(/boom/);
    expect(await next).toBeNull();
  });
});
