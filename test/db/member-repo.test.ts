import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { findMemberAccessRows } from "../../src/db/member-repo.ts";
import { freshDb } from "../support/db.ts";

async function school(db: Db) {
  const c1 = await db.schoolClass.create({ data: { grade: 3, number: 1, name: "3-1" } });
  const c2 = await db.schoolClass.create({ data: { grade: 4, number: 2, name: "4-2" } });
  const kid = await db.patron.create({
    data: { cardNumber: "S1", name: "张小明", role: "student", isStudentLibrarian: true },
  });
  const teacher = await db.patron.create({
    data: { cardNumber: "T1", name: "赵老师", role: "teacher" },
  });
  for (const classId of [c2.id, c1.id]) {
    await db.classTeacher.create({ data: { teacherId: teacher.id, classId } });
  }
  return { c1, c2, kid, teacher };
}

describe("findMemberAccessRows", () => {
  it("finds nothing for an account that does not exist", async () => {
    const { db } = await freshDb();
    expect(await findMemberAccessRows(db, "wechat", "nobody")).toEqual([]);
  });

  it("gives an account without bindings one row with its locale and no binding", async () => {
    const { db } = await freshDb();
    const m = await db.chatMember.create({
      data: { platform: "wechat", userId: "u1", locale: "en" },
    });
    expect(await findMemberAccessRows(db, "wechat", "u1")).toEqual([
      {
        memberId: m.id,
        locale: "en",
        kind: null,
        patronId: null,
        isStudentLibrarian: null,
        classId: null,
      },
    ]);
  });

  it("lists bindings in binding order, a row per class a bound teacher heads", async () => {
    const { db } = await freshDb();
    const { c1, c2, kid, teacher } = await school(db);
    const m = await db.chatMember.create({ data: { platform: "telegram", userId: "7" } });
    await db.binding.create({ data: { memberId: m.id, kind: "teacher", patronId: teacher.id } });
    await db.binding.create({ data: { memberId: m.id, kind: "guardian", patronId: kid.id } });
    await db.binding.create({ data: { memberId: m.id, kind: "librarian", patronId: null } });
    await db.chatMember.create({ data: { platform: "wechat", userId: "7" } });
    const rows = await findMemberAccessRows(db, "telegram", "7");
    const base = { memberId: m.id, locale: null };
    expect(rows).toEqual([
      { ...base, kind: "teacher", patronId: teacher.id, isStudentLibrarian: false, classId: c1.id },
      { ...base, kind: "teacher", patronId: teacher.id, isStudentLibrarian: false, classId: c2.id },
      { ...base, kind: "guardian", patronId: kid.id, isStudentLibrarian: true, classId: null },
      { ...base, kind: "librarian", patronId: null, isStudentLibrarian: null, classId: null },
    ]);
  });
});
