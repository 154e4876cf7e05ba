import { afterEach, describe, expect, it } from "vitest";
import { weeklyFigures } from "../../../src/jobs/weekly-figures.ts";
import { pngPixels } from "../../../scripts/png-pixels.ts";
import { jobContext } from "../../jobs/fixtures.ts";
import { deliverOutbox, startHarness, telegramSchool } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { groupChat, user } from "./fake-updates.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("the Friday figures on Telegram", () => {
  it("reach the linked class group as a photo of the class's chart, captioned with its totals and no names", async () => {
    const s = await telegramSchool();
    const lib = s.lib;
    lib.clock.set("2026-09-11T16:00:00+08:00");
    await lib.db.loan.update({
      where: { id: s.mingLoan.id },
      data: { issuedAt: new Date("2026-09-10T10:00:00+08:00") },
    });
    const c31 = await lib.db.schoolClass.findUniqueOrThrow({ where: { name: "3-1" } });
    h = await startHarness(lib, []);
    const group = groupChat(-100310, "3-1 班家长群");
    h.fake.text(user(3001, "Ann"), group, "老师好"); // the bot is in the group
    await lib.db.chatGroup.create({
      data: { platform: "telegram", chatId: String(group.id), classId: c31.id },
    });

    expect(await weeklyFigures(lib, jobContext(lib))).toMatchObject({ groups: 1, enqueued: 1 });
    await deliverOutbox(h, lib);

    const sent = h.fake.sentTo(group.id);
    expect(sent).toHaveLength(1);
    expect(h.fake.callsOf("sendPhoto")).toHaveLength(1);
    const [photo] = sent;
    expect(photo?.photo?.file_name).toBe("借阅图表-3-1-2026-09-07.png");
    expect(pngPixels(photo?.photo?.bytes ?? Buffer.alloc(0)).width).toBe(800);
    expect(photo?.caption).toContain(
      "3-1 班本周借阅（2026-09-07 至 2026-09-13）：借出 1 本，1 人借阅。",
    );
    expect(photo?.caption).toContain("在 3 年级 1 个班中排第 1");
    for (const name of ["张小明", "王芳"]) expect(photo?.caption).not.toContain(name);
  });
});
