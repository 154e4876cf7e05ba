import { describe, expect, test } from "vitest";
import { isValidIsbn } from "../../src/core/catalog/isbn.ts";
import { callNumber } from "../../src/demo/call-number.ts";
import { classics } from "../../src/demo/classics.ts";
import { planCopies } from "../../src/demo/copies.ts";
import { demoIsbn, isbn13CheckDigit, publishers } from "../../src/demo/isbn.ts";
import { planTitles } from "../../src/demo/titles.ts";

const at = new Date("2026-09-09T02:00:00Z");
const plan = (count: number, seed = 1) =>
  planTitles({ seed, count, today: "2026-09-09", newDays: 30, at });

describe("demo ISBNs", () => {
  test("the check digit matches a real ISBN-13 (人民文学出版社 7-02-000220)", () => {
    expect(isbn13CheckDigit("978702000220")).toBe("7");
    expect(demoIsbn(publishers.rmwx, 220)).toBe("9787020002207");
  });

  test("an item number beyond the publisher's range is refused", () => {
    expect(() => demoIsbn(publishers.zgsn, 10_000)).toThrow(RangeError);
  });

  test("every ISBN of a large demo catalogue is a valid, unique 978-7 ISBN-13", () => {
    const titles = plan(6000);
    const bad = titles.filter((t) => !isValidIsbn(t.isbn) || !/^9787\d{9}$/.test(t.isbn));
    expect(bad.map((t) => t.isbn)).toEqual([]);
    expect(new Set(titles.map((t) => t.isbn)).size).toBe(titles.length);
  });
});

describe("demo titles", () => {
  test("the catalogue opens with at least 40 real classics, dictionaries among them", () => {
    const titles = plan(400).map((t) => t.title);
    expect(classics.length).toBeGreaterThanOrEqual(40);
    for (const name of ["西游记", "草房子", "夏洛的网", "十万个为什么", "红楼梦", "窗边的小豆豆"]) {
      expect(titles).toContain(name);
    }
    const refs = plan(400)
      .filter((t) => t.isReference)
      .map((t) => t.title);
    expect(refs).toEqual(expect.arrayContaining(["新华字典", "现代汉语词典"]));
  });

  test("generated titles are unique Chinese texts with a CLC class and a grade range", () => {
    const titles = plan(8000);
    expect(new Set(titles.map((t) => t.title)).size).toBe(titles.length);
    for (const t of titles.slice(classics.length)) {
      expect(t.title).toMatch(/\p{Script=Han}/u);
      expect(t.clc).toMatch(/^[A-Z]/);
      expect(t.gradeMin).toBeLessThanOrEqual(t.gradeMax);
    }
  });

  test("about 5% of generated titles arrived in the last 30 days", () => {
    const generated = plan(4000).slice(classics.length);
    const recent = generated.filter((t) => t.addedOn >= "2026-08-11").length / generated.length;
    expect(recent).toBeGreaterThan(0.03);
    expect(recent).toBeLessThan(0.08);
  });

  test("the same seed gives the same catalogue and another seed a different one", () => {
    expect(plan(500, 7)).toEqual(plan(500, 7));
    expect(plan(500, 8).map((t) => t.title)).not.toEqual(plan(500, 7).map((t) => t.title));
  });

  test("a call number is the CLC class and an author mark from the author's first Han character", () => {
    expect(callNumber("I287.45", "曹文轩")).toMatch(/^I287\.45\/C\d{2}$/);
    expect(callNumber("I712.88", "[美]E.B.怀特")).toMatch(/^I712\.88\/H\d{2}$/);
  });
});

describe("demo copies", () => {
  test("each title has 1–3 copies with A-barcodes, reference books on the reference shelf", () => {
    const titles = plan(400);
    const copies = planCopies(1, titles, at);
    expect(new Set(copies.map((c) => c.barcode)).size).toBe(copies.length);
    expect(copies.every((c) => /^A\d{6}$/.test(c.barcode))).toBe(true);
    for (const t of titles) {
      const mine = copies.filter((c) => c.isbn === t.isbn);
      expect(mine.length).toBeGreaterThanOrEqual(1);
      expect(mine.length).toBeLessThanOrEqual(3);
      if (t.isReference) expect(mine.every((c) => c.location === "工具书区")).toBe(true);
    }
  });
});
