import { describe, expect, it } from "vitest";
import { broadcastReport } from "../../src/jobs/broadcast-report.ts";
import { enqueue } from "../../src/outbox/queue.ts";
import { testLibrary } from "../support/library.ts";
import { addAccount, inbox, jobContext } from "./fixtures.ts";

describe("broadcast delivery report", () => {
  it("reports to the librarian who sent it once every row is sent or dead, with the reasons", async () => {
    const lib = await testLibrary();
    const db = lib.db;
    const librarian = await addAccount(db, "lib", [{ kind: "librarian" }]);
    const b = await db.broadcast.create({
      data: {
        text: "闭馆通知",
        audience: "{}",
        createdBy: librarian,
        createdAt: lib.now(),
        recipientCount: 3,
      },
    });
    const rows = ["1", "2", "3"].map((chatId) => ({
      dedupeKey: `broadcast:${b.id}:telegram:${chatId}`,
      platform: "telegram",
      chatId,
      kind: "broadcast" as const,
      text: "闭馆通知",
    }));
    await enqueue(db, rows, lib.now());
    await db.outbox.updateMany({ where: { chatId: { in: ["1", "2"] } }, data: { status: "sent" } });
    expect(await broadcastReport(lib, jobContext(lib))).toEqual({
      inFlight: 1,
      reports: 0,
      enqueued: 0,
    });
    const blocked = "403: Forbidden: bot was blocked by the user";
    await db.outbox.updateMany({
      where: { chatId: "3" },
      data: { status: "dead", lastError: blocked },
    });
    expect(await broadcastReport(lib, jobContext(lib))).toEqual({
      inFlight: 0,
      reports: 1,
      enqueued: 1,
    });
    expect((await inbox(db)).get("lib")).toEqual([
      `广播 #${b.id}（2026-09-09 10:00）发送完毕：成功 2 人，失败 1 人。\n· ${blocked}：1 人`,
    ]);
    expect(await broadcastReport(lib, jobContext(lib))).toEqual({
      inFlight: 0,
      reports: 0,
      enqueued: 0,
    });
  });
});
