import { describe, expect, it } from "vitest";
import { enqueue } from "../../src/outbox/queue.ts";
import { replyOf } from "../../src/outbox/payload.ts";
import { freshDb } from "../support/db.ts";

const image = { name: "借阅图表-3-1-2026-09-07.png", base64: "iVBORw0KGgo=" };

describe("a picture in an outbox row", () => {
  it("is stored in the row with its caption and read back as the reply's image", async () => {
    const { db } = await freshDb();
    const message = {
      dedupeKey: "figures:2026-09-07:telegram:-1001",
      platform: "telegram",
      chatId: "-1001",
      kind: "figures" as const,
      text: "3-1 班本周借阅",
      image,
    };
    await db.$transaction((tx) => enqueue(tx, [message], new Date()));
    const row = await db.outbox.findFirstOrThrow({ select: { payload: true } });
    expect(replyOf(row.payload)).toEqual({ text: "3-1 班本周借阅", image });
    await db.$disconnect();
  });

  it("is left out when unreadable, the text still going", () => {
    const payload = JSON.stringify({ text: "本周借阅", image: { name: "a.png" } });
    expect(replyOf(payload)).toEqual({ text: "本周借阅" });
  });
});
