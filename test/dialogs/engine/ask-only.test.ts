import { describe, expect, it } from "vitest";
import type { Dialog } from "../../../src/dialogs/types.ts";
import { inbound, setup } from "./support.ts";

/** Shows a list, then stays open for a number only: anything else is no answer of its. */
const numberFollowUp: Dialog<unknown> = async (c) => {
  c.say("Rota of every class.");
  const n = await c.ask("Send a class number for its rota.", { only: /^\d+$/ });
  c.say(`Rota of class ${n}.`);
};
const start = { dialog: "rota", args: {}, locale: "en" as const };

describe("ask with `only`", () => {
  it("takes a message of the kind it waits for as the answer", async () => {
    const { runtime } = await setup(() => ({ rota: numberFollowUp }));
    const rt = runtime();
    await rt.handle(inbound("rota"), start);
    expect(await rt.handle(inbound("31"))).toEqual([{ text: "Rota of class 31." }]);
  });

  it("lets any other message through to the router and ends the dialog", async () => {
    const { db, runtime } = await setup(() => ({ rota: numberFollowUp }));
    const rt = runtime();
    await rt.handle(inbound("rota"), start);
    expect(await rt.handle(inbound("西游记"))).toBeNull();
    expect(await db.dialogSession.count()).toBe(0);
    expect(await rt.handle(inbound("31"))).toBeNull();
  });
});
