import { addDays } from "../core/dates.ts";
import type { IsoDate } from "../core/dates.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { findAllOpenLoans } from "../db/notice-loan-repo.ts";
import type { NoticeLoan } from "../db/notice-loan-repo.ts";
import type { Locale } from "../locale.ts";
import { Digests } from "../outbox/digest.ts";
import { patronRecipients } from "../outbox/recipients.ts";
import { enqueueAll, windowStart } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";
import { t } from "../dialogs/texts/index.ts";

function render(locale: Locale, returnBy: IsoDate, loans: NoticeLoan[]): string {
  const out = [t(locale, "push_recall_header", { returnBy })];
  let patronId: number | undefined;
  for (const l of loans) {
    if (l.patronId !== patronId) out.push(t(locale, "push_for", { name: l.patron.name }));
    patronId = l.patronId;
    out.push(t(locale, "push_recall_item", { title: l.copy.title.title, due: l.dueOn }));
  }
  return out.join("\n");
}

/**
 * Daily, acting once per term (期末催还): `recallDaysBeforeTermEnd` (7) days before the current
 * term's last day, everyone with an open loan — each borrower's own account and every guardian,
 * one message per chat covering all their children — is asked to return everything by the
 * term's last open day. Not optional. Key "recall:<term>:<platform>:<chatId>".
 */
export async function termEndRecall(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const day = today(lib);
  const term = lib.calendar.termOf(day);
  if (!term) return { date: day, term: null, enqueued: 0 };
  const recallOn = addDays(term.endsOn, -ctx.settings.recallDaysBeforeTermEnd);
  const from = windowStart(lib, ctx);
  if (!(recallOn > from && recallOn <= day))
    return { date: day, term: term.name, recallOn, enqueued: 0 };
  const returnBy = lib.calendar.openOnOrBefore(term.endsOn);
  const loans = await findAllOpenLoans(lib.db);
  const accounts = await patronRecipients(
    lib.db,
    loans.map((l) => l.patronId),
    ctx.defaultLocale,
  );
  const digests = new Digests<NoticeLoan>();
  for (const loan of loans) for (const r of accounts.get(loan.patronId) ?? []) digests.add(r, loan);
  const messages = digests.messages("recall", `recall:${term.name}`, (to, list) =>
    render(to.locale, returnBy, list),
  );
  return {
    date: day,
    term: term.name,
    returnBy,
    loans: loans.length,
    recipients: messages.length,
    enqueued: await enqueueAll(lib, ctx, messages),
  };
}
