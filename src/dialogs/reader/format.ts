import type { TitleHit } from "../../core/catalog/hits.ts";
import type { HoldLine } from "../../core/reports/patron-summary.ts";
import { md } from "../month-day.ts";
import type { Conversation } from "../types.ts";

/** One line of a hit list: title — author · shelf · call number · location · grades. */
export function hitLine(c: Conversation, h: TitleHit): string {
  const shelf =
    h.copies === 0
      ? c.t("reader_hit_no_copies")
      : c.t("reader_hit_shelf", { onShelf: h.onShelf, copies: h.copies });
  const parts = [
    h.author ? `${h.title} — ${h.author}` : h.title,
    shelf,
    h.inRepair > 0 ? c.t("stock_hit_in_repair", { n: h.inRepair }) : "",
    h.onShelf === 0 && h.queued > 0 ? c.t("reader_hit_queued", { n: h.queued }) : "",
    h.callNumber,
    h.location,
    c.t("reader_grades", { min: h.gradeMin, max: h.gradeMax }),
    h.isReference ? c.t("reader_hit_reference") : "",
  ];
  return parts.filter(Boolean).join(" · ");
}

/** The details of a title, one fact a line. */
export function detailLines(c: Conversation, h: TitleHit): string[] {
  const year = h.year === null ? "" : String(h.year);
  const place = c.t("reader_detail_place", { callNumber: h.callNumber, location: h.location });
  return [
    c.t("reader_detail_title", { title: h.title, author: h.author }),
    h.publisher || year ? c.t("reader_detail_published", { publisher: h.publisher, year }) : "",
    h.isbn ? c.t("reader_detail_isbn", { isbn: h.isbn }) : "",
    place,
    c.t("reader_detail_shelf", { onShelf: h.onShelf, copies: h.copies, queued: h.queued }),
    h.inRepair > 0 ? c.t("stock_detail_in_repair", { n: h.inRepair }) : "",
    c.t("reader_detail_grades", {
      grades: c.t("reader_grades", { min: h.gradeMin, max: h.gradeMax }),
    }),
    h.isReference ? c.t("reader_detail_reference") : "",
    !h.isReference && h.onShelf > 0 ? c.t("reader_detail_come_borrow") : "",
  ].filter(Boolean);
}

/** A hold's state: its place in the queue, or ready with the last pickup day. */
export function holdState(c: Conversation, h: HoldLine): string {
  return h.status === "ready"
    ? c.t("reader_hold_ready", { pickupBy: md(h.pickupBy) })
    : c.t("reader_hold_queued", { position: h.position });
}
