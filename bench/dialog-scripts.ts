import { systemActor } from "../src/core/actor.ts";
import { searchTitles } from "../src/core/catalog/search.ts";
import type { Library } from "../src/core/library.ts";
import { cloneDemoMember } from "./chat-members.ts";

/** One message of a script and what it exercises (the per-step figures are keyed by it). */
export interface Step {
  text: string;
  label: string;
}

/** A simulated private chat: a bench member and the script it repeats. */
export interface Chat {
  userId: string;
  script: Step[];
}

const step = (text: string, label: string): Step => ({ text, label });

/**
 * What each chat says, one cycle. Parents: search by initials, open a hit, search Chinese words
 * and an ISBN (typed under the open menu, so they fall through to new searches), 我的, renew
 * the first loan, reserve a title for the first child. Teachers: the class's overdue list,
 * a search by author, a hit's details, a pinyin search. Every cycle ends its dialogs, so the
 * next cycle starts from no waiting dialog.
 */
export function scripts(isbn: string): { parent: Step[]; teacher: Step[] } {
  return {
    parent: [
      step("xyj", "search initials"),
      step("1", "search → details"),
      step("西游", "search words (under a menu)"),
      step(isbn, "search ISBN (under a menu)"),
      step("我的", "mine"),
      step("续借", "renew → menu"),
      step("1", "renew → one loan"),
      step("预约 夏洛的网", "reserve → search"),
      step("1", "reserve → which child"),
      step("1", "reserve → place hold"),
    ],
    teacher: [
      step("逾期", "overdue (class list)"),
      step("曹文轩", "search author"),
      step("1", "search → details"),
      step("xiaoxiong", "search pinyin (under a menu)"),
    ],
  };
}

async function isbnOf(lib: Library, title: string): Promise<string> {
  const r = await searchTitles(lib, systemActor, title, { limit: 1 });
  const isbn = r.ok ? r.value.hits[0]?.isbn : null;
  if (!isbn) throw new Error(`the bench school has no ISBN for ${title}`);
  return isbn;
}

/** Bench members bound like demo-parent and demo-teacher, each with its script. */
export async function makeChats(
  lib: Library,
  counts: { parents: number; teachers: number },
): Promise<Chat[]> {
  const s = scripts(await isbnOf(lib, "西游记"));
  const parents = await cloneDemoMember(lib, "parent", counts.parents);
  const teachers = await cloneDemoMember(lib, "teacher", counts.teachers);
  return [
    ...parents.map((userId) => ({ userId, script: s.parent })),
    ...teachers.map((userId) => ({ userId, script: s.teacher })),
  ];
}
