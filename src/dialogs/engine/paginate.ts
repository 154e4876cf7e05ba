import type { ChooseOptions, Conversation } from "../types.ts";
import type { Choice } from "../../messages.ts";

/** The id of the "next page" choice; dialog ids must not use it. */
export const NEXT_PAGE_ID = "_next";
const DONE_ID = "_done";

/** Cuts a list into pages of `pageSize` (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], pageSize: number): T[][] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error("pageSize must be ≥ 1");
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += pageSize) pages.push(items.slice(i, i + pageSize));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Shows a long list page by page: each page with "(page i/n)" and a 下一页/结束 menu. Text
 * typed instead falls through to the router (a new command or search), ending the dialog.
 */
export async function showPages(c: Conversation, lines: string[], pageSize = 20): Promise<void> {
  const pages = paginate(lines, pageSize);
  return showPagesOf(c, pages.length, (i) => pages[i] ?? []);
}

/**
 * Like `showPages` for a list whose pages are made as they are shown: `pageAt(i)` gives the
 * lines of page i (from 0) of `pageCount`, and may read through `act`, so a dialog keeps only
 * the pages it showed rather than every line of every page.
 */
export async function showPagesOf(
  c: Conversation,
  pageCount: number,
  pageAt: (page: number) => string[] | Promise<string[]>,
): Promise<void> {
  for (let i = 0; i < pageCount; i++) {
    c.say((await pageAt(i)).join("\n"));
    if (i === pageCount - 1) return;
    c.say(c.t("page_of", { page: i + 1, pages: pageCount }));
    const menu = [
      { id: NEXT_PAGE_ID, label: c.t("page_next") },
      { id: DONE_ID, label: c.t("page_done") },
    ];
    if ((await c.choose("", menu, { textFallthrough: true })) === DONE_ID) {
      c.say(c.t("page_closed"));
      return;
    }
  }
}

/**
 * A menu too long for one message: shows `pageSize` choices at a time plus 下一页 (wrapping to
 * the first page after the last) and resolves with the chosen id.
 */
export async function choosePaged(
  c: Conversation,
  prompt: string,
  choices: Choice[],
  pageSize = 8,
  opts: ChooseOptions = {},
): Promise<string> {
  const pages = paginate(choices, pageSize);
  return choosePages(c, prompt, pages.length, (i) => pages[i] ?? [], opts);
}

/**
 * Like `choosePaged` for a menu whose pages are made as they are shown: `pageAt(i)` gives page
 * i (from 0) of `pageCount`, and may read through `act`, so a dialog keeps only the pages it
 * showed rather than every entry of every page.
 */
export async function choosePages(
  c: Conversation,
  prompt: string,
  pageCount: number,
  pageAt: (page: number) => Choice[] | Promise<Choice[]>,
  opts: ChooseOptions = {},
): Promise<string> {
  const more = pageCount > 1;
  for (let i = 0; ; i = (i + 1) % pageCount) {
    const page = await pageAt(i);
    const header = more
      ? `${prompt}\n${c.t("page_of", { page: i + 1, pages: pageCount })}`
      : prompt;
    const menu = more ? [...page, { id: NEXT_PAGE_ID, label: c.t("page_next") }] : page;
    const id = await c.choose(header, menu, opts);
    if (id !== NEXT_PAGE_ID) return id;
  }
}
