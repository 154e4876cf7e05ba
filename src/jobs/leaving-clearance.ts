import { systemActor } from "../core/actor.ts";
import { queueClearanceNotices } from "../core/clearance/clearance-notices.ts";
import type { ClearanceNoticeDeps } from "../core/clearance/clearance-notices.ts";
import { clearanceReport } from "../core/clearance/clearance-report.ts";
import { clearanceWindow, owingLeavers } from "../core/clearance/leavers.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import { findClassesOfGrades } from "../db/clearance-repo.ts";
import { runTransaction } from "../db/transact.ts";
import {
  clearanceFamilyText,
  clearanceReportLines,
  clearanceTeacherText,
} from "../dialogs/texts/clearance.ts";
import type { Locale } from "../locale.ts";
import { bindingRecipients } from "../outbox/recipients.ts";
import { enqueueAll, windowStart } from "./context.ts";
import type { JobContext, JobSummary } from "./context.ts";

/** The clearance notices worded from the text tables and queued through the outbox. */
export function clearanceNoticeDeps(
  enqueue: ClearanceNoticeDeps["enqueue"],
  defaultLocale: Locale,
): ClearanceNoticeDeps {
  return { enqueue, defaultLocale, family: clearanceFamilyText, teacher: clearanceTeacherText };
}

/**
 * Daily (with the term-end recall), acting once a school year (离校清还): on the day
 * `clearanceDaysBeforeTermEnd` (14) before the school year's last term ends, each family of a
 * graduating pupil (`graduatingGrades`, grade 6) who still holds a book or owes a charge is told
 * privately what to return or pay by the term's last open day; each class teacher of a
 * graduating class gets the list of their class (or "all clear"); every librarian account the
 * school-wide report. Keys "clearance:<term>:…" and "clearance-report:<term>:…". Pupils marked
 * 离校 in a roster import are told by the import itself.
 */
export async function leavingClearance(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const day = today(lib);
  const window = clearanceWindow(lib, day);
  if (!window) return { date: day, term: null, enqueued: 0 };
  const { term, startsOn, returnBy } = window;
  if (!(startsOn > windowStart(lib, ctx) && startsOn <= day)) {
    return { date: day, term: term.name, startsOn, enqueued: 0 };
  }
  const grades = lib.policy.graduatingGrades;
  const deps = clearanceNoticeDeps(ctx.enqueue, ctx.defaultLocale);
  const told = await runTransaction(lib.db, async (tx) => {
    const owing = (await owingLeavers(tx, { grades })).filter((p) => !p.left);
    const classes = await findClassesOfGrades(tx, grades);
    const occasion = { keyPrefix: `clearance:${term.name}`, returnBy, classes };
    return {
      owing: owing.length,
      enqueued: await queueClearanceNotices(tx, lib, owing, occasion, deps),
    };
  });
  const report = await clearanceReport(lib, systemActor);
  const librarians = await bindingRecipients(lib.db, "librarian", ctx.defaultLocale);
  const reports = report.ok
    ? librarians.map((to) => ({
        dedupeKey: `clearance-report:${term.name}:${to.platform}:${to.chatId}`,
        platform: to.platform,
        chatId: to.chatId,
        kind: "report" as const,
        text: clearanceReportLines(to.locale, report.value).join("\n"),
      }))
    : [];
  return {
    date: day,
    term: term.name,
    returnBy,
    owing: told.owing,
    enqueued: told.enqueued + (await enqueueAll(lib, ctx, reports)),
  };
}
