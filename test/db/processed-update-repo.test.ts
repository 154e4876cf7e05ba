import { describe, expect, it } from "vitest";
import { markUpdateProcessed, pruneProcessedUpdates } from "../../src/db/processed-update-repo.ts";
import { freshDb } from "../support/db.ts";

describe("processed updates", () => {
  it("takes an update in once per platform and tells a repeat apart", async () => {
    const { db } = await freshDb();
    const at = new Date("2026-09-09T02:00:00Z");
    expect(await markUpdateProcessed(db, "telegram", "7:100", at)).toBe(true);
    expect(await markUpdateProcessed(db, "telegram", "7:100", at)).toBe(false);
    expect(await markUpdateProcessed(db, "wechat", "7:100", at)).toBe(true);
    expect(await db.processedUpdate.count()).toBe(2);
  });

  it("prunes only rows taken in before the cut-off", async () => {
    const { db } = await freshDb();
    await markUpdateProcessed(db, "telegram", "1", new Date("2026-09-01T00:00:00Z"));
    await markUpdateProcessed(db, "telegram", "2", new Date("2026-09-09T00:00:00Z"));
    expect(await pruneProcessedUpdates(db, new Date("2026-09-05T00:00:00Z"))).toBe(1);
    expect(await markUpdateProcessed(db, "telegram", "2", new Date())).toBe(false);
    expect(await markUpdateProcessed(db, "telegram", "1", new Date())).toBe(true);
  });
});
