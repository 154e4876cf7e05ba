import { describe, expect, it } from "vitest";
import { systemActor } from "../../src/core/actor.ts";
import { importCatalog } from "../../src/core/imports/catalog-import.ts";
import { purchaseArrivalNotices } from "../../src/jobs/purchase-arrivals.ts";
import { csvFile } from "../core/imports/files.ts";
import { accountSchool, bindAs, chat } from "../dialogs/account/fixtures.ts";
import { inbox, jobContext } from "./fixtures.ts";

const header = "barcode,title,author,added_at";

/** A parent asks for 三体 and for 草房子 in chat; the librarian turns 草房子 down. */
async function requests() {
  const s = await accountSchool();
  await bindAs(s.lib, "mum", "guardian", s.s1.id);
  await chat(s.bot, "mum", "荐购 《三体》第一部");
  await chat(s.bot, "mum", "荐购 草房子");
  await s.lib.db.suggestion.updateMany({
    where: { text: "草房子" },
    data: { answer: "not_possible", status: "answered" },
  });
  return s;
}

describe("purchase requests that arrive", () => {
  it("tells the submitter privately once the title comes in a catalogue import, never a declined one", async () => {
    const s = await requests();
    s.lib.clock.set("2026-09-10T08:00:00+08:00");
    expect(await purchaseArrivalNotices(s.lib, jobContext(s.lib))).toMatchObject({ arrived: 0 });
    const file = csvFile([header, "N1,三体前传,刘慈欣,2026-09-09", "N2,草房子,曹文轩,2026-09-09"]);
    expect((await importCatalog(s.lib, systemActor, file)).ok).toBe(true);
    s.lib.clock.set("2026-09-11T08:00:00+08:00");
    expect(await purchaseArrivalNotices(s.lib, jobContext(s.lib))).toMatchObject({
      arrived: 0,
    });
    const later = csvFile([header, "N3,三 体,刘慈欣,2026-08-01"]);
    await importCatalog(s.lib, systemActor, later);
    expect(await purchaseArrivalNotices(s.lib, jobContext(s.lib))).toMatchObject({
      arrived: 1,
      told: 1,
    });
    expect((await inbox(s.lib.db)).get("mum")).toEqual([
      "新书到馆：你荐购的《三 体》已经到了，欢迎来借阅！发送“三 体”可以查在架情况或预约。",
    ]);
    expect(await purchaseArrivalNotices(s.lib, jobContext(s.lib))).toMatchObject({ arrived: 0 });
    expect(await s.lib.db.outbox.count()).toBe(1);
  });
});
