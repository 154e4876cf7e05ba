import { actorFor } from "../../../src/core/bindings/actor.ts";
import type { Actor } from "../../../src/core/actor.ts";
import { demoPlatform, demoUserIds } from "../../../src/demo/members.ts";
import type { DemoRole } from "../../../src/demo/members.ts";
import type { Inbound, Reply } from "../../../src/messages.ts";
import { appended, snapshot } from "./db-snapshot.ts";
import type { Step } from "./inputs.ts";
import { replyViolations } from "./reply-checks.ts";
import type { FuzzSchool } from "./school-facts.ts";
import { scopeViolations } from "./scope.ts";
import type { RunScope } from "./scope.ts";

/** Who is fuzzed: a demo member, an account with no binding, or the linked class group. */
export type FuzzRole = DemoRole | "unbound" | "group";

type Menu = { menuId: string; choices: { id: string }[] };

/** Shortens long strings so a failing run can be printed. */
export function describeSteps(steps: Step[]): string {
  return JSON.stringify(steps, (_k, v: unknown) =>
    typeof v === "string" && v.length > 60 ? `${v.slice(0, 30)}…(${v.length} chars)` : v,
  );
}

function describeError(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { message?: string } };
  const cause = err?.cause?.message ? ` (cause: ${err.cause.message.slice(0, 300)})` : "";
  return `${err?.name ?? "Error"}: ${err?.message ?? String(e)}${cause}`;
}

/** The Inbound of a step, given the menus seen so far (null: nothing to press yet). */
function inboundOf(step: Step, base: Inbound, menus: Menu[], last: Menu | undefined): Inbound {
  const pick = (m: Menu | undefined, n: number) => {
    const choice = m?.choices[n % m.choices.length];
    return m && choice ? { ...base, choice: { menuId: m.menuId, id: choice.id } } : null;
  };
  switch (step.kind) {
    case "text":
      return { ...base, text: step.text };
    case "forged":
      return { ...base, choice: { menuId: step.menuId, id: step.id } };
    case "press":
      return pick(last, step.choice) ?? { ...base, text: String(step.choice + 1) };
    case "replay":
      return pick(menus[step.menu % Math.max(1, menus.length)], step.choice) ?? base;
  }
}

/** Patrons and copies whose card or barcode a run typed (what the desk may act on). */
async function namedThings(school: FuzzSchool, texts: string[]) {
  const tokens = new Set<string>();
  for (const text of texts) {
    for (const token of text.normalize("NFKC").split(/\s+/)) {
      // Cards and barcodes are short and well-formed (Prisma cannot send a lone surrogate, and
      // PostgreSQL refuses a NUL even in a query's argument).
      if (token && token.length <= 40 && !/\p{Cs}/u.test(token) && !token.includes("\u0000")) {
        tokens.add(token).add(token.toUpperCase());
      }
    }
  }
  const list = [...tokens].slice(0, 500);
  const db = school.lib.db;
  const patrons = await db.patron.findMany({
    where: { cardNumber: { in: list } },
    select: { id: true },
  });
  const copies = await db.copy.findMany({ where: { barcode: { in: list } }, select: { id: true } });
  return {
    namedPatrons: new Set(patrons.map((p) => p.id)),
    namedCopies: new Set(copies.map((c) => c.id)),
  };
}

async function memberOf(school: FuzzSchool, userId: string) {
  const where = { platform_userId: { platform: demoPlatform, userId } };
  const row = await school.lib.db.chatMember.findUnique({ where, select: { id: true } });
  const actor = await actorFor(school.lib, { platform: demoPlatform, userId });
  return { id: row?.id, actor };
}

