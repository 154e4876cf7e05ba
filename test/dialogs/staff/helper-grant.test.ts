import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { school, send, textOf } from "./fixtures.ts";
import type { School } from "./fixtures.ts";

const zh = "zh-CN" as const;
const isHelper = async (s: School, id: number) =>
  (await s.db.patron.findUniqueOrThrow({ where: { id } })).isStudentLibrarian;

describe("小管 and 取消小管", () => {
  it("lets the librarian make a pupil a student librarian and take it back, audited", async () => {
    const s = await school();
    const card = s.hai.cardNumber;
    expect(textOf(await send(s.bot, "librarian", `小管 ${card}`))).toBe(
      t(zh, "helper_granted", { card }),
    );
    expect(await isHelper(s, s.hai.id)).toBe(true);
    expect(textOf(await send(s.bot, "librarian", `/unhelper ${card}`))).toBe(
      t(zh, "helper_revoked", { card }),
    );
    expect(await isHelper(s, s.hai.id)).toBe(false);
    expect(await s.db.auditLog.count({ where: { action: "patron.student_librarian" } })).toBe(2);
  });

  it("asks for the card, and refuses an unknown card and a teacher's", async () => {
    const s = await school();
    expect(textOf(await send(s.bot, "librarian", "小管"))).toBe(t(zh, "helper_ask_card"));
    await send(s.bot, "librarian", s.ming.cardNumber);
    expect(await isHelper(s, s.ming.id)).toBe(true);
    expect(textOf(await send(s.bot, "librarian", "小管 NOPE"))).toBe(
      t(zh, "desk_unknown_card", { card: "NOPE" }),
    );
    const teacherCard = s.teacher.cardNumber;
    expect(textOf(await send(s.bot, "librarian", `小管 ${teacherCard}`))).toBe(
      t(zh, "helper_not_a_student", { card: teacherCard }),
    );
  });

  it("is the librarian's alone, and 小管家 is a search", async () => {
    const s = await school();
    for (const who of ["teacher", "xiaoguan", "parent"]) {
      const reply = textOf(await send(s.bot, who, `小管 ${s.hai.cardNumber}`));
      expect(reply).toBe(t(zh, "helper_librarian_only"));
    }
    expect(await isHelper(s, s.hai.id)).toBe(false);
    expect(textOf(await send(s.bot, "parent", "小管家"))).toBe("(search)");
  });
});
