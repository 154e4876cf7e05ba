import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { addClass, addLoan, addPupil, addTitle, bindAccount } from "../dialogs/reader/fixtures.ts";
import { finished, spawnTs } from "../outbox/child-process.ts";
import { freshDb, tempDir } from "../support/db.ts";

const PARENTS = 30;
const CHILD = "test/gate/crash-child.ts";

/** Thirty parents, each with one child whose 西游记 is due Friday: renewable on Wednesday. */
async function school(db: Db): Promise<number[]> {
  const c3 = await addClass(db, 3);
  const title = await addTitle(db, "西游记");
  const loans: number[] = [];
  for (let i = 1; i <= PARENTS; i++) {
    const pupil = await addPupil(db, `学生${i}`, { classId: c3.id });
    await bindAccount(db, `p${i}`, [pupil.id]);
    loans.push((await addLoan(db, pupil.id, title.id, { dueOn: "2026-09-11" })).id);
  }
  return loans;
}

function sentLines(file: string): { chatId: string; text: string }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { chatId: string; text: string });
}

async function waitForLines(file: string, n: number, exited: () => boolean): Promise<void> {
  while (sentLines(file).length < n && !exited()) await new Promise((r) => setTimeout(r, 20));
}

describe("a bot process killed while it handles messages", () => {
  // Wherever the kill lands, the restarted process (with the platform delivering everything
  // again) answers every message, repeats at most the reply in flight per chat, and renews
  // each loan exactly once.
  it.each([3, 25, 47])(
    "answers all 30 parents and renews each loan once after a kill -9 at reply %i",
    async (killAt) => {
      const { db, url } = await freshDb();
      const loans = await school(db);
      const out = join(tempDir(), "sent.jsonl");
      const first = spawnTs(CHILD, [url, out, "first", String(PARENTS)]);
      let exited = false;
      first.on("exit", () => (exited = true));
      await waitForLines(out, killAt, () => exited);
      first.kill("SIGKILL");
      await new Promise((r) => first.once("close", r));
      const restarted = spawnTs(CHILD, [url, out, "second", String(PARENTS)]);
      expect(await finished(restarted)).toContain("DONE");

      const lines = sentLines(out);
      for (let i = 1; i <= PARENTS; i++) {
        const texts = lines.filter((l) => l.chatId === `p${i}`).map((l) => l.text);
        const confirmations = texts.filter((x) => x === "《西游记》已续借，新的到期日是 09-18。");
        const menus = texts.filter((x) => x.includes("续借"));
        expect(confirmations.length, `p${i}: ${texts.join(" | ")}`).toBeGreaterThanOrEqual(1);
        expect(menus.length - confirmations.length).toBeGreaterThanOrEqual(1);
        // Only the reply in flight at the kill may come twice.
        expect(texts.length - new Set(texts).size).toBeLessThanOrEqual(1);
        expect(texts.length).toBeLessThanOrEqual(3);
      }
      const renewed = await db.loan.findMany({
        where: { id: { in: loans } },
        select: { renewals: true, dueOn: true },
      });
      expect(renewed.every((l) => l.renewals === 1 && l.dueOn === "2026-09-18")).toBe(true);
      expect(await db.inboundUpdate.count({ where: { status: "done" } })).toBe(2 * PARENTS);
      expect(await db.effectReceipt.count()).toBe(0);
      await db.$disconnect();
    },
    600_000,
  );
});
