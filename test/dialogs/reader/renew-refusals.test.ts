import { describe, expect, it } from "vitest";
import type { Library } from "../../../src/core/library.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addHold,
  addLoan,
  addPupil,
  addTitle,
  bindAccount,
  chatAs,
  readerBot,
} from "./fixtures.ts";

// Today is 2026-09-09; students may renew once, within 3 days of the due date.

interface Case {
  code: string;
  status?: string;
  dueOn: string;
  renewals?: number;
  /** Something else that happens before the loan is set up or after it is listed. */
  before?: (lib: Library, titleId: number) => Promise<void>;
  after?: (lib: Library, loanId: number) => Promise<void>;
  reason: string;
}

const other = async (lib: Library, titleId: number) => {
  const reader = await addPupil(lib.db, "王芳");
  await addHold(lib.db, reader.id, titleId);
};

const cases: Case[] = [
  {
    code: "on_hold",
    dueOn: "2026-09-11",
    before: other,
    reason: t("zh-CN", "reader_renew_on_hold"),
  },
  {
    code: "too_many",
    dueOn: "2026-09-11",
    renewals: 1,
    reason: t("zh-CN", "reader_renew_too_many"),
  },
  { code: "overdue", dueOn: "2026-09-08", reason: t("zh-CN", "reader_renew_overdue") },
  {
    code: "suspended",
    status: "suspended",
    dueOn: "2026-09-11",
    reason: t("zh-CN", "reader_renew_suspended"),
  },
  {
    code: "card_left",
    status: "left",
    dueOn: "2026-09-11",
    reason: t("zh-CN", "reader_renew_card_left"),
  },
  {
    code: "card_not_issued",
    status: "not_issued",
    dueOn: "2026-09-11",
    reason: t("zh-CN", "reader_renew_card_not_issued"),
  },
  {
    code: "too_soon",
    dueOn: "2026-09-16",
    reason: "离到期还早：到期前 3 天内才能续借，09-13 起就可以了。",
  },
  {
    code: "not_yours (returned after the list was shown)",
    dueOn: "2026-09-11",
    after: async (lib, loanId) => {
      await lib.db.loan.update({ where: { id: loanId }, data: { returnedAt: lib.now() } });
    },
    reason: t("zh-CN", "reader_renew_not_yours"),
  },
];

describe("renew refusals", () => {
  it.each(cases)("says $code in words and changes nothing", async (k) => {
    const lib = await testLibrary();
    const me = await addPupil(lib.db, "张小明", k.status ? { status: k.status } : {});
    await bindAccount(lib.db, "ming", [me.id], { kind: "self" });
    const title = await addTitle(lib.db, "西游记");
    await k.before?.(lib, title.id);
    const loan = await addLoan(lib.db, me.id, title.id, {
      dueOn: k.dueOn,
      renewals: k.renewals ?? 0,
    });
    const ming = chatAs(readerBot(lib), "ming");
    expect((await ming.send("续借")).labels).toEqual([`西游记 · 到期 ${k.dueOn.slice(5)}`]);
    await k.after?.(lib, loan.id);
    expect((await ming.send("1")).text).toBe(`《西游记》没能续借：${k.reason}`);
    const row = await lib.db.loan.findUniqueOrThrow({
      where: { id: loan.id },
      select: { dueOn: true, renewals: true },
    });
    expect(row).toEqual({ dueOn: k.dueOn, renewals: k.renewals ?? 0 });
    expect(await lib.db.auditLog.count({ where: { action: "loan.renew" } })).toBe(0);
  });
});
