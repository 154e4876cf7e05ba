import { describe, expect, it } from "vitest";
import { parseAt } from "../../src/cli/jobs-command.ts";
import { enqueue } from "../../src/outbox/queue.ts";
import { run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();

describe("shuxiang jobs", () => {
  it("runs a job for a slot, prints its summary, and refuses the same slot again", async () => {
    const first = await run("jobs", "run", "daily-reminders", "--at", "2026-09-09T17:30");
    expect(first.code).toBe(0);
    expect(first.out).toContain("daily-reminders 2026-09-09T17:30: done");
    expect(JSON.parse(first.out.split("\n").slice(1).join("\n"))).toMatchObject({
      date: "2026-09-09",
      enqueued: 0,
    });
    const again = await run("jobs", "run", "daily-reminders", "--at", "2026-09-09");
    expect(again.code).toBe(1);
    expect(again.err).toContain("already done");
  });

  it("lists every job with its time and last run", async () => {
    await run("jobs", "run", "weekly-rota", "--at", "2026-09-14");
    const r = await run("jobs", "list");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^daily-reminders\s+daily 17:30\s+never run$/m);
    expect(r.out).toMatch(/^weekly-rota\s+Monday 07:30\s+last 2026-09-14T07:30 done$/m);
    expect(r.out).toMatch(/^broadcast-report\s+every minute$/m);
  });

  it("rejects an unknown job and a malformed --at", async () => {
    expect((await run("jobs", "run", "spam")).code).toBe(2);
    const bad = await run("jobs", "run", "daily-reminders", "--at", "tomorrow");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--at expects an ISO time");
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
    expect(lines[0]).toMatch(/^status\s+telegram\s+wechat\s+total$/);
    expect(lines[1]).toMatch(/^pending\s+1\s+1\s+2$/);
    expect(lines[3]).toMatch(/^sent\s+1\s+0\s+1$/);
    expect(lines[4]).toMatch(/^dead\s+1\s+0\s+1$/);
    expect(r.out).toContain("telegram 3 reminder");
    expect(r.out).toContain("403: Forbidden: bot was blocked by the user");
  });
});
