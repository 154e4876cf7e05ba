import { afterEach, describe, expect, it } from "vitest";
import { dialogAreas } from "../../../src/dialogs/areas.ts";
import { bindLibrarian, librarianChat, startHarness, telegramSchool, textsOf } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("the librarian on Telegram", () => {
  it("lends a batch to a class corner by button and scans, then reads the clearance report", async () => {
    const s = await telegramSchool();
    await s.lib.db.copy.create({ data: { barcode: "B-SHZ-2", titleId: s.shz.id } });
    await s.lib.db.patron.update({ where: { id: s.wang.id }, data: { status: "left" } });
    await bindLibrarian(s.lib.db);
    h = await startHarness(s.lib, dialogAreas);
    const chat = librarianChat(h);

    await chat.send("/corner");
    expect(textsOf(await chat.press("借给班级"))).toContain("借给 3-1 班图书角，2027-01-20 前归还");
    expect(textsOf(await chat.send("B-SHZ-2"))).toContain(
      "✓《水浒传》借给 3-1 班图书角（本批 1 本）",
    );
    expect(textsOf(await chat.send("B-SHZ-1"))).toContain("✗ B-SHZ-1 不在架上");
    expect(textsOf(await chat.send("完成"))).toContain("这批共 1 本借给 3-1 班图书角");
    const copy = await s.lib.db.copy.findUniqueOrThrow({
      where: { barcode: "B-SHZ-2" },
      select: { status: true },
    });
    expect(copy.status).toBe("in_corner");

    const report = textsOf(await chat.send("清还"));
    expect(report).toContain("已离校未清还：1 人");
    expect(report).toContain("· 王芳（3-1）：《西游记》未还");
  });
  it("takes a class corner's copy back with 还 at the desk", async () => {
    const s = await telegramSchool();
    await s.lib.db.copy.create({ data: { barcode: "B-SHZ-2", titleId: s.shz.id } });
    await bindLibrarian(s.lib.db);
    h = await startHarness(s.lib, dialogAreas);
    const chat = librarianChat(h);
    await chat.send("/corner");
    await chat.press("借给班级");
    await chat.send("B-SHZ-2");
    await chat.send("完成");

    expect(textsOf(await chat.send("还 B-SHZ-2"))).toContain(
      "✓《水浒传》已从 3-1 班图书角收回（这批还有 0 本未还）",
    );
    const copy = await s.lib.db.copy.findUniqueOrThrow({
      where: { barcode: "B-SHZ-2" },
      select: { status: true },
    });
    expect(copy.status).toBe("available");
    expect(await s.lib.db.cornerLoan.count({ where: { returnedAt: null } })).toBe(0);
  });
  it("names the class corner, visits, lessons and 清还 in the librarian's /help, within 20 lines", async () => {
    const s = await telegramSchool();
    await bindLibrarian(s.lib.db);
    h = await startHarness(s.lib, dialogAreas);
    const chat = librarianChat(h);
    const help = textsOf(await chat.send("/help"));
    for (const word of ["图书角", "到馆", "阅览课", "清还", "值日", "活动"])
      expect(help).toContain(word);
    expect(help.split("\n").length).toBeLessThanOrEqual(20);
  });
});
