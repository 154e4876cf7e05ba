import { classFigures } from "../../core/reports/class-figures.ts";
import { overdueCountsByClass } from "../../core/reports/overdue-counts.ts";
import { termCurves } from "../../core/reports/term-curve.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { figuresPicture } from "../texts/figures-chart.ts";
import { byRank, figuresText } from "../texts/figures.ts";
import { isGroupChat } from "../intent.ts";
import { classNamed } from "./named-class-step.ts";

/**
 * 统计 (librarian and class teachers, private chat): this week's class borrowing figures, as
 * the Friday push has them — every class for the librarian, with today's overdue totals; a
 * teacher's own classes and the top three. 统计 3-1: that class and the top three, when the
 * librarian or its teacher asks; another class is refused with the reason. A teacher's classes
 * (or the named class) come with their chart as a picture, as class groups get it on Friday.
 * Counts only.
 */
export const statsDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat, args }) => {
    if (isGroupChat(chat, actor)) return c.say(c.t("stats_private"));
    const teacher = actor.classIds.length > 0;
    if (!actor.isLibrarian && !teacher) return c.say(c.t("stats_not_allowed"));
    const named = args.trim() ? await classNamed(c, deps, actor, args.trim()) : undefined;
    if (named === null) return;
    const figures = await c.act(() => classFigures(deps.lib, actor));
    if (!figures.ok) return c.say(c.t("stats_not_allowed"));
    const { week, classes } = figures.value;
    if (classes.length === 0) return c.say(c.t("stats_no_classes"));
    const all = byRank(classes);
    const shown = named ? [named.classId] : actor.classIds;
    const mine = actor.isLibrarian && !named ? "all" : all.filter((f) => shown.includes(f.classId));
    const text = figuresText(c.locale, week, all, mine);
    if (mine !== "all" && mine.length > 0) {
      const classIds = mine.map((f) => f.classId);
      const curves = await c.act(() => termCurves(deps.lib, actor, { classIds }));
      for (const f of mine) {
        const image = await figuresPicture(c.locale, week, all, f, curves.ok ? curves.value : null);
        c.picture(image, c.t("chart_caption", { className: f.className }));
      }
    }
    if (!actor.isLibrarian || named) return c.say(text);
    const overdue = await c.act(() => overdueCountsByClass(deps.lib, actor));
    const counts = overdue.ok ? overdue.value : [];
    const sum = (k: "pupils" | "items") => counts.reduce((n, x) => n + x[k], 0);
    const totals = { classes: counts.length, pupils: sum("pupils"), items: sum("items") };
    c.say([text, c.t("stats_overdue", totals)].join("\n\n"));
  };
