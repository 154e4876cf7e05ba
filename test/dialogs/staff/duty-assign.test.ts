import { describe, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.ts";
import { assignDuty } from "../../../src/core/rota/assign-duty.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { school, send, textOf } from "./fixtures.ts";

const zh = "zh-CN" as const;
const librarianActor: Actor = {
  kind: "member",
  patronIds: [],
  classIds: [],
  isLibrarian: true,
  isStudentLibrarian: false,
};

const cardOf = async (s: Awaited<ReturnType<typeof school>>, id: number) =>
  (await s.db.patron.findUniqueOrThrow({ where: { id }, select: { cardNumber: true } })).cardNumber;

// Issue 16 trap 7: 小管 CARD said "给他安排值日" but only a CLI import could set duty.
describe("值日 → 安排值日", () => {
  it("lets the librarian give a 小管 a weekly shift in chat, which the desk then honours", async () => {
    const s = await school();
    const card = await cardOf(s, s.xiao.id);
    const list = await send(s.bot, "librarian", "值日");
    expect(list.at(-1)?.choices?.map((c) => c.label)).toEqual(["安排值日", "移除值日", "结束"]);
    expect(textOf(await send(s.bot, "librarian", "1"))).toBe(t(zh, "duty_assign_ask_card"));
    expect(textOf(await send(s.bot, "librarian", card))).toBe(t(zh, "duty_assign_pick_day"));
    expect(textOf(await send(s.bot, "librarian", "5"))).toBe(t(zh, "duty_assign_ask_time"));
    expect(textOf(await send(s.bot, "librarian", "12:40-12:00"))).toBe(
      [t(zh, "duty_assign_bad_time"), t(zh, "duty_assign_ask_time")].join("\n"),
    );
    expect(textOf(await send(s.bot, "librarian", "12:00－12:40"))).toBe(
      "已给 陈晓 安排值日：每周五 12:00–12:40。值日时他可以在柜台借还书。",
    );
    const row = await s.db.rotaEntry.findFirstOrThrow({ where: { kind: "duty", weekday: 5 } });
    expect(row).toMatchObject({ patronId: s.xiao.id, start: "12:00", end: "12:40" });
    const audit = await s.db.auditLog.findFirstOrThrow({ where: { action: "rota.duty_assign" } });
    expect(audit.subject).toBe(`patron:${s.xiao.id}`);
    s.lib.clock.set("2026-09-11T12:10:00+08:00");
    expect(textOf(await send(s.bot, "xiaoguan", "值日"))).toContain(t(zh, "duty_now"));
  });

  it("refuses a pupil who is not a 小管 yet, saying how to make them one", async () => {
    const s = await school();
    const card = await cardOf(s, s.hai.id);
    await send(s.bot, "librarian", "值日");
    await send(s.bot, "librarian", "安排值日");
    await send(s.bot, "librarian", card);
    await send(s.bot, "librarian", "1");
    expect(textOf(await send(s.bot, "librarian", "12:00-12:40"))).toBe(
      t(zh, "duty_assign_not_a_helper", { card }),
    );
    expect(await s.db.rotaEntry.count({ where: { kind: "duty", patronId: s.hai.id } })).toBe(0);
  });

  it("tells a new 小管's librarian where to assign duty", async () => {
    const s = await school();
    const card = await cardOf(s, s.hai.id);
    expect(textOf(await send(s.bot, "librarian", `小管 ${card}`))).toContain("发送“值日”");
  });

  it("is a core rule: librarian only, a real time, one shift per start", async () => {
    const s = await school();
    const cardNumber = await cardOf(s, s.xiao.id);
    const shift = { cardNumber, weekday: 3, start: "09:30", end: "10:30" };
    const pupil = { ...librarianActor, isLibrarian: false };
    expect(await assignDuty(s.lib, pupil, shift)).toEqual({ ok: false, code: "not_librarian" });
    const late = { ...shift, start: "25:00" };
    expect(await assignDuty(s.lib, librarianActor, late)).toEqual({ ok: false, code: "bad_time" });
    expect(await assignDuty(s.lib, librarianActor, shift)).toEqual({
      ok: false,
      code: "already_on_duty",
    });
    expect(await s.db.auditLog.count({ where: { action: "rota.duty_assign" } })).toBe(0);
  });

  it("tells the second of two identical assignments made at once that the shift exists", async () => {
    const s = await school();
    const cardNumber = await cardOf(s, s.xiao.id);
    const shift = { cardNumber, weekday: 2, start: "12:00", end: "12:40" };
    const both = await Promise.all([
      assignDuty(s.lib, librarianActor, shift),
      assignDuty(s.lib, librarianActor, shift),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toEqual({ ok: false, code: "already_on_duty" });
    const where = { kind: "duty", patronId: s.xiao.id, weekday: 2 };
    expect(await s.db.rotaEntry.count({ where })).toBe(1);
    expect(await s.db.auditLog.count({ where: { action: "rota.duty_assign" } })).toBe(1);
  });
});
