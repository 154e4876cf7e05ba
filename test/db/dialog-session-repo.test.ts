import { describe, expect, it } from "vitest";
import {
  deleteIdleDialogSessions,
  loadDialogSession,
  replaceDialogSession,
  updateDialogSession,
} from "../../src/db/dialog-session-repo.ts";
import { freshDb } from "../support/db.ts";

const key = { platform: "telegram", chatId: "42", userId: "7" };
const at = new Date("2026-09-09T02:00:00Z");

describe("dialog-session-repo", () => {
  it("replaces a session and moves its version on", async () => {
    const { db } = await freshDb();
    await replaceDialogSession(db, key, { dialog: "a", state: "{}", at });
    await replaceDialogSession(db, key, { dialog: "b", state: "[]", at });
    expect(await loadDialogSession(db, key)).toEqual({
      dialog: "b",
      state: "[]",
      version: 1,
      updatedAt: at,
    });
  });

  it("updates only from the expected version", async () => {
    const { db } = await freshDb();
    await replaceDialogSession(db, key, { dialog: "a", state: "{}", at });
    expect(await updateDialogSession(db, key, 0, { state: "1", at })).toBe(true);
    expect(await updateDialogSession(db, key, 0, { state: "2", at })).toBe(false);
    expect((await loadDialogSession(db, key))?.state).toBe("1");
  });

  it("deletes sessions idle since before a time", async () => {
    const { db } = await freshDb();
    await replaceDialogSession(db, key, { dialog: "a", state: "{}", at });
    await replaceDialogSession(
      db,
      { ...key, userId: "8" },
      { dialog: "a", state: "{}", at: new Date() },
    );
    expect(await deleteIdleDialogSessions(db, new Date(at.getTime() + 1))).toBe(1);
    expect(await loadDialogSession(db, key)).toBeNull();
  });
});
