import { describe, expect, it } from "vitest";
import { parseYuan, yuan } from "../../src/dialogs/money.ts";

describe("parseYuan", () => {
  it.each([
    ["12", 1200],
    ["12.5", 1250],
    ["¥12.05", 1205],
    ["０", null],
    ["12元", 1200],
    ["0", 0],
    ["-3", null],
    ["1.234", null],
    ["", null],
  ])("reads %s as %s cents", (text, cents) => {
    expect(parseYuan(text)).toBe(cents);
  });
});

it("writes cents as yuan with two decimals", () => {
  expect([yuan(0), yuan(1250), yuan(5), yuan(250000)]).toEqual([
    "¥0.00",
    "¥12.50",
    "¥0.05",
    "¥2500.00",
  ]);
});
