import { describe, expect, it } from "vitest";
import { GroupPresence } from "../../../src/core/members/group-presence.ts";
import { testLibrary } from "../../support/library.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
const group = { platform: "wechat", chatId: "room-1" };
const membersOf = async (lib: Lib) =>
  (
    await lib.db.groupMember.findMany({
      where: group,
      select: { userId: true },
      orderBy: { userId: "asc" },
    })
  ).map((m) => m.userId);

describe("who is known to be in a group", () => {
  it("takes a whole member list as the truth: whoever else was noted is gone", async () => {
    const lib = await testLibrary();
    const presence = new GroupPresence(lib);
    await presence.note({ ...group, userId: "a" });
    await presence.note({ ...group, userId: "b" });
    await presence.note({
      ...group,
      userId: "x",
      members: { joined: ["b", "c"], left: [], complete: true },
    });
    expect(await membersOf(lib)).toEqual(["b", "c"]);
    await presence.note({ ...group, userId: "c", members: { joined: [], left: ["c"] } });
    expect(await membersOf(lib)).toEqual(["b"]);
  });

  it("notes a writer once a day, so chatter costs one write per member and day", async () => {
    const lib = await testLibrary();
    const presence = new GroupPresence(lib);
    await presence.note({ ...group, userId: "a" });
    await lib.db.groupMember.deleteMany({});
    await presence.note({ ...group, userId: "a" });
    expect(await membersOf(lib)).toEqual([]);
    lib.clock.set(new Date(lib.now().getTime() + 86_400_000));
    await presence.note({ ...group, userId: "a" });
    expect(await membersOf(lib)).toEqual(["a"]);
  });
});
