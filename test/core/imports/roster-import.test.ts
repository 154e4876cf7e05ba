import { describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { importRoster } from "../../../src/core/imports/roster-import.ts";
import { testLibrary } from "../../support/library.ts";
import { csvFile, xlsxFile } from "./files.ts";

async function headOf(lib: Awaited<ReturnType<typeof testLibrary>>, card: string) {
  const rows = await lib.db.classTeacher.findMany({
    where: { teacher: { cardNumber: card } },
    select: { class: { select: { name: true } } },
  });
  return rows.map((r) => r.class.name).sort();
}

describe("importRoster", () => {
  it("creates classes as pupils need them and links teachers to the classes they head", async () => {
    const lib = await testLibrary();
    const file = csvFile([
      "借书证号,姓名,身份,年级,班级,班主任班级",
      "S001,张小明,学生,,3年2班,",
      "S002,李华,student,3,2,",
      "S003,王芳,学生,三年级,(3)班,",
      "T001,赵老师,教师,,,3-2、3-3",
      'T002,钱老师,老师,,,"3-2,3年3班"',
    ]);
    const result = await importRoster(lib, systemActor, file);
    expect(result).toEqual({ ok: true, value: { inserted: 5, updated: 0, errors: [] } });
    const classes = await lib.db.schoolClass.findMany({
      select: { name: true, grade: true, number: true },
    });
    expect(classes.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "3-2", grade: 3, number: 2 },
      { name: "3-3", grade: 3, number: 3 },
    ]);
    const s2 = await lib.db.patron.findUnique({
      where: { cardNumber: "S002" },
      select: { role: true, class: { select: { name: true } } },
    });
    expect(s2).toEqual({ role: "student", class: { name: "3-2" } });
    expect(await headOf(lib, "T001")).toEqual(["3-2", "3-3"]);
    expect(await headOf(lib, "T002")).toEqual(["3-2", "3-3"]);
  });

  it("reports unknown roles, unknown classes, missing classes and repeated card numbers", async () => {
    const lib = await testLibrary();
    const file = csvFile([
      "card_number,name,role,class,head_of",
      "S1,张三,parent,3-2,",
      "S2,李四,student,,",
      "S3,王五,student,3-2,",
      "S3,王五二,student,3-2,",
      "T1,赵老师,teacher,,9-9",
      "S4,孙六,student,三年级二班级,",
      ",周七,student,3-2,",
    ]);
    const result = await importRoster(lib, systemActor, file);
    expect(result.ok && result.value).toEqual({
      inserted: 1,
      updated: 0,
      errors: [
        { line: 2, reason: "unknown_role", column: "role", value: "parent" },
        { line: 3, reason: "missing_value", column: "class" },
        { line: 5, reason: "duplicate_card_number", column: "card_number", value: "S3" },
        { line: 6, reason: "unknown_class", column: "head_of", value: "9-9" },
        { line: 7, reason: "bad_class", column: "class" },
        { line: 8, reason: "missing_value", column: "card_number" },
      ],
      classes: ["3-2"],
    });
    expect(await lib.db.patron.count()).toBe(1);
  });

  it("updates pupils and the classes a teacher heads on a second import", async () => {
    const lib = await testLibrary();
    const header = "card_number,name,role,class,head_of";
    await importRoster(
      lib,
      systemActor,
      csvFile([header, "S1,张三,student,3-2,", "S2,李四,student,3-3,", "T1,赵老师,teacher,,3-2"]),
    );
    const second = await importRoster(
      lib,
      systemActor,
      csvFile([header, "S1,张三丰,student,4-2,", "T1,赵老师,teacher,,3-3"]),
    );
    expect(second).toEqual({ ok: true, value: { inserted: 0, updated: 2, errors: [] } });
    expect(await lib.db.patron.count()).toBe(3);
    const s1 = await lib.db.patron.findUnique({
      where: { cardNumber: "S1" },
      select: { name: true, class: { select: { name: true } } },
    });
    expect(s1).toEqual({ name: "张三丰", class: { name: "4-2" } });
    expect(await headOf(lib, "T1")).toEqual(["3-3"]);
  });

  it("reads a roster from an .xlsx sheet", async () => {
    const lib = await testLibrary();
    const file = await xlsxFile([
      ["借书证号", "姓名", "身份", "班级"],
      [20260001, "张小明", "学生", "1年1班"],
    ]);
    const result = await importRoster(lib, systemActor, file);
    expect(result.ok && result.value.inserted).toBe(1);
    const p = await lib.db.patron.findUnique({
      where: { cardNumber: "20260001" },
      select: { name: true },
    });
    expect(p?.name).toBe("张小明");
  });

  it("sets the card's state and 小管 when the file has those columns, and keeps a suspension", async () => {
    const lib = await testLibrary();
    const cards = () =>
      lib.db.patron.findMany({
        select: { cardNumber: true, status: true, isStudentLibrarian: true },
        orderBy: { cardNumber: "asc" },
      });
    const first = csvFile([
      "借书证号,姓名,身份,班级,借书证状态,小管",
      "S1,一年级新生,学生,1-1,未发放,",
      "S2,陈晓,学生,4-1,已发放,是",
      "S3,王五,学生,4-1,,否",
      "S4,赵六,学生,4-1,,",
    ]);
    expect(await importRoster(lib, systemActor, first)).toMatchObject({ ok: true });
    expect(await cards()).toEqual([
      { cardNumber: "S1", status: "not_issued", isStudentLibrarian: false },
      { cardNumber: "S2", status: "active", isStudentLibrarian: true },
      { cardNumber: "S3", status: "active", isStudentLibrarian: false },
      { cardNumber: "S4", status: "active", isStudentLibrarian: false },
    ]);
    await lib.db.patron.update({ where: { cardNumber: "S3" }, data: { status: "suspended" } });
    const later = csvFile([
      "card_number,name,role,class,card_status,student_librarian",
      "S1,一年级新生,student,1-1,issued,",
      "S2,陈晓,student,4-1,,no",
      "S3,王五,student,4-1,issued,",
      "S4,赵六,student,4-1,left,",
    ]);
    expect(await importRoster(lib, systemActor, later)).toMatchObject({
      ok: true,
      value: { errors: [] },
    });
    expect(await cards()).toEqual([
      { cardNumber: "S1", status: "active", isStudentLibrarian: false },
      { cardNumber: "S2", status: "active", isStudentLibrarian: false },
      { cardNumber: "S3", status: "suspended", isStudentLibrarian: false },
      { cardNumber: "S4", status: "left", isStudentLibrarian: false },
    ]);
    const without = csvFile(["借书证号,姓名,身份,班级", "S4,赵六,学生,4-2"]);
    await importRoster(lib, systemActor, without);
    expect((await cards()).at(-1)).toEqual({
      cardNumber: "S4",
      status: "left",
      isStudentLibrarian: false,
    });
  });

  it("reports a card state or 小管 it cannot read, and 小管 for a teacher", async () => {
    const lib = await testLibrary();
    const file = csvFile([
      "借书证号,姓名,身份,班级,班主任班级,借书证状态,小管",
      "S1,张三,学生,3-2,,丢了,",
      "S2,李四,学生,3-2,,,也许",
      "T1,赵老师,教师,,3-2,,是",
      "S3,王五,学生,3-2,,,",
    ]);
    const r = await importRoster(lib, systemActor, file);
    expect(r.ok && r.value.errors.map((e) => [e.line, e.reason, e.column])).toEqual([
      [2, "bad_value", "card_status"],
      [3, "bad_value", "student_librarian"],
      [4, "bad_value", "student_librarian"],
    ]);
    expect(r.ok && r.value.inserted).toBe(1);
  });
});
