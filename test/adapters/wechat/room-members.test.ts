import { afterEach, describe, expect, it } from "vitest";
import type { Library } from "../../../src/core/library.ts";
import { stableIdKey } from "../../../src/dialogs/identity-keys.ts";
import { testLibrary } from "../../support/library.ts";
import { until } from "../../support/wait.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

const membersOf = async (lib: Library, roomId: string) =>
  (
    await lib.db.groupMember.findMany({
      where: { platform: "wechat", chatId: roomId },
      select: { userId: true },
      orderBy: { userId: "asc" },
    })
  ).map((m) => m.userId);

/** The identity key the bot gives a contact (the mock's contact ids are stable). */
const keyOf = (contact: { id: string }) => stableIdKey(contact.id);

/** Waits until the gate has handled `n` updates in all. */
async function handled(w: MockWechat, lib: Library, n: number) {
  await until(async () => (await lib.db.inboundUpdate.count({ where: { status: "done" } })) >= n);
  await w.gate.idle();
}

describe("who is known to be in a WeChat room", () => {
  it("reads the room's members at its first message, notes whoever joins, forgets whoever leaves", async () => {
    const lib = await testLibrary();
    const w = (wx = await startMockWechat(lib));
    const teacher = w.contact("赵老师");
    const mum = w.contact("王妈妈");
    const dad = w.contact("李爸爸");
    const room = w.room([teacher, mum], "三年级二班家长群");
    await w.send(mum, "明天要带借书卡吗？", room);
    await handled(w, lib, 2); // the message, then the room's member list
    const [teacherKey, mumKey] = [keyOf(teacher), keyOf(mum)];
    expect(await membersOf(lib, room.id)).toEqual([teacherKey, mumKey].sort());
    // Read once a day: a second message does not read the list again.
    await w.send(teacher, "收到", room);
    await handled(w, lib, 3);
    const at = Math.floor(Date.now() / 1000);
    w.puppet.emit("room-join", {
      roomId: room.id,
      inviteeIdList: [dad.id],
      inviterId: teacher.id,
      timestamp: at,
    });
    await handled(w, lib, 4);
    expect(await membersOf(lib, room.id)).toHaveLength(3);
    w.puppet.emit("room-leave", {
      roomId: room.id,
      removeeIdList: [mum.id],
      removerId: mum.id,
      timestamp: at + 1,
    });
    await handled(w, lib, 5);
    const left = await membersOf(lib, room.id);
    expect(left).toHaveLength(2);
    expect(left).not.toContain(mumKey);
    // The bot said nothing in the room.
    expect(w.sentTo(room.id)).toEqual([]);
  });
});
