import { expect, it } from "vitest";
import { yuan } from "../../src/dialogs/money.ts";

it("writes cents as yuan with two decimals", () => {
  expect([yuan(0), yuan(1250), yuan(5), yuan(250000)]).toEqual([
    "¥0.00",
    "¥12.50",
    "¥0.05",
    "¥2500.00",
  ]);
});
