import type { TitleHit } from "../../core/catalog/hits.ts";
import { titleHits } from "../../core/catalog/search.ts";
import { whatsNew } from "../../core/catalog/whats-new.ts";
import { paginate, showPagesOf } from "../engine/paginate.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { hitLine } from "./format.ts";

/** Titles "新书" lists at most. */
const MAX_NEW = 50;
const PER_PAGE = 10;

/** A title's line, bulleted, marked when it is a librarian's pick. */
const linesOf = (c: Conversation, hits: TitleHit[], picks: readonly number[]) =>
  hits.map((h) =>
    c.t("reader_new_line", { recommended: picks.includes(h.titleId), line: hitLine(c, h) }),
  );

/**
 * "新书 / new": titles added lately, librarian picks first, filtered by whatsNew to the
 * grades of the actor's pupils (a class group: its linked class's grade), ten a page. Lines
 * are bulleted, not numbered, so they never clash with the page menu's 1/2; the librarian's
 * picks carry a mark.
 * Nothing personal is shown, so groups get it too. The dialog keeps the listed ids and the
 * first page's lines; a later page is read when it is shown.
 */
export const newDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor }) => {
    const news = await c.act(async () => {
      const page = await whatsNew(deps.lib, actor, { limit: MAX_NEW });
      const ids = page.hits.map((h) => h.titleId);
      const picks = page.recommendedIds.filter((id) => ids.includes(id));
      const firstLines = linesOf(c, page.hits.slice(0, PER_PAGE), picks);
      return { total: page.total, days: deps.lib.policy.newTitleDays, ids, picks, firstLines };
    });
    const { total, days, ids, picks } = news;
    if (ids.length === 0) {
      c.say(c.t("reader_new_none", { days }));
      return;
    }
    c.say(c.t("reader_new_header", { days, total, shown: ids.length }));
    const pages = paginate(ids, PER_PAGE);
    await showPagesOf(c, pages.length, (i) =>
      i === 0
        ? news.firstLines
        : c.act(async () => linesOf(c, await titleHits(deps.lib, actor, pages[i] ?? []), picks)),
    );
  };
