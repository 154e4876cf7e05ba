import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { wechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

const zh = "zh-CN" as const;
let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

describe("exports on WeChat", () => {
  it("sends a class teacher their class's overdue list as a file, then its caption", async () => {
    const s = await wechatSchool();
    const late = await s.lib.db.loan.findFirstOrThrow({ where: { copy: { barcode: "B-SHZ-1" } } });
    await s.lib.db.loan.update({ where: { id: late.id }, data: { dueOn: "2026-09-01" } });
    wx = await startMockWechat(s.lib);
    const zhao = wx.contact("赵老师");
    await wx.send(zhao, `绑定 ${s.teacherCode}`, wx.self);

    const replies = await wx.send(zhao, "导出", wx.self);
    expect(replies).toEqual([t(zh, "export_sent", { what: "逾期名单", rows: 1 })]);
    expect(wx.puppet.files.map((f) => [f.to, f.name])).toEqual([
      [zhao.id, "逾期名单-2026-09-09.xlsx"],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(wx.puppet.files[0]?.bytes as unknown as ArrayBuffer);
    const pupils: unknown[] = [];
    wb.worksheets[0]?.eachRow((row) => pupils.push(row.getCell(2).value));
    expect(pupils).toEqual(["学生", "张小明"]);
  });

  it("sends no file to a parent, who is told what to use instead", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const mum = wx.contact("王妈妈");
    await wx.send(mum, `绑定 ${s.parentCode}`, wx.self);
    expect(await wx.send(mum, "导出", wx.self)).toEqual([t(zh, "export_not_allowed")]);
    expect(wx.puppet.files).toEqual([]);
  });
});
