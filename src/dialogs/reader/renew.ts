import { renewLoan } from "../../core/circulation/renew.ts";
import type { RenewOutcome } from "../../core/circulation/renew.ts";
import type { RenewBlock } from "../../core/circulation/renewal-rule.ts";
import { choosePaged } from "../engine/paginate.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { familyInPrivate } from "./access.ts";
import { md } from "../month-day.ts";
import { renewRefusal } from "./renew-words.ts";

const ALL = "all";

interface ListedLoan {
  loanId: number;
  /** The reader's name when the family has several, else "". */
  name: string;
  title: string;
  dueOn: string;
  renewBlock: RenewBlock | null;
}

function outcome(c: Conversation, loan: ListedLoan, r: RenewOutcome): string {
  if (r.ok) return c.t("reader_renew_done", { title: loan.title, due: md(r.value.dueOn) });
  return c.t("reader_renew_failed", { title: loan.title, reason: renewRefusal(c, r) });
}

/** The loans the renewal rule refuses today, each with its reason, under one heading. */
function blockedLines(c: Conversation, loans: ListedLoan[]): string[] {
  const lines = loans.flatMap(({ name, title, renewBlock }) =>
    renewBlock
      ? [c.t("reader_renew_blocked_line", { name, title, reason: renewRefusal(c, renewBlock) })]
      : [],
  );
  return lines.length > 0 ? [c.t("reader_renew_blocked"), ...lines] : [];
}

/** Renews each offered loan (one act) and says each result. */
async function renewEvery(
  c: Conversation,
  deps: DialogDeps,
  ctx: { actor: Parameters<typeof renewLoan>[1]; loans: ListedLoan[] },
): Promise<void> {
  const results = await c.act(async () => {
    const out: RenewOutcome[] = [];
    for (const loan of ctx.loans) out.push(await renewLoan(deps.lib, ctx.actor, loan.loanId));
    return out;
  });
  const lines = ctx.loans.map((loan, i) => {
    const r = results[i];
    const prefix = loan.name ? `${loan.name} · ` : "";
    return r ? prefix + outcome(c, loan, r) : "";
  });
  c.say([c.t("reader_renew_results"), ...lines.filter(Boolean)].join("\n"));
}

/**
 * "续借 / renew": a menu of the loans the core's renewal rule allows today (each loan first,
 * so "1" renews a single loan; "全部续借" last when there are several), the others listed
 * above it with the rule's reason — the same answer 我的 shows — then the new due date or
 * the refusal in words. Private chats only.
 */
export const renewDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat }) => {
    const family = await familyInPrivate(c, deps, { actor, chat }, "reader_private_renew");
    if (!family) return;
    const named = family.length > 1;
    const loans: ListedLoan[] = family.flatMap((p) =>
      p.loans.map((l) => ({ ...l, name: named ? p.name : "" })),
    );
    if (loans.length === 0) {
      c.say(c.t("reader_renew_none"));
      return;
    }
    const open = loans.filter((l) => l.renewBlock === null);
    const blocked = blockedLines(c, loans);
    if (open.length === 0) {
      c.say([c.t("reader_renew_nothing_open"), ...blocked].join("\n"));
      return;
    }
    if (blocked.length > 0) c.say(blocked.join("\n"));
    const choices = open.map((l) => ({
      id: `l${l.loanId}`,
      label: c.t("reader_renew_label", { name: l.name, title: l.title, due: md(l.dueOn) }),
    }));
    if (open.length > 1) choices.push({ id: ALL, label: c.t("reader_renew_all") });
    const id = await choosePaged(c, c.t("reader_renew_prompt"), choices);
    const loan = open.find((l) => `l${l.loanId}` === id);
    if (!loan) return renewEvery(c, deps, { actor, loans: open });
    const r = await c.act(() => renewLoan(deps.lib, actor, loan.loanId));
    c.say(outcome(c, loan, r));
  };
