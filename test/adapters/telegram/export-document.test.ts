import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { dialogAreas } from "../../../src/dialogs/areas.ts";
import { renderReply } from "../../../adapters/telegram/render.ts";
import { chatWith, startHarness, telegramSchool } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { privateChat, user } from "./fake-updates.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function firstColumnOf(bytes: Buffer): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: unknown[] = [];
  wb.worksheets[0]?.eachRow((row) => cells.push(row.getCell(2).value));
  return cells;
}

describe("exports on Telegram", () => {
  it("sends the librarian's overdue list as a document uploaded with sendDocument", async () => {
    const s = await telegramSchool();
    await s.lib.db.loan.update({ where: { id: s.mingLoan.id }, data: { dueOn: "2026-09-01" } });
    const librarian = user(501, "Li");
    const member = await s.lib.db.chatMember.create({
      data: { platform: "telegram", userId: "501" },
    });
    await s.lib.db.binding.create({ data: { memberId: member.id, kind: "librarian" } });
    h = await startHarness(s.lib, dialogAreas);
    const sent = await chatWith(h, librarian, privateChat(librarian)).send("导出 逾期");
    const docs = sent.filter((m) => m.document);
    expect(docs).toHaveLength(1);
    const [doc] = docs;
    expect(doc?.document?.file_name).toBe("逾期名单-2026-09-09.xlsx");
    expect(doc?.caption).toBe("逾期名单（1 行）");
    expect(await firstColumnOf(doc?.document?.bytes ?? Buffer.alloc(0))).toEqual([
      "学生",
      "张小明",
    ]);
    expect(h.fake.callsOf("sendDocument")).toHaveLength(1);
    const stored = await s.lib.db.inboundUpdate.findMany({ select: { replies: true } });
    expect(stored.some((u) => (u.replies ?? "").includes('"base64"'))).toBe(true);
  });

  it("puts a caption too long for Telegram after the document, as text", () => {
    const text = "说明".repeat(600);
    const parts = renderReply({ text, file: { name: "a.xlsx", base64: "UEsD" } });
    expect(parts[0]).toMatchObject({ text: "", document: { name: "a.xlsx" } });
    expect(
      parts
        .slice(1)
        .map((p) => p.text)
        .join(""),
    ).toBe(text);
  });
});
