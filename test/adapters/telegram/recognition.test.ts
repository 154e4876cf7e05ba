import { afterEach, describe, expect, it } from "vitest";
import { monthlyRecognition } from "../../../src/jobs/monthly-recognition.ts";
import { jobContext } from "../../jobs/fixtures.ts";
import { deliverOutbox, startHarness, telegramSchool } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { groupChat, privateChat, user } from "./fake-updates.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("the monthly recognition on Telegram", () => {
  it("tells the class group only how many pupils read, and the reader's parent privately", async () => {
    const s = await telegramSchool();
    const lib = s.lib;
    lib.clock.set("2026-10-01T08:30:00+08:00");
    for (let i = 0; i < 3; i++) {
      const copy = await lib.db.copy.create({ data: { barcode: `R-${i}`, titleId: s.xyj.id } });
      await lib.db.loan.create({
        data: {
          copyId: copy.id,
          patronId: s.ming.id,
          dueOn: "2026-09-20",
          returnedAt: new Date("2026-09-18T10:00:00+08:00"),
        },
      });
    }
    const c31 = await lib.db.schoolClass.findUniqueOrThrow({ where: { name: "3-1" } });
    h = await startHarness(lib, []);
    const group = groupChat(-100310, "3-1 班家长群");
    h.fake.text(user(3001, "Ann"), group, "老师好"); // the bot is in the group
    const mum = user(3002, "Mum");
    h.fake.text(mum, privateChat(mum), "你好"); // the parent has started the bot
    await lib.db.chatGroup.create({
      data: { platform: "telegram", chatId: String(group.id), classId: c31.id },
    });
    const parent = await lib.db.chatMember.create({
      data: { platform: "telegram", userId: "3002" },
    });
    await lib.db.binding.create({
      data: { memberId: parent.id, kind: "guardian", patronId: s.ming.id },
    });

    expect(await monthlyRecognition(lib, jobContext(lib))).toMatchObject({ enqueued: 2 });
    await deliverOutbox(h, lib);

    const inGroup = h.fake.sentTo(group.id).map((m) => m.text ?? "");
    expect(inGroup).toEqual([
      "9 月 3-1 班有 1 位同学借阅了 3 本以上。小小读书迷的家长已收到私信，欢迎大家多来借书！",
    ]);
    for (const name of ["张小明", "张*明", "王芳"]) expect(inGroup.join("")).not.toContain(name);
    expect(h.fake.sentTo(3002).map((m) => m.text)).toContain(
      "🎉 张小明（3-1 班）是 9 月的小小读书迷：这个月还书 3 本，全班最多。继续加油！",
    );
  });
});
