import type { Actor } from "../../core/actor.ts";
import { renewAll, renewLoan } from "../../core/circulation/renew.ts";
import type { Renewed, RenewRefusal } from "../../core/circulation/renew.ts";
import { addDays } from "../../core/dates.ts";
import type { Result } from "../../core/result.ts";
import type { Library } from "../../core/library.ts";
import { choosePaged } from "../engine/paginate.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { familyInPrivate } from "./access.ts";
import { md } from "./format.ts";
import { renewRefusal } from "./renew-words.ts";

const ALL = "all";

interface ListedLoan {
  loanId: number;
  patronId: number;
  name: string;
  title: string;
  dueOn: string;
}

/** The renewal window and, per listed loan, the first day it may be renewed. */
function renewRule(lib: Library, loans: ListedLoan[]) {
  const days = lib.policy.renewWithinDays;
  const from: Record<string, string> = {};
  for (const l of loans) from[l.loanId] = addDays(l.dueOn, -days);
  return { days, from };
}

type Rule = ReturnType<typeof renewRule>;

function outcome(
  c: Conversation,
  loan: { loanId: number; title: string },
  r: Result<Renewed, RenewRefusal>,
  rule: Rule,
): string {
  if (r.ok) return c.t("reader_renew_done", { title: loan.title, due: md(r.value.dueOn) });
  const ctx = { renewWithinDays: rule.days, renewFrom: rule.from[loan.loanId] };
  return c.t("reader_renew_failed", { title: loan.title, reason: renewRefusal(c, r.code, ctx) });
}

/** Renews every open loan of each listed reader (one act) and says each result. */
async function renewEvery(
  c: Conversation,
  lib: Library,
  ctx: { actor: Actor; loans: ListedLoan[]; rule: Rule; named: boolean },
): Promise<void> {
  const patrons = [...new Map(ctx.loans.map((l) => [l.patronId, l.name])).entries()];
  const results = await c.act(async () => {
    const out = [];
    for (const [patronId, name] of patrons) {
      out.push({ name, result: await renewAll(lib, ctx.actor, patronId) });
    }
    return out;
  });
  const lines = [c.t("reader_renew_results")];
  for (const { name, result } of results) {
    const prefix = ctx.named ? `${name} · ` : "";
    if (!result.ok) {
      lines.push(prefix + renewRefusal(c, result.code, { renewWithinDays: ctx.rule.days }));
      continue;
    }
    for (const item of result.value) lines.push(prefix + outcome(c, item, item.result, ctx.rule));
  }
  c.say(lines.join("\n"));
}

/**
 * "续借 / renew": one menu of every open loan of the actor's readers (each loan first, so
 * "1" renews a single loan; "全部续借" last when there are several), then the new due date or
 * the refusal in words. Private chats only.
 */
export const renewDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat }) => {
    const family = await familyInPrivate(c, deps, { actor, chat }, "reader_private_renew");
    if (!family) return;
    const loans: ListedLoan[] = family.flatMap((p) =>
      p.loans.map((l) => ({ ...l, patronId: p.patronId, name: p.name })),
    );
    if (loans.length === 0) {
      c.say(c.t("reader_renew_none"));
      return;
    }
    const rule = await c.act(() => renewRule(deps.lib, loans));
    const named = family.length > 1;
    const choices = loans.map((l) => ({
      id: `l${l.loanId}`,
      label: c.t("reader_renew_label", {
        name: named ? l.name : "",
        title: l.title,
        due: md(l.dueOn),
      }),
    }));
    if (loans.length > 1) choices.push({ id: ALL, label: c.t("reader_renew_all") });
    const id = await choosePaged(c, c.t("reader_renew_prompt"), choices);
    const loan = loans.find((l) => `l${l.loanId}` === id);
    if (!loan) return renewEvery(c, deps.lib, { actor, loans, rule, named });
    const r = await c.act(() => renewLoan(deps.lib, actor, loan.loanId));
    c.say(outcome(c, loan, r, rule));
  };
