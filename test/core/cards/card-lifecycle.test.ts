import { describe, expect, test } from "vitest";
import {
  confiscateCard,
  reissueCard,
  reportLostCard,
  returnCard,
} from "../../../src/core/cards/card-lifecycle.ts";
import type { LostCardNotice } from "../../../src/core/cards/card-lifecycle.ts";
import { issueClassCards } from "../../../src/core/cards/class-cards.ts";
import { checkout } from "../../../src/core/circulation/checkout.ts";
import { applyOverdueLevels } from "../../../src/core/circulation/overdue-levels.ts";
import { defaultPolicy } from "../../../src/core/policy.ts";
import type { NoticeDeps } from "../../../src/core/suggestion-answers.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { enqueue } from "../../../src/outbox/queue.ts";
import { inbox } from "../../jobs/fixtures.ts";
import { testLibrary } from "../../support/library.ts";
import { addClass, addPatron, lend, librarian, member, shelf } from "../circulation/fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
const deps: NoticeDeps<LostCardNotice> = {
  enqueue,
  defaultLocale: "zh-CN",
  render: (locale, n) => t(locale, "push_card_lost", n),
};

async function withLibrarianAccount(lib: Lib) {
  const m = await lib.db.chatMember.create({ data: { platform: "telegram", userId: "lib" } });
  await lib.db.binding.create({ data: { memberId: m.id, kind: "librarian" } });
}

const statusOf = async (lib: Lib, id: number) =>
  (await lib.db.patron.findUniqueOrThrow({ where: { id } })).status;

describe("card lifecycle", () => {
  test("a parent reports a lost card: blocked at once, the librarian told; a reissue keeps the loans", async () => {
    const lib = await testLibrary();
    await withLibrarianAccount(lib);
    const pupil = await addPatron(lib.db);
    const { copies } = await shelf(lib.db, 2);
    await lend(lib, pupil.cardNumber, copies[0]!.barcode);
    const parent = member([pupil.id]);
    const lost = await reportLostCard(lib, parent, pupil.id, deps);
    expect(lost).toMatchObject({ ok: true, value: { status: "lost", told: 1 } });
    expect((await inbox(lib.db)).get("lib")?.[0]).toContain(pupil.cardNumber);
    const blocked = await checkout(lib, librarian, {
      cardNumber: pupil.cardNumber,
      barcode: copies[1]!.barcode,
    });
    expect(blocked).toMatchObject({ ok: false, code: "card_blocked" });
    expect(await reportLostCard(lib, parent, pupil.id, deps)).toMatchObject({
      code: "already_lost",
    });
    const again = await reissueCard(lib, librarian, { cardNumber: pupil.cardNumber });
    expect(again).toMatchObject({ ok: true, value: { cardNumber: `${pupil.cardNumber}-B1` } });
    expect(await statusOf(lib, pupil.id)).toBe("active");
    expect(await lib.db.loan.count({ where: { patronId: pupil.id, returnedAt: null } })).toBe(1);
    const old = await checkout(lib, librarian, {
      cardNumber: pupil.cardNumber,
      barcode: copies[1]!.barcode,
    });
    expect(old).toMatchObject({ ok: false, code: "unknown_card" });
    expect(await lib.db.auditLog.count({ where: { action: { startsWith: "card." } } })).toBe(2);
  });

  test("only the family or the librarian reports; only the librarian reissues, and not onto a taken number", async () => {
    const lib = await testLibrary();
    const a = await addPatron(lib.db);
    const b = await addPatron(lib.db);
    expect(await reportLostCard(lib, member([b.id]), a.id, deps)).toMatchObject({
      code: "not_yours",
    });
    expect(await reissueCard(lib, member([a.id]), { cardNumber: a.cardNumber })).toMatchObject({
      code: "not_librarian",
    });
    const taken = { cardNumber: a.cardNumber, newNumber: b.cardNumber };
    expect(await reissueCard(lib, librarian, taken)).toMatchObject({ code: "number_taken" });
    const spaced = { cardNumber: a.cardNumber, newNumber: "A 1" };
    expect(await reissueCard(lib, librarian, spaced)).toMatchObject({ code: "bad_number" });
    expect(await reissueCard(lib, librarian, { cardNumber: "nope" })).toMatchObject({
      code: "unknown_card",
    });
    expect(await statusOf(lib, a.id)).toBe("active");
  });

  test("a confiscated card borrows nothing until returned, and comes back suspended while a book is late", async () => {
    const lib = await testLibrary();
    const pupil = await addPatron(lib.db);
    const { copies } = await shelf(lib.db, 1);
    await lend(lib, pupil.cardNumber, copies[0]!.barcode); // due 09-16
    expect(await confiscateCard(lib, librarian, pupil.cardNumber)).toMatchObject({ ok: true });
    expect(await confiscateCard(lib, librarian, pupil.cardNumber)).toMatchObject({
      code: "already_confiscated",
    });
    lib.clock.set("2026-10-08T10:00:00+08:00");
    expect(await returnCard(lib, librarian, pupil.cardNumber)).toMatchObject({
      ok: true,
      value: { status: "suspended" },
    });
    expect(await returnCard(lib, librarian, pupil.cardNumber)).toMatchObject({
      code: "not_confiscated",
    });
  });

  test("issues a class's cards in one step, once", async () => {
    const lib = await testLibrary();
    const c = await addClass(lib.db, 1, 1); // "1-1"
    const first = await addPatron(lib.db, { classId: c.id, status: "not_issued" });
    await addPatron(lib.db, { classId: c.id, status: "not_issued" });
    await addPatron(lib.db, { classId: c.id, status: "suspended" });
    expect(await issueClassCards(lib, member([first.id]), "1-1")).toMatchObject({
      code: "not_librarian",
    });
    expect(await issueClassCards(lib, librarian, "9-9")).toMatchObject({ code: "unknown_class" });
    expect(await issueClassCards(lib, librarian, "1年1班")).toEqual({
      ok: true,
      value: { className: "1-1", issued: 2 },
    });
    expect(await statusOf(lib, first.id)).toBe("active");
    expect(await issueClassCards(lib, librarian, "1-1")).toMatchObject({ code: "none_to_issue" });
  });

  test("suspendAfterOverdueDays 0 suspends on the first day late; the default waits 14 days", async () => {
    for (const [days, expected] of [
      [0, "suspended"],
      [14, "active"],
    ] as const) {
      const policy = { ...defaultPolicy, suspendAfterOverdueDays: days };
      const lib = await testLibrary({ policy });
      const pupil = await addPatron(lib.db);
      const { copies } = await shelf(lib.db, 1);
      await lend(lib, pupil.cardNumber, copies[0]!.barcode); // due 09-16
      lib.clock.set("2026-09-17T17:30:00+08:00");
      await applyOverdueLevels(lib);
      expect(await statusOf(lib, pupil.id)).toBe(expected);
    }
  });
});
