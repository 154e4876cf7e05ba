import { describe, expect, it } from "vitest";
import { en } from "../../../src/dialogs/texts/en.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { isLocale } from "../../../src/locale.ts";
import { zhCN } from "../../../src/dialogs/texts/zh-CN.ts";

describe("text tables", () => {
  it("gives the en table exactly the keys of zh-CN", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it("renders plain and parameterised texts per locale", () => {
    expect(t("zh-CN", "cancelled")).toBe("已取消。");
    expect(t("en", "cancelled")).toBe("Cancelled.");
    expect(t("zh-CN", "choose_number", { n: 3 })).toBe("请回复 1–3 之间的数字。");
    expect(t("en", "page_of", { page: 2, pages: 5 })).toBe("(page 2 of 5)");
  });

  it("recognises only the supported locales", () => {
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(false);
  });
});
