import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsvText, readCsv } from "../../../src/core/imports/read-csv.ts";

const roster = "借书证号,姓名,身份,班级\nS1,张小明,学生,3年2班\n";

describe("readCsv", () => {
  it("reads UTF-8 with or without a byte-order mark", () => {
    const plain = Buffer.from(roster, "utf8");
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    for (const bytes of [plain, bom]) {
      expect(readCsv(bytes).map((r) => r.cells)).toEqual([
        ["借书证号", "姓名", "身份", "班级"],
        ["S1", "张小明", "学生", "3年2班"],
      ]);
    }
  });

  it("reads what Excel on Chinese Windows saves (GBK), and GB18030's four-byte characters", () => {
    expect(readCsv(iconv.encode(roster, "gbk"))[1]?.cells).toEqual([
      "S1",
      "张小明",
      "学生",
      "3年2班",
    ]);
    const rare = "姓名\n𠀾䶮\n";
    expect(decodeCsvText(iconv.encode(rare, "gb18030"))).toBe(rare);
  });

  it("keeps valid UTF-8 as UTF-8 even when the bytes could also be GB18030", () => {
    expect(decodeCsvText(Buffer.from("题名\n西游记\n", "utf8"))).toBe("题名\n西游记\n");
  });
});
