import { afterEach, describe, expect, it } from "vitest";
import type { Library } from "../../../src/core/library.ts";
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
    })
  ).map((m) => m.userId);

/** Waits until the gate has handled `n` updates in all. */
async function handled(w: MockWechat, lib: Library, n: number) {
  await until(async () => (await lib.db.inboundUpdate.count({ where: { status: "done" } })) >= n);
  await w.gate.idle();
}

describe("who is known to be in a WeChat room", () => {
  it("notes whoever writes in the room or joins it, and forgets whoever leaves", async () => {
    const lib = await testLibrary();
    const w = (wx = await startMockWechat(lib));
    const teacher = w.contact("赵老师");
    const mum = w.contact("王妈妈");
    const dad = w.contact("李爸爸");
    const room = w.room([teacher, mum], "三年级二班家长群");
    await w.send(mum, "明天要带借书卡吗？", room);
    const [mumKey] = await membersOf(lib, room.id);
    expect(mumKey).toBeDefined();
    const at = Math.floor(Date.now() / 1000);
    w.puppet.emit("room-join", {
      roomId: room.id,
      inviteeIdList: [dad.id],
      inviterId: teacher.id,
      timestamp: at,
    });
    await handled(w, lib, 2);
    expect(await membersOf(lib, room.id)).toHaveLength(2);
    w.puppet.emit("room-leave", {
      roomId: room.id,
      removeeIdList: [mum.id],
      removerId: mum.id,
      timestamp: at + 1,
    });
    await handled(w, lib, 3);
    const left = await membersOf(lib, room.id);
    expect(left).toHaveLength(1);
    expect(left).not.toContain(mumKey);
    // The bot said nothing in the room.
    expect(w.sentTo(room.id)).toEqual([]);
  });
});
