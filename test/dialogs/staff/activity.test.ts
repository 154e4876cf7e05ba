import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { school, send, textOf } from "./fixtures.ts";
import type { School } from "./fixtures.ts";

const zh = "zh-CN" as const;
const ex = (full: string) => ({ full, short: full.slice(5) });

/** 活动 → 征文 → name → start 10-08 → end 2026-10-20: the deadline question. */
async function upToDeadline(s: School) {
  await send(s.bot, "librarian", "活动");
  await send(s.bot, "librarian", "2");
  await send(s.bot, "librarian", "我最喜爱的一本书");
  await send(s.bot, "librarian", "10-08");
  return send(s.bot, "librarian", "2026-10-20");
}

describe("activity dialog", () => {
  it("re-asks a bad date with an example, then creates the activity after the preview", async () => {
    const s = await school();
    expect(textOf(await send(s.bot, "librarian", "活动"))).toBe(t(zh, "activity_pick_kind"));
    expect(textOf(await send(s.bot, "librarian", "2"))).toBe(
      t(zh, "activity_ask_name", { max: 60 }),
    );
    expect(textOf(await send(s.bot, "librarian", "我最喜爱的一本书"))).toBe(
      t(zh, "activity_ask_start", ex("2026-09-23")),
    );
    expect(textOf(await send(s.bot, "librarian", "13-45"))).toBe(
      [
        t(zh, "activity_bad_date", { text: "13-45", ...ex("2026-09-23") }),
        t(zh, "activity_ask_start", ex("2026-09-23")),
      ].join("\n"),
    );
    expect(textOf(await send(s.bot, "librarian", "10-08"))).toBe(
      t(zh, "activity_ask_end", ex("2026-10-15")),
    );
    expect(textOf(await send(s.bot, "librarian", "2026-10-20"))).toBe(t(zh, "activity_deadline_q"));
    expect(textOf(await send(s.bot, "librarian", "1"))).toBe(
      t(zh, "activity_ask_deadline", ex("2026-10-20")),
    );
    await send(s.bot, "librarian", "10月15日");
    await send(s.bot, "librarian", "2");
    const preview = textOf(await send(s.bot, "librarian", "1"));
    expect(preview).toBe(
      t(zh, "activity_preview", {
        kind: "征文",
        name: "我最喜爱的一本书",
        start: "2026-10-08",
        end: "2026-10-20",
        deadline: "2026-10-15",
        audience: "3 年级",
      }),
    );
    expect(await s.db.activity.count()).toBe(0);
    expect(textOf(await send(s.bot, "librarian", "1"))).toBe(
      t(zh, "activity_created", {
        name: "我最喜爱的一本书",
        start: "2026-10-08",
        audience: "3 年级",
      }),
    );
    const row = await s.db.activity.findFirstOrThrow();
    expect(row).toMatchObject({
      kind: "essay",
      name: "我最喜爱的一本书",
      startsOn: "2026-10-08",
      endsOn: "2026-10-20",
      deadlineOn: "2026-10-15",
      createdBy: s.members.librarian,
    });
    expect(JSON.parse(row.audience)).toEqual({ kind: "grade", value: 3 });
    const audit = await s.db.auditLog.findFirstOrThrow({ where: { action: "activity.create" } });
    expect(audit.subject).toBe(`activity:${row.id}`);
  });

  it("re-asks a start before today and an end before the start", async () => {
    const s = await school();
    await send(s.bot, "librarian", "活动");
    await send(s.bot, "librarian", "1");
    await send(s.bot, "librarian", "读书节");
    expect(textOf(await send(s.bot, "librarian", "2026-09-01"))).toContain(
      t(zh, "activity_start_past", { today: "2026-09-09" }),
    );
    await send(s.bot, "librarian", "09-20");
    expect(textOf(await send(s.bot, "librarian", "09-19"))).toContain(
      t(zh, "activity_end_before_start", { start: "2026-09-20" }),
    );
  });

  it("asks which year a month and day already past means, and takes the answer", async () => {
    const s = await school();
    await send(s.bot, "librarian", "活动");
    await send(s.bot, "librarian", "3");
    await send(s.bot, "librarian", "新年故事会");
    const which = await send(s.bot, "librarian", "01-05");
    expect(textOf(which)).toBe(
      t(zh, "activity_which_year", {
        text: "01-05",
        thisYear: "2026-01-05",
        nextYear: "2027-01-05",
      }),
    );
    expect(which.at(-1)?.choices?.map((c) => c.label)).toEqual([
      "今年 2026-01-05",
      "明年 2027-01-05",
    ]);
    expect(textOf(await send(s.bot, "librarian", "2"))).toBe(
      t(zh, "activity_ask_end", ex("2027-01-12")),
    );
    await send(s.bot, "librarian", "01-05");
    await send(s.bot, "librarian", "2");
    await send(s.bot, "librarian", "2");
    await send(s.bot, "librarian", "3");
    const preview = textOf(await send(s.bot, "librarian", "2"));
    expect(preview).toContain("2027-01-05");
    expect(preview).toContain("4-1");
    await send(s.bot, "librarian", "1");
    const row = await s.db.activity.findFirstOrThrow();
    expect(row).toMatchObject({ kind: "story_hour", startsOn: "2027-01-05", deadlineOn: null });
    expect(JSON.parse(row.audience)).toEqual({ kind: "class", value: "4-1" });
  });

  it("does not store 12月1日 typed on 12-07 as next year's without a word (issue 16 trap 2)", async () => {
    const s = await school({ at: "2026-12-07T10:00:00+08:00" });
    await send(s.bot, "librarian", "活动");
    await send(s.bot, "librarian", "1");
    await send(s.bot, "librarian", "冬季读书节");
    const which = await send(s.bot, "librarian", "12月1日");
    expect(textOf(which)).toBe("“12月1日”是指今年的 2026-12-01（已过去）还是明年的 2027-12-01？");
    const past = await send(s.bot, "librarian", "1");
    expect(textOf(past)).toBe(
      [
        t(zh, "activity_start_past", { today: "2026-12-07" }),
        t(zh, "activity_ask_start", ex("2026-12-21")),
      ].join("\n"),
    );
    await send(s.bot, "librarian", "12-20");
    expect(textOf(await send(s.bot, "librarian", "12-31"))).toBe(t(zh, "activity_deadline_q"));
    expect(await s.db.activity.count()).toBe(0);
  });

  it("lets the librarian go back from the end date to the start date with 上一步", async () => {
    const s = await school();
    await send(s.bot, "librarian", "活动");
    await send(s.bot, "librarian", "1");
    await send(s.bot, "librarian", "读书节");
    await send(s.bot, "librarian", "10-08");
    expect(textOf(await send(s.bot, "librarian", "10-01"))).toContain(
      t(zh, "activity_end_before_start", { start: "2026-10-08" }),
    );
    expect(textOf(await send(s.bot, "librarian", "上一步"))).toBe(
      [t(zh, "back_done"), t(zh, "activity_ask_end", ex("2026-10-15"))].join("\n"),
    );
    expect(textOf(await send(s.bot, "librarian", "上一步"))).toBe(
      [t(zh, "back_done"), t(zh, "activity_ask_start", ex("2026-09-23"))].join("\n"),
    );
    await send(s.bot, "librarian", "09-28");
    expect(textOf(await send(s.bot, "librarian", "10-01"))).toBe(t(zh, "activity_deadline_q"));
  });

  it("re-asks a deadline outside the activity's dates", async () => {
    const s = await school();
    await upToDeadline(s);
    await send(s.bot, "librarian", "1");
    expect(textOf(await send(s.bot, "librarian", "10-25"))).toContain(
      t(zh, "activity_deadline_outside", { start: "2026-10-08", end: "2026-10-20" }),
    );
  });

  it("creates nothing when cancelled at the preview", async () => {
    const s = await school();
    await upToDeadline(s);
    await send(s.bot, "librarian", "2");
    await send(s.bot, "librarian", "1");
    expect(textOf(await send(s.bot, "librarian", "2"))).toBe(t(zh, "activity_cancelled"));
    expect(await s.db.activity.count()).toBe(0);
  });

  it("refuses anyone but the librarian", async () => {
    const s = await school();
    for (const who of ["parent", "teacher", "xiaoguan", "stranger"]) {
      expect(textOf(await send(s.bot, who, "活动"))).toBe(t(zh, "activity_librarian_only"));
    }
    const group = await send(s.bot, "librarian", "/activity", { chatId: "g", isGroup: true });
    expect(textOf(group)).toBe(t(zh, "activity_librarian_only"));
    expect(await s.db.activity.count()).toBe(0);
  });
});
