import type { ClassClearance } from "../../core/clearance/clearance-notices.ts";
import type { ClearanceReport } from "../../core/clearance/clearance-report.ts";
import type { LeaverDebt } from "../../core/clearance/leavers.ts";
import type { Locale } from "../../locale.ts";
import { yuan } from "../money.ts";
import { t } from "./index.ts";

/** What a pupil owes in one line: "《西游记》未还；《红楼梦》赔偿 ¥25.00". */
export function owedItems(locale: Locale, p: LeaverDebt): string {
  const sep = locale === "en" ? "; " : "；";
  return [
    ...p.loans.map((l) => t(locale, "push_clearance_item_loan", { title: l.title })),
    ...p.charges.map((c) =>
      t(locale, "push_clearance_item_charge", { title: c.title, amount: yuan(c.amountCents) }),
    ),
  ].join(sep);
}

/** The family's notice: what one pupil must return or pay before leaving. */
export function clearanceFamilyText(locale: Locale, p: LeaverDebt, returnBy: string | null) {
  return [
    t(locale, "push_clearance_family", { name: p.name, className: p.className ?? "", returnBy }),
    ...p.loans.map((l) => t(locale, "push_clearance_loan", l)),
    ...p.charges.map((c) =>
      t(locale, "push_clearance_charge", {
        title: c.title,
        lost: c.kind === "lost",
        amount: yuan(c.amountCents),
      }),
    ),
    t(locale, "push_clearance_family_footer"),
  ].join("\n");
}

/** A class teacher's list: each class, then each pupil who owes with what. */
export function clearanceTeacherText(
  locale: Locale,
  lists: readonly ClassClearance[],
  returnBy: string | null,
) {
  const lines = [t(locale, "push_clearance_teacher_header", { returnBy })];
  for (const list of lists) {
    lines.push(t(locale, "push_clearance_class", { ...list, pupils: list.pupils.length }));
    for (const p of list.pupils) {
      lines.push(t(locale, "push_clearance_pupil", { name: p.name, items: owedItems(locale, p) }));
    }
  }
  if (lists.some((l) => l.pupils.length > 0))
    lines.push(t(locale, "push_clearance_teacher_footer"));
  return lines.join("\n");
}

/** The librarian's school-wide report, one line each: totals, graduating classes, pupils who left. */
export function clearanceReportLines(locale: Locale, r: ClearanceReport): string[] {
  const { pupils, books, cents } = r.totals;
  const grades = r.grades.join(locale === "en" ? ", " : "、");
  const lines = [
    t(locale, "push_clearance_report_header", { date: r.date, pupils, books, amount: yuan(cents) }),
    r.term
      ? t(locale, "push_clearance_report_term", {
          grades,
          term: r.term.name,
          returnBy: r.term.returnBy,
        })
      : t(locale, "push_clearance_report_grades", { grades }),
  ];
  if (r.classes.length === 0) lines.push(t(locale, "push_clearance_report_classes_none"));
  for (const k of r.classes) {
    lines.push(t(locale, "push_clearance_report_class", { ...k, amount: yuan(k.cents) }));
  }
  if (r.left.length === 0) return lines;
  lines.push(t(locale, "push_clearance_report_left", { pupils: r.left.length }));
  for (const p of r.left) {
    const className = p.className ?? "";
    lines.push(
      t(locale, "push_clearance_report_left_pupil", {
        name: p.name,
        className,
        items: owedItems(locale, p),
      }),
    );
  }
  return lines;
}
