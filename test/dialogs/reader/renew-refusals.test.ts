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
  /** Something else that happens before the loan is set up. */
  before?: (lib: Library, titleId: number) => Promise<void>;
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
  { code: "overdue", dueOn: "2026-09-08", reason: "这本书已经逾期 1 天，不能续借。请尽快归还。" },
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
  { code: "too_soon", dueOn: "2026-09-16", reason: "离到期还早，09-13 起才能续借。" },
];

async function oneLoan(k: { status?: string; dueOn: string; renewals?: number }) {
  const lib = await testLibrary();
  const me = await addPupil(lib.db, "张小明", k.status ? { status: k.status } : {});
  await bindAccount(lib.db, "ming", [me.id], { kind: "self" });
  const title = await addTitle(lib.db, "西游记");
  return { lib, me, title };
}

const loanRow = (lib: Library, id: number) =>
  lib.db.loan.findUniqueOrThrow({ where: { id }, select: { dueOn: true, renewals: true } });

describe("renew refusals", () => {
  it.each(cases)("does not offer a $code loan and says why in words", async (k) => {
    const { lib, me, title } = await oneLoan(k);
    await k.before?.(lib, title.id);
    const loan = await addLoan(lib.db, me.id, title.id, {
      dueOn: k.dueOn,
      renewals: k.renewals ?? 0,
    });
    const ming = chatAs(readerBot(lib), "ming");
    const answer = await ming.send("续借");
    expect(answer.text).toBe(
      [
        t("zh-CN", "reader_renew_nothing_open"),
        t("zh-CN", "reader_renew_blocked"),
        `· 《西游记》：${k.reason}`,
      ].join("\n"),
    );
    expect(answer.labels).toEqual([]);
    expect(await loanRow(lib, loan.id)).toEqual({ dueOn: k.dueOn, renewals: k.renewals ?? 0 });
  });

  it("says the core's refusal when the loan changed after the menu was shown", async () => {
    const { lib, me, title } = await oneLoan({ dueOn: "2026-09-11" });
    const loan = await addLoan(lib.db, me.id, title.id, { dueOn: "2026-09-11" });
    const ming = chatAs(readerBot(lib), "ming");
    expect((await ming.send("续借")).labels).toEqual(["西游记 · 到期 09-11"]);
    await lib.db.loan.update({ where: { id: loan.id }, data: { returnedAt: lib.now() } });
    expect((await ming.send("1")).text).toBe(
      `《西游记》没能续借：${t("zh-CN", "reader_renew_not_yours")}`,
    );
    expect(await lib.db.auditLog.count({ where: { action: "loan.renew" } })).toBe(0);
  });

  it("words an overdue refusal with the days the core counted when the day turned meanwhile", async () => {
    const { lib, me, title } = await oneLoan({ dueOn: "2026-09-09" });
    const loan = await addLoan(lib.db, me.id, title.id, { dueOn: "2026-09-09" });
    const ming = chatAs(readerBot(lib), "ming");
    lib.clock.set("2026-09-09T23:58:00+08:00");
    expect((await ming.send("续借")).labels).toEqual(["西游记 · 到期 09-09"]);
    lib.clock.set("2026-09-10T00:01:00+08:00");
    expect((await ming.send("1")).text).toBe(
      "《西游记》没能续借：这本书已经逾期 1 天，不能续借。请尽快归还。",
    );
    expect(await loanRow(lib, loan.id)).toEqual({ dueOn: "2026-09-09", renewals: 0 });
  });
});
