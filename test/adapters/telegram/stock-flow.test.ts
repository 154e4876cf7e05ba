import { afterEach, describe, expect, it } from "vitest";
import { dialogAreas } from "../../../src/dialogs/areas.ts";
import { bindLibrarian, librarianChat, startHarness, telegramSchool, textsOf } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

// Issue 15 item 6 over the Telegram fake: the stocktake by button, 待修 and the desk's refusal.
describe("the librarian's stocktake and repair on Telegram", () => {
  it("starts a stocktake by button, scans, reports, and a copy in repair cannot be lent", async () => {
    const s = await telegramSchool();
    await s.lib.db.copy.create({
      data: { barcode: "B-SHZ-2", titleId: s.shz.id, location: "二楼阅览室" },
    });
    await s.lib.db.copy.create({
      data: { barcode: "B-SHZ-3", titleId: s.shz.id, location: "二楼阅览室" },
    });
    await bindLibrarian(s.lib.db);
    h = await startHarness(s.lib, dialogAreas);
    const chat = librarianChat(h);

    await chat.send("/stocktake");
    expect(textsOf(await chat.press("二楼阅览室"))).toContain("开始盘点：二楼阅览室。");
    expect(textsOf(await chat.send("B-SHZ-2"))).toContain("✓ B-SHZ-2《水浒传》（已扫 1 本）");
    expect(textsOf(await chat.send("完成"))).toContain("本次扫了 1 本。");
    const report = textsOf(await chat.send("/stocktake finish"));
    expect(report).toContain("缺失（未扫到、未借出）1 本：\n· B-SHZ-3《水浒传》");

    expect(textsOf(await chat.send("/repair B-SHZ-2"))).toContain("已登记待修：B-SHZ-2《水浒传》");
    expect(textsOf(await chat.send("借 S1 B-SHZ-2"))).toContain(
      "B-SHZ-2 正在待修，修好前不能借出。",
    );
    expect(await s.lib.db.loan.count({ where: { copy: { barcode: "B-SHZ-2" } } })).toBe(0);
  });
});
