import { describe, expect, it } from "vitest";
import { parseAt } from "../../src/cli/jobs-command.ts";
import { summaryLines } from "../../src/cli/job-words.ts";
import { cliTexts } from "../../src/cli/texts.ts";
import { jobNames } from "../../src/jobs/registry.ts";
import { enqueue } from "../../src/outbox/queue.ts";
import { run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();

describe("shuxiang jobs", () => {
  it("runs a job for a slot, prints its summary, and refuses the same slot again", async () => {
    const first = await run("jobs", "run", "daily-reminders", "--at", "2026-09-09T17:30");
    expect(first.code).toBe(0);
    expect(first.out.split("\n")).toEqual([
      "每日到期提醒（2026-09-09 17:30）已完成：",
      "  日期                  2026-09-09",
      "  即将到期              0",
      "  逾期（1 / 2 / 3 级）  0 / 0 / 0",
      "  暂停借阅              0",
      "  收件人                0",
      "  待发消息              0",
    ]);
    const again = await run("jobs", "run", "daily-reminders", "--at", "2026-09-09");
    expect(again.code).toBe(1);
    expect(again.err).toBe("每日到期提醒（2026-09-09 17:30）这一次已经完成，没有再运行。");
  });

  it("prints the whole outcome as JSON with --json, for scripts", async () => {
    const r = await run("jobs", "run", "weekly-rota", "--at", "2026-09-14", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      status: "done",
      slot: "2026-09-14T07:30",
      summary: { week: "2026-09-14" },
    });
  });

  it("lists every job with its time and last run", async () => {
    await run("jobs", "run", "weekly-rota", "--at", "2026-09-14");
    const r = await run("jobs", "list");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^daily-reminders\s+每日到期提醒\s+每天 17:30\s+从未运行$/m);
    expect(r.out).toMatch(/^weekly-rota\s+每周排班\s+周一 07:30\s+上次 2026-09-14 07:30 完成$/m);
    expect(r.out).toMatch(/^broadcast-report\s+广播送达报告\s+每分钟$/m);
    const en = await run("jobs", "list", "--lang", "en");
    expect(en.out).toMatch(
      /^weekly-rota\s+weekly-rota\s+Monday 07:30\s+last 2026-09-14 07:30 done$/m,
    );
  });

  it("names every job of the schedule in Chinese", async () => {
    const r = await run("jobs", "list");
    for (const name of jobNames) {
      const line = r.out.split("\n").find((l) => l.startsWith(`${name} `));
      expect(line, name).toMatch(new RegExp(`^${name}\\s+\\p{Script=Han}`, "u"));
    }
  });

  it("reports the purchase-arrivals run in Chinese words", async () => {
    const r = await run("jobs", "run", "purchase-arrivals", "--at", "2026-09-09");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual([
      "荐购到书通知（2026-09-09 08:00）已完成：",
      "  日期          2026-09-09",
      "  到馆的荐购书  0",
      "  已通知        0",
    ]);
  });

  it("rejects an unknown job and a malformed --at", async () => {
    expect((await run("jobs", "run", "spam")).code).toBe(2);
    const bad = await run("jobs", "run", "daily-reminders", "--at", "tomorrow");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--at 要写成 2026-09-09T17:30 或 2026-09-09 这样的时间");
    const unknown = await run("jobs", "run", "spam");
    expect(unknown.err).toContain("没有「spam」这个任务。可用的任务：daily-reminders、");
    const future = await run("jobs", "run", "nightly-backup", "--at", "2999-01-01");
    expect(future.code).toBe(2);
    expect(future.err).toContain("2999-01-01 这个时间点还没到");
    expect((await run("jobs", "list")).out).toMatch(
      /^nightly-backup\s+每晚备份\s+每天 02:30\s+从未运行$/m,
    );
    const none = await run("jobs", "run");
    expect(none.code).toBe(2);
    expect(none.err).toContain("请写明运行哪个任务。可用的任务：daily-reminders、");
  });

  it("runs a job named as jobs list shows it in Chinese, and says 无 for an empty list", async () => {
    const r = await run("jobs", "run", "每日到期提醒", "--at", "2026-09-09");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^每日到期提醒（2026-09-09 17:30）已完成：$/m);
    expect(
      summaryLines(cliTexts("zh-CN"), { file: "shuxiang-2026-09-09.db", deleted: [] }),
    ).toEqual(["  备份文件      shuxiang-2026-09-09.db", "  删除的旧备份  无"]);
  });

  it("reads --at with a zone, in school time, or as a date at the job's time", () => {
    const daily = { every: "day", at: "17:30" } as const;
    const tz = "Asia/Shanghai";
    expect(parseAt("2026-09-09T09:30:00Z", tz, daily)).toEqual(
      new Date("2026-09-09T17:30:00+08:00"),
    );
    expect(parseAt("2026-09-09T08:00", tz, daily)).toEqual(new Date("2026-09-09T08:00:00+08:00"));
    expect(parseAt("2026-09-09", tz, daily)).toEqual(new Date("2026-09-09T17:30:00+08:00"));
  });
});

describe("shuxiang outbox", () => {
  it("counts rows by status and platform and shows the newest dead rows with their reasons", async () => {
    const db = temp.db();
    const row = (chatId: string, platform = "telegram") => ({
      dedupeKey: `k:${platform}:${chatId}`,
      platform,
      chatId,
      kind: "reminder" as const,
      text: "提醒",
    });
    await enqueue(db, [row("1"), row("2"), row("3"), row("w1", "wechat")], new Date());
    await db.outbox.updateMany({ where: { chatId: "2" }, data: { status: "sent" } });
    await db.outbox.updateMany({
      where: { chatId: "3" },
      data: { status: "dead", lastError: "403: Forbidden: bot was blocked by the user" },
    });
    const r = await run("outbox");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toMatch(/^状态\s+telegram\s+wechat\s+合计$/);
    expect(lines[1]).toMatch(/^待发送\s+1\s+1\s+2$/);
    expect(lines[3]).toMatch(/^已送达\s+1\s+0\s+1$/);
    expect(lines[4]).toMatch(/^发送失败\s+1\s+0\s+1$/);
    expect(r.out).toContain("最近发送失败的消息：");
    expect(r.out).toContain("telegram 3 reminder");
    expect(r.out).toContain("403: Forbidden: bot was blocked by the user");
  });
});
