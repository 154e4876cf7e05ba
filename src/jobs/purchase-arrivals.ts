import { purchaseArrivals } from "../core/purchase-arrivals.ts";
import { today } from "../core/library.ts";
import type { Library } from "../core/library.ts";
import type { JobContext, JobSummary } from "./context.ts";
import { t } from "../dialogs/texts/index.ts";

/**
 * Daily (with the activity notices, 08:00): a purchase request (荐购) whose book came in with a
 * catalogue import since it was asked for becomes a "new book" notice to its submitter,
 * privately and once (purchaseArrivals). A declined request is not followed up.
 */
export async function purchaseArrivalNotices(lib: Library, ctx: JobContext): Promise<JobSummary> {
  const r = await purchaseArrivals(lib, {
    enqueue: ctx.enqueue,
    defaultLocale: ctx.defaultLocale,
    render: (locale, notice) => t(locale, "push_purchase_arrived", notice),
  });
  return { date: today(lib), ...r };
}
