import { afterEach, describe, expect, it, vi } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { unlinkGroup } from "../../../src/core/bindings/unlink-group.ts";
import type { Library } from "../../../src/core/library.ts";
import { testLibrary } from "../../support/library.ts";
import { waitFor } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

async function start(lib: Library) {
  const groupGone = (roomId: string) =>
    unlinkGroup(lib, systemActor, { platform: "wechat", chatId: roomId });
  wx = await startMockWechat(lib, { extra: { groupGone } });
  return wx;
}

const logged = (w: MockWechat, msg: string) => w.lines.filter((l) => l["msg"] === msg);

describe("WeChat rooms", () => {
  it("accepts a room invitation and logs it without the room's topic or anyone's name", async () => {
    const lib = await testLibrary();
    const w = await start(lib);
    const teacher = w.contact("赵老师");
    const accept = vi.spyOn(w.puppet, "roomInvitationAccept");
    vi.spyOn(w.puppet, "roomInvitationRawPayload").mockResolvedValue({
      id: "invite-1",
      inviterId: teacher.id,
      topic: "三年级二班家长群",
      memberCount: 3,
      memberIdList: [teacher.id],
      avatar: "",
      timestamp: Date.now(),
      receiverId: w.self.id,
    });
    w.puppet.emit("room-invite", { roomInvitationId: "invite-1" });
    await waitFor(() => logged(w, "wechat room invitation accepted").length === 1);
    expect(accept).toHaveBeenCalledWith("invite-1");
    const text = JSON.stringify(w.lines);
    for (const secret of ["三年级二班", "赵老师", "invite-1", teacher.id]) {
      expect(text).not.toContain(secret);
    }
  });

  it("forgets a room's class link when the bot is removed, and only then", async () => {
    const lib = await testLibrary();
    const w = await start(lib);
    const c32 = await lib.db.schoolClass.create({ data: { grade: 3, number: 2, name: "3-2" } });
    const teacher = w.contact("赵老师");
    const parent = w.contact("王妈妈");
    const kept = w.room([teacher, parent], "三年级二班家长群");
    const gone = w.room([teacher], "三年级二班老师群");
    for (const room of [kept, gone]) {
      await lib.db.chatGroup.create({
        data: { platform: "wechat", chatId: room.id, classId: c32.id },
      });
    }
    const leave = (roomId: string, removeeIdList: string[]) =>
      w.puppet.emit("room-leave", {
        roomId,
        removeeIdList,
        removerId: teacher.id,
        timestamp: Math.floor(Date.now() / 1000),
      });
    leave(kept.id, [parent.id]);
    leave(gone.id, [w.self.id]);
    await waitFor(() => logged(w, "wechat removed from a room").length === 1);
    const links = await lib.db.chatGroup.findMany({ select: { chatId: true } });
    expect(links).toEqual([{ chatId: kept.id }]);
    expect(logged(w, "wechat removed from a room")[0]).toMatchObject({ unlinked: true });
    const audit = await lib.db.auditLog.findMany({
      where: { action: "group.unlink" },
      select: { actor: true, detail: true },
    });
    expect(audit).toEqual([{ actor: "system", detail: JSON.stringify({ classId: c32.id }) }]);
    const line = JSON.stringify(logged(w, "wechat removed from a room"));
    for (const secret of ["老师群", "赵老师", gone.id]) expect(line).not.toContain(secret);
  });
});
