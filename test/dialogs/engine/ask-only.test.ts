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

/** A menu of two classes that also takes a class typed as "3-1". */
const classMenu: Dialog<unknown> = async (c) => {
  const picked = await c.choose(
    "Which class?",
    [
      { id: "c1", label: "3-1 (2 late)" },
      { id: "c2", label: "4-1 (1 late)" },
    ],
    { typed: /^\d-\d$/ },
  );
  c.say(`Class ${picked}.`);
};

describe("choose with `typed`", () => {
  it("resolves with text of that kind as typed; numbers and labels still pick the menu's choices", async () => {
    const { runtime } = await setup(() => ({ menu: classMenu }));
    const rt = runtime();
    const begin = { dialog: "menu", args: {}, locale: "en" as const };
    await rt.handle(inbound("go"), begin);
    expect(await rt.handle(inbound("5-2"))).toEqual([{ text: "Class 5-2." }]);
    await rt.handle(inbound("go"), begin);
    expect(await rt.handle(inbound("2"))).toEqual([{ text: "Class c2." }]);
    await rt.handle(inbound("go"), begin);
    const [again] = (await rt.handle(inbound("three one"))) ?? [];
    expect(again?.text).toBe("Please answer with a number from 1 to 2.");
    expect(await rt.handle(inbound("3-1"))).toEqual([{ text: "Class 3-1." }]);
  });
});
