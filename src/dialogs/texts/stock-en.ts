import type { stockZh } from "./stock-zh.ts";

/** en texts of stocktake and repair: the keys of stock-zh.ts. */
export const stockEn: { [K in keyof typeof stockZh]: (typeof stockZh)[K] } = {
  help_cmd_stock:
    "stocktake LOCATION / stocktake finish / stocktake report — count a location's books; repair BARCODE / repaired BARCODE",
  help_cmd_stock_duty:
    "stocktake — scan for the open stocktake while on duty; repair BARCODE / repaired BARCODE",
  stock_private: "Stocktakes and repairs are handled in a private chat.",
  stock_sep: "; ",
  stock_hit_in_repair: (p) => `${p.n} in repair`,
  stock_detail_in_repair: (p) => `In repair: ${p.n} (not lendable until repaired)`,
  desk_in_repair: (p) =>
    `${p.barcode} is in repair and cannot be lent until it is repaired. Then send "repaired ${p.barcode}".`,
  stock_no_locations:
    "No copy has a location (shelf or room) yet, so there is nothing to stocktake.",
  stock_choose_location: "Which location do you want to stocktake?",
  stock_start_not_librarian:
    'Only the librarian starts or finishes a stocktake; a student librarian on duty sends "stocktake" to scan for the open one.',
  stock_start_unknown_location: (p) =>
    `There is no location called "${p.location}".` +
    (p.locations ? ` Locations: ${p.locations}.` : ""),
  stock_started: (p) => `Stocktake of ${p.location} started.`,
  stock_resumed: (p) =>
    `The stocktake of ${p.location} is open (${p.scanned} scanned so far); carry on scanning.`,
  stock_scan_prompt: (p) =>
    `Scan each barcode on the shelves of "${p.location}" (several per message, separated by spaces); send "done" when finished.`,
  stock_scan_next: 'Keep scanning; send "done" when finished.',
  stock_scanned: (p) => `✓ ${p.barcode} "${p.title}" (${p.scanned} scanned)`,
  stock_scanned_again: (p) => `${p.barcode} "${p.title}" was already scanned; not counted twice`,
  stock_scan_misplaced: (p) => `⚠ this book belongs to "${p.location || "no location"}": misplaced`,
  stock_scan_on_loan: "the records say it is on loan: please check it in",
  stock_scan_in_corner: "the records say it is in a class corner: please take it back",
  stock_scan_unknown_copy: (p) =>
    `✗ Barcode ${p.barcode} is not in the catalogue. Please check it.`,
  stock_scan_not_desk_staff: "You are not on duty now, so you cannot scan for a stocktake.",
  stock_scan_not_open: "That stocktake has been finished; the scan was not recorded.",
  stock_paused: (p) =>
    `${p.fresh} scanned this time. The stocktake of ${p.location} stays open; the librarian finishes it and gets the report.`,
  stock_paused_librarian: (p) =>
    `${p.fresh} scanned this time. The stocktake of ${p.location} stays open; when everything is scanned, send "stocktake finish" for the report.`,
  stock_choose_open: "Which stocktake are you scanning for?",
  stock_none_open_at: (p) =>
    p.location ? `No stocktake is open at "${p.location}".` : "No stocktake is open now.",
  stock_finish_not_librarian: "Only the librarian can finish a stocktake.",
  stock_finish_not_open: "That stocktake has already been finished.",
  stock_report_not_librarian: "Only the librarian can see stocktake reports.",
  stock_report_none: 'No stocktake has been finished yet. Send "stocktake LOCATION" to start one.',
  stock_report_header: (p) => `Stocktake report: ${p.location}`,
  stock_report_counts: (p) =>
    `${p.expected} belong here: ${p.found} scanned, ${p.missing} missing, ${p.onLoan} on loan, ${p.setAside} set aside (hold shelf, repair); ${p.misplaced} misplaced.`,
  stock_report_missing: (p) => `Missing (not scanned, not on loan): ${p.n}`,
  stock_report_misplaced: (p) => `Misplaced (scanned here, belong elsewhere): ${p.n}`,
  stock_report_misplaced_book: (p) =>
    `· ${p.barcode} "${p.title}" → belongs to ${p.location || "no location"}`,
  stock_report_on_loan: (p) => `On loan: ${p.n}`,
  stock_report_set_aside: (p) => `Set aside (hold shelf, repair): ${p.n}`,
  stock_report_scanned_on_loan: (p) => `Scanned but recorded as on loan (check them in): ${p.n}`,
  stock_report_book: (p) => `· ${p.barcode} "${p.title}"`,
  stock_in_repair_header: (p) => `In repair now: ${p.n}`,
  stock_in_repair_none: "No book is in repair now.",
  stock_repair_off_duty:
    "Only the librarian or a student librarian on duty can send books to repair or mark them repaired.",
  stock_repair_ask: "Send the barcode(s) (several separated by spaces).",
  stock_repair_done: (p) =>
    `In repair: ${p.barcode} "${p.title}"; it cannot be lent until repaired. Then send "repaired ${p.barcode}".`,
  stock_repair_in_repair: (p) => `${p.barcode} is already in repair.`,
  stock_repair_not_on_shelf: (p) =>
    `${p.barcode} is not in the library now (${p.status}), so it cannot go to repair; check it in or take it back first.`,
  stock_repair_unknown_copy: (p) =>
    `✗ Barcode ${p.barcode} is not in the catalogue. Please check it.`,
  stock_repair_not_desk_staff: (p) =>
    `Only the librarian or a student librarian on duty can send books to repair (${p.barcode} not recorded).`,
  stock_repaired: (p) => `Repaired: ${p.barcode} "${p.title}"; put it back on the shelf.`,
  stock_repaired_hold: (p) =>
    `Repaired: ${p.barcode} "${p.title}"; a reader is waiting, so put it on the hold shelf (the reader has been told).`,
  stock_repaired_not_in_repair: (p) => `${p.barcode} is not in repair.`,
  stock_repaired_unknown_copy: (p) =>
    `✗ Barcode ${p.barcode} is not in the catalogue. Please check it.`,
  stock_repaired_not_desk_staff: (p) =>
    `Only the librarian or a student librarian on duty can mark books repaired (${p.barcode} not recorded).`,
  stock_status_on_loan: "on loan",
  stock_status_in_corner: "in a class corner",
  stock_status_on_hold_shelf: "on the hold shelf",
  stock_status_lost: "lost",
  stock_status_withdrawn: "withdrawn",
};
