import { describe, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.ts";
import { removeDuty } from "../../../src/core/rota/remove-duty.ts";
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

/** The school of the staff fixtures: its 小管 陈晓 is on duty every Wednesday 09:30–10:30. */
const dutySchool = school;
const shiftZh = "陈晓 · 每周三 09:30–10:30";

const dutyRows = (s: Awaited<ReturnType<typeof school>>) =>
  s.db.rotaEntry.count({ where: { kind: "duty", patronId: s.xiao.id } });

// Issue 16: a duty assigned in chat could not be removed in chat.
describe("值日 → 移除值日", () => {
  it("lets the librarian remove a 小管's shift after confirming; audited, and the desk no longer honours it", async () => {
    const s = await dutySchool();
    s.lib.clock.set("2026-09-16T10:00:00+08:00");
    expect(textOf(await send(s.bot, "xiaoguan", "值日"))).toContain(t(zh, "duty_now"));
    await send(s.bot, "librarian", "值日");
    const pick = await send(s.bot, "librarian", "移除值日");
    expect(textOf(pick)).toBe(t(zh, "duty_remove_pick"));
    expect(pick.at(-1)?.choices?.map((c) => c.label)).toEqual([shiftZh]);
    const sure = await send(s.bot, "librarian", "1");
    expect(textOf(sure)).toBe(t(zh, "duty_remove_sure", { shift: shiftZh }));
    expect(sure.at(-1)?.choices?.map((c) => c.label)).toEqual(["确认移除", "取消"]);
    expect(sure.at(-1)?.controls?.map((c) => c.label)).toEqual(["上一步"]);
    expect(textOf(await send(s.bot, "librarian", "1"))).toBe(
      t(zh, "duty_remove_done", { shift: shiftZh }),
    );
    expect(await dutyRows(s)).toBe(0);
    const audit = await s.db.auditLog.findFirstOrThrow({ where: { action: "rota.duty_remove" } });
    expect(audit.subject).toBe(`patron:${s.xiao.id}`);
    s.lib.clock.set("2026-09-16T10:00:00+08:00");
    expect(textOf(await send(s.bot, "xiaoguan", "值日"))).not.toContain(t(zh, "duty_now"));
  });

  it("keeps the shift when the librarian says 取消 at the confirmation, or goes back to the list", async () => {
    const s = await dutySchool();
    await send(s.bot, "librarian", "值日");
    await send(s.bot, "librarian", "2");
    await send(s.bot, "librarian", "1");
    const back = textOf(await send(s.bot, "librarian", "上一步"));
    expect(back).toBe(`${t(zh, "back_done")}\n${t(zh, "duty_remove_pick")}`);
    await send(s.bot, "librarian", "1");
    expect(textOf(await send(s.bot, "librarian", "2"))).toBe(t(zh, "duty_remove_kept"));
    expect(await dutyRows(s)).toBe(1);
    expect(await s.db.auditLog.count({ where: { action: "rota.duty_remove" } })).toBe(0);
  });

  it("says a shift removed meanwhile is gone, and that there is none left to remove", async () => {
    const s = await dutySchool();
    await send(s.bot, "librarian", "值日");
    await send(s.bot, "librarian", "移除值日");
    await send(s.bot, "librarian", "1");
    const [shift] = await s.db.rotaEntry.findMany({ where: { kind: "duty" } });
    expect((await removeDuty(s.lib, librarianActor, shift?.id ?? 0)).ok).toBe(true);
    expect(textOf(await send(s.bot, "librarian", "确认移除"))).toBe(t(zh, "duty_remove_gone"));
    expect(await s.db.auditLog.count({ where: { action: "rota.duty_remove" } })).toBe(1);
    await send(s.bot, "librarian", "值日");
    expect(textOf(await send(s.bot, "librarian", "移除值日"))).toBe(t(zh, "duty_remove_none"));
  });

  it("is a core rule: librarian only", async () => {
    const s = await dutySchool();
    const [shift] = await s.db.rotaEntry.findMany({ where: { kind: "duty" } });
    const pupil = { ...librarianActor, isLibrarian: false, isStudentLibrarian: true };
    expect(await removeDuty(s.lib, pupil, shift?.id ?? 0)).toEqual({
      ok: false,
      code: "not_librarian",
    });
    expect(await dutyRows(s)).toBe(1);
  });

  it("speaks English to an English-speaking librarian", () => {
    const shift = t("en", "duty_shift_label", {
      name: "Chen",
      day: t("en", "staff_weekday", { day: 5 }),
      start: "12:00",
      end: "12:40",
    });
    expect(shift).toBe("Chen · every Fri 12:00–12:40");
    expect(t("en", "duty_remove_done", { shift })).toMatch(/^Duty shift removed/);
  });
});
