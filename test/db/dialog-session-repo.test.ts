import { describe, expect, it } from "vitest";
import {
  deleteDialogSession,
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

  it("leaves the state alone when an update gives none, and still moves the version on", async () => {
    const { db } = await freshDb();
    await replaceDialogSession(db, key, { dialog: "a", state: "{}", at });
    const later = new Date(at.getTime() + 60_000);
    expect(await updateDialogSession(db, key, 0, { at: later })).toBe(true);
    expect(await loadDialogSession(db, key)).toEqual({
      dialog: "a",
      state: "{}",
      version: 1,
      updatedAt: later,
    });
  });

  it("deletes from the expected version only, and any version without one", async () => {
    const { db } = await freshDb();
    await replaceDialogSession(db, key, { dialog: "a", state: "{}", at });
    await replaceDialogSession(db, key, { dialog: "a", state: "{}", at });
    await deleteDialogSession(db, key, 0);
    expect((await loadDialogSession(db, key))?.version).toBe(1);
    await deleteDialogSession(db, key, 1);
    expect(await loadDialogSession(db, key)).toBeNull();
    await replaceDialogSession(db, key, { dialog: "a", state: "{}", at });
    await deleteDialogSession(db, key);
    expect(await loadDialogSession(db, key)).toBeNull();
  });

  it("touches only the row of its own key", async () => {
    const { db } = await freshDb();
    const other = { ...key, chatId: "43" };
    await replaceDialogSession(db, key, { dialog: "a", state: "{}", at });
    await replaceDialogSession(db, other, { dialog: "b", state: "{}", at });
    expect(await updateDialogSession(db, key, 0, { state: "1", at })).toBe(true);
    await deleteDialogSession(db, key);
    expect(await loadDialogSession(db, other)).toEqual({
      dialog: "b",
      state: "{}",
      version: 0,
      updatedAt: at,
    });
  });

  it("stores times as model queries do, so idle clean-up compares them alike", async () => {
    const { db } = await freshDb();
    await replaceDialogSession(db, key, { dialog: "a", state: "{}", at });
    const other = { ...key, userId: "8" };
    await db.dialogSession.create({ data: { ...other, dialog: "a", state: "{}", updatedAt: at } });
    const stored = await db.$queryRaw<{ t: string }[]>`
      SELECT CAST("updatedAt" AS TEXT) AS t FROM "DialogSession" ORDER BY "id"`;
    expect(stored[0]?.t).toBe(stored[1]?.t);
    expect(await deleteIdleDialogSessions(db, at)).toBe(0);
    expect(await deleteIdleDialogSessions(db, new Date(at.getTime() + 1))).toBe(2);
  });
});
