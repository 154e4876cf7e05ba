import { describe, expect, it } from "vitest";
import {
  parseClassName,
  parseGrade,
  parseGradeList,
  parseGradeRange,
} from "../../../src/core/imports/grades.ts";
import { headerKey } from "../../../src/core/imports/headers.ts";
import {
  parseBool,
  parseClock,
  parseDate,
  parsePriceCents,
  parseWeekday,
} from "../../../src/core/imports/values.ts";

describe("grades and classes", () => {
  it("reads grades in digits, Chinese numerals and 初/高 forms", () => {
    expect([parseGrade("3"), parseGrade("三年级"), parseGrade("初一"), parseGrade("高三")]).toEqual(
      [3, 3, 7, 12],
    );
    expect(parseGrade("13")).toBeUndefined();
  });

  it("reads a reading range and refuses one that runs backwards", () => {
    expect(parseGradeRange("3-6")).toEqual([3, 6]);
    expect(parseGradeRange("3")).toEqual([3, 3]);
    expect(parseGradeRange("6~3")).toBeUndefined();
    expect(parseGradeList("1、2, 4-5")).toEqual([1, 2, 4, 5]);
  });

  it("names classes G-N from 3-2, 3年2班, 3年级(2)班 and 三年二班", () => {
    for (const s of ["3-2", "3年2班", "3年级(2)班", "三年二班", "3 - 2"])
      expect(parseClassName(s)?.name).toBe("3-2");
    expect(parseClassName("初一2班")?.name).toBe("7-2");
    expect(parseClassName("2班", "3")?.name).toBe("3-2");
    expect(parseClassName("3-2", "4")).toBeUndefined();
    expect(parseClassName("2")).toBeUndefined();
  });
});

describe("cell values", () => {
  it("reads yes/no words, dates, prices, weekdays and times", () => {
    expect([parseBool("是"), parseBool("No"), parseBool("1"), parseBool("maybe")]).toEqual([
      true,
      false,
      true,
      undefined,
    ]);
    expect(parseDate("2026年9月1日")).toBe("2026-09-01");
    expect(parseDate("2026-02-30")).toBeUndefined();
    expect(parsePriceCents("￥25.5")).toBe(2550);
    expect(parsePriceCents("-3")).toBeUndefined();
    expect([parseWeekday("周日"), parseWeekday("星期一"), parseWeekday("Fri")]).toEqual([7, 1, 5]);
    expect(parseClock("8：05")).toBe("08:05");
    expect(parseClock("24:00")).toBeUndefined();
  });

  it("maps English and Chinese headers with notes in brackets to one key", () => {
    expect(headerKey("价格（元）")).toBe("price");
    expect(headerKey("Call Number")).toBe("call_number");
    expect(headerKey("\uFEFFbarcode")).toBe("barcode");
    expect(headerKey("备注")).toBeUndefined();
  });
});