/** The scope of a run from the actors before and after it (a run may bind a new child). */
async function runScope(
  school: FuzzSchool,
  ctx: { group: boolean; users: string[]; before: Actor[]; texts: string[] },
): Promise<RunScope> {
  const after = await Promise.all(ctx.users.map((u) => memberOf(school, u)));
  const actors = [...ctx.before, ...after.map((m) => m.actor)];
  const memberIds = after.flatMap((m) => (m.id === undefined ? [] : [m.id]));
  const linkers = ctx.group
    ? after.flatMap((m) =>
        m.id !== undefined && m.actor.classIds.length > 0
          ? [{ memberId: m.id, classIds: m.actor.classIds }]
          : [],
      )
    : [];
  return {
    memberIds,
    patrons: new Set(ctx.group ? [] : actors.flatMap((a) => a.patronIds)),
    desk: !ctx.group && actors.some((a) => a.isLibrarian || a.isStudentLibrarian),
    librarian: !ctx.group && actors.some((a) => a.isLibrarian),
    ...(await namedThings(school, ctx.texts)),
    group: ctx.group,
    linkers,
  };
}

/** The chat a run talks in: who may speak and where. */
interface Chat {
  group: boolean;
  users: string[];
  chatOf: (userId: string) => string;
}

/** Sends the steps one by one; returns the reply violations and the texts typed. */
async function play(school: FuzzSchool, chat: Chat, steps: Step[]) {
  const violations: string[] = [];
  const menus: Menu[] = [];
  const lastMenu = new Map<string, Menu>();
  const texts: string[] = [];
  for (const [i, step] of steps.entries()) {
    const userId = chat.users[step.sender % chat.users.length] ?? "";
    const base: Inbound = {
      platform: demoPlatform,
      chatId: chat.chatOf(userId),
      userId,
      isGroup: chat.group,
    };
    if (chat.group) base.mentioned = step.mentioned;
    const inbound = inboundOf(step, base, menus, lastMenu.get(userId));
    if (inbound.text !== undefined) texts.push(inbound.text);
    let replies: Reply[];
    try {
      replies = await school.bot.handle(inbound);
    } catch (e) {
      violations.push(`step ${i + 1} threw ${describeError(e)}`);
      continue;
    }
    const ctx = { group: chat.group, pupilNames: school.facts.pupilNames, typed: texts.join("\n") };
    violations.push(...replyViolations(replies, ctx).map((v) => `step ${i + 1}: ${v}`));
    for (const r of replies) {
      if (!r.choices || !r.menuId) continue;
      // 上一步 / 取消 beside a menu are pressed like its choices.
      const menu = { menuId: r.menuId, choices: [...r.choices, ...(r.controls ?? [])] };
      menus.push(menu);
      lastMenu.set(userId, menu);
    }
  }
  return { violations, texts };
}

/**
 * Plays one run of steps as `role` through `Bot.handle` and returns every violated property:
 * an exception (a DialogError included), a malformed or too long reply, a group reply naming a
 * pupil or showing an overdue list, or a database write outside the actor's scope. The chat's
 * waiting dialog is dropped first, so a run depends only on its steps and the database.
 */
export async function runSteps(
  school: FuzzSchool,
  role: FuzzRole,
  steps: Step[],
  unboundId: string,
): Promise<string[]> {
  const { lib, facts } = school;
  const group = role === "group";
  const users = group ? facts.groupSenders : [role === "unbound" ? unboundId : demoUserIds[role]];
  const chatOf = (userId: string) => (group ? facts.group.chatId : userId);
  await lib.db.dialogSession.deleteMany({ where: { chatId: { in: users.map(chatOf) } } });
  const who = (userId: string) => ({ platform: demoPlatform, userId });
  const before = await Promise.all(users.map((u) => actorFor(lib, who(u))));
  const was = await snapshot(lib.db);
  const { violations, texts } = await play(school, { group, users, chatOf }, steps);
  const now = await snapshot(lib.db);
  const added = await appended(lib.db, was.maxIds);
  const scope = await runScope(school, { group, users, before, texts });
  return [...violations, ...scopeViolations(scope, was, now, added)];
}
