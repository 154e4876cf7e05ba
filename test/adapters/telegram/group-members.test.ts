import { afterEach, describe, expect, it } from "vitest";
import type { Library } from "../../../src/core/library.ts";
import { testLibrary } from "../../support/library.ts";
import { startHarness } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { groupChat, user } from "./fake-updates.ts";
import type { FakeUpdate } from "./fake-updates.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const membersOf = async (lib: Library, chatId: number) =>
  (
    await lib.db.groupMember.findMany({
      where: { platform: "telegram", chatId: String(chatId) },
      select: { userId: true },
      orderBy: { userId: "asc" },
    })
  ).map((m) => m.userId);

/** Pushes updates the bot does not answer, and waits until the gate has handled them all. */
async function deliverSilently(h: Harness, lib: Library, ...updates: FakeUpdate[]) {
  const before = await lib.db.inboundUpdate.count({ where: { status: "done" } });
  for (const u of updates) h.fake.push(u);
  await h.fake.waitFor(
    async () =>
      (await lib.db.inboundUpdate.count({ where: { status: "done" } })) === before + updates.length,
    30_000,
  );
  await h.gate.idle();
}

describe("who is known to be in a Telegram group", () => {
  it("notes a parent writing in the group and people added, not bots, and forgets one who left", async () => {
    const lib = await testLibrary();
    h = await startHarness(lib, []);
    const group = groupChat(-100320, "三年级二班家长群");
    const [ann, bob, cat] = [user(2001, "Ann"), user(2002, "Bob"), user(2003, "Cat")];
    const helper = { ...user(2004, "OtherBot"), is_bot: true };
    await deliverSilently(
      h,
      lib,
      h.fake.text(ann, group, "明天要带借书卡吗？"),
      h.fake.membersChange(ann, group, { joined: [bob, cat, helper] }),
    );
    expect(await membersOf(lib, group.id)).toEqual(["2001", "2002", "2003"]);
    // Bob leaves by himself; the service message comes "from" him: he is not noted again.
    await deliverSilently(h, lib, h.fake.membersChange(bob, group, { left: bob }));
    expect(await membersOf(lib, group.id)).toEqual(["2001", "2003"]);
    // The bot answered none of it.
    expect(h.fake.sentTo(group.id)).toEqual([]);
  });
});
