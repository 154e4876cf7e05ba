import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import type { Actor } from "../../../src/core/actor.ts";
import { importCatalog } from "../../../src/core/imports/catalog-import.ts";
import { tempDir } from "../../support/db.ts";
import { testLibrary } from "../../support/library.ts";
import { csvFile, xlsxFile } from "./files.ts";

const header =
  "barcode,isbn,title,author,publisher,year,clc,call_number,price,location,grade_min,grade_max,reference,added_at";

describe("importCatalog", () => {
  it("creates titles and copies from an English CSV and keys titles by ISBN-13", async () => {
    const lib = await testLibrary();
    const file = csvFile([
      header,
      "B0001,7-02-000220-X,西游记,吴承恩,人民文学出版社,1980,I242.4,I242.4/W8,35.5,二楼,3,6,否,2026-09-01",
      "B0002,9787020002207,西游记,吴承恩,,,,I242.4/W8,35.5,二楼,,,,",
      "B0003,,新华字典,,商务印书馆,2011,H163,H163/X1,¥19.90,工具书区,1,12,是,",
    ]);
    const result = await importCatalog(lib, systemActor, file);
    expect(result).toEqual({ ok: true, value: { inserted: 3, updated: 0, errors: [] } });
    const titles = await lib.db.title.findMany({ orderBy: { id: "asc" } });
    expect(titles.map((t) => [t.isbn, t.title, t.gradeMin, t.gradeMax, t.isReference])).toEqual([
      ["9787020002207", "西游记", 3, 6, false],
      [null, "新华字典", 1, 12, true],
    ]);
    expect(titles[0]?.addedOn).toBe("2026-09-01");
    expect(titles[1]?.addedOn).toBe("2026-09-09");
    expect(titles[0]?.searchKey).toContain("xyj");
    const copy = await lib.db.copy.findUnique({ where: { barcode: "B0003" } });
    expect(copy).toMatchObject({
      priceCents: 1990,
      callNumber: "H163/X1",
      location: "工具书区",
      status: "available",
    });
  });

  it("updates on a second import instead of duplicating, keeping values of empty cells", async () => {
    const lib = await testLibrary();
    await importCatalog(
      lib,
      systemActor,
      csvFile([header, "B1,9787020002207,西游记,吴承恩,,,,,20,一楼,,,,"]),
    );
    const second = await importCatalog(
      lib,
      systemActor,
      csvFile(["barcode,isbn,title,location", "B1,9787020002207,西游记,三楼", "B2,,小王子,三楼"]),
    );
    expect(second).toEqual({ ok: true, value: { inserted: 1, updated: 1, errors: [] } });
    expect(await lib.db.title.count()).toBe(2);
    expect(await lib.db.copy.count()).toBe(2);
    const b1 = await lib.db.copy.findUnique({
      where: { barcode: "B1" },
      select: { location: true, priceCents: true },
    });
    expect(b1).toEqual({ location: "三楼", priceCents: 2000 });
    const xyj = await lib.db.title.findFirst({
      where: { isbn: "9787020002207" },
      select: { author: true },
    });
    expect(xyj?.author).toBe("吴承恩");
  });

  it("marks librarian picks (推荐) for 新书, and keeps the mark when a later file says nothing", async () => {
    const lib = await testLibrary();
    const picks = () =>
      lib.db.title.findMany({ select: { title: true, recommended: true }, orderBy: { id: "asc" } });
    await importCatalog(
      lib,
      systemActor,
      csvFile(["条码,题名,推荐", "B1,西游记,是", "B2,小王子,", "B3,草房子,否"]),
    );
    expect(await picks()).toEqual([
      { title: "西游记", recommended: true },
      { title: "小王子", recommended: false },
      { title: "草房子", recommended: false },
    ]);
    await importCatalog(
      lib,
      systemActor,
      csvFile(["条码,题名,推荐", "B1,西游记,", "B3,草房子,是"]),
    );
    expect((await picks()).map((t) => t.recommended)).toEqual([true, false, true]);
    const bad = await importCatalog(
      lib,
      systemActor,
      csvFile(["条码,题名,推荐", "B4,红楼梦,大概"]),
    );
    expect(bad.ok && bad.value.errors).toEqual([
      { line: 2, reason: "bad_value", column: "recommended", value: "大概" },
    ]);
  });

  it("reports bad rows with their line and reason and writes the good ones", async () => {
    const lib = await testLibrary();
    const file = csvFile([
      "\uFEFF条码,ISBN,题名,责任者,价格,适读年级,入藏日期",
      "C1,9787020002208,西游记,吴承恩,,,",
      "C2,,,佚名,,,",
      "C3,,三国演义,罗贯中,abc,,",
      "C4,,水浒传,施耐庵,,6-3,",
      "C5,,红楼梦,曹雪芹,,,2026-02-30",
      "C6,,小王子,圣埃克苏佩里,,3-6,2026/9/1",
      "C6,,小王子,圣埃克苏佩里,,,",
    ]);
    const result = await importCatalog(lib, systemActor, file);
    expect(result.ok && result.value.errors).toEqual([
      { line: 2, reason: "bad_isbn", column: "isbn", value: "9787020002208" },
      { line: 3, reason: "missing_value", column: "title" },
      { line: 4, reason: "bad_number", column: "price", value: "abc" },
      { line: 5, reason: "bad_grade", column: "grade_range", value: "6-3" },
      { line: 6, reason: "bad_date", column: "added_at", value: "2026-02-30" },
      { line: 8, reason: "duplicate_barcode", column: "barcode", value: "C6" },
    ]);
    expect(result.ok && result.value.inserted).toBe(1);
    const title = await lib.db.title.findFirst({
      select: { title: true, gradeMin: true, gradeMax: true, addedOn: true },
    });
    expect(title).toEqual({ title: "小王子", gradeMin: 3, gradeMax: 6, addedOn: "2026-09-01" });
  });

  it("writes nothing when a required column is missing", async () => {
    const lib = await testLibrary();
    const result = await importCatalog(
      lib,
      systemActor,
      csvFile(["isbn,title", "9787020002207,西游记"]),
    );
    expect(result).toEqual({ ok: false, code: "missing_column", detail: { column: "barcode" } });
    expect(await lib.db.title.count()).toBe(0);
  });

  it("writes nothing when the file is missing, corrupt or not text", async () => {
    const lib = await testLibrary();
    const dir = tempDir();
    const corrupt = join(dir, "books.xlsx");
    writeFileSync(corrupt, "PK\u0003\u0004 not really a zip");
    const binary = join(dir, "books.csv");
    writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0x0a, 0xff, 0xfe]));
    for (const file of [join(dir, "nope.csv"), corrupt, binary]) {
      const result = await importCatalog(lib, systemActor, file);
      expect(result.ok ? "read" : result.code).toBe("unreadable");
    }
    expect(await lib.db.copy.count()).toBe(0);
  });

  it("reads the first sheet of an .xlsx file with Chinese headers", async () => {
    const lib = await testLibrary();
    const file = await xlsxFile([
      ["条码", "ISBN", "题名", "责任者", "出版年", "价格（元）", "工具书", "入藏日期"],
      ["X1", 9787020002207, "西游记", "吴承恩", 1980, 35.5, "是", new Date(Date.UTC(2026, 8, 1))],
      ["X2", "978-7-02-000220-8", "西游记", "吴承恩", null, null, null, null],
    ]);
    const result = await importCatalog(lib, systemActor, file);
    expect(result.ok && result.value).toEqual({
      inserted: 1,
      updated: 0,
      errors: [{ line: 3, reason: "bad_isbn", column: "isbn", value: "978-7-02-000220-8" }],
    });
    const title = await lib.db.title.findFirst({
      select: { year: true, isReference: true, addedOn: true },
    });
    expect(title).toEqual({ year: 1980, isReference: true, addedOn: "2026-09-01" });
  });

  it("refuses a member who is not the librarian", async () => {
    const lib = await testLibrary();
    const parent: Actor = {
      kind: "member",
      memberId: 1,
      patronIds: [1],
      classIds: [],
      isLibrarian: false,
      isStudentLibrarian: false,
    };
    const result = await importCatalog(lib, parent, csvFile([header]));
    expect(result).toEqual({ ok: false, code: "not_librarian" });
  });

  it("loads 30 000 rows in one run", async () => {
    const lib = await testLibrary();
    const lines = ["barcode,title,author,price"];
    for (let i = 0; i < 30_000; i++)
      lines.push(`L${i},书名${i % 9000},作者${i % 500},${(i % 50) + 10}`);
    const result = await importCatalog(lib, systemActor, csvFile(lines));
    expect(result.ok && result.value.inserted).toBe(30_000);
    expect(await lib.db.title.count()).toBe(9000);
  }, 120_000);
});
