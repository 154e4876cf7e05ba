/** Library cards and charges for lost or damaged books at the desk (en). */
export const cardDeskEn = {
  // cards (lostcard, reissue, confiscate, returncard, issuecards)
  card_lost_private: "Please report a lost card in a private chat.",
  card_lost_which: "Whose card is lost?",
  card_lost_confirm: (p: { name: string }) =>
    `Report ${p.name}'s card as lost? It stops working at once; books on loan are not affected.`,
  card_lost_yes: "Report it lost",
  card_lost_no: "Don't",
  card_lost_done: (p: { name: string }) =>
    `${p.name}'s card is reported lost and the librarian has been told. Ask at the library for a new card; books on loan are due as before.`,
  card_lost_card_not_issued: (p: { name: string }) =>
    `${p.name}'s card has not been issued yet; nothing to report.`,
  card_lost_card_left: (p: { name: string }) => `${p.name}'s card is closed; nothing to report.`,
  card_lost_already_lost: (p: { name: string }) =>
    `${p.name}'s card is already reported lost; ask at the library for a new one.`,
  card_lost_card_confiscated: (p: { name: string }) =>
    `${p.name}'s card is held by the library; ask the librarian to return it.`,
  card_desk_private: "Please handle cards in a private chat.",
  card_desk_ask_card: "Send the card number:",
  card_desk_not_librarian: "Only the librarian handles cards.",
  card_desk_unknown_card: "There is no card with that number.",
  card_desk_card_not_issued:
    "This card has not been issued yet; to issue a class's cards send “issuecards CLASS”.",
  card_desk_card_left: "This reader has left the school; the card is closed.",
  card_desk_bad_number:
    "The new number must not be empty or contain spaces (at most 32 characters).",
  card_desk_number_taken: "That new number is taken; please pick another.",
  card_desk_already_confiscated: "This card is already held by the library.",
  card_desk_not_confiscated: "This card is not held by the library; nothing to return.",
  card_state_active: "may borrow",
  card_state_suspended: "suspended until the late books are back",
  card_reissued: (p: { name: string; cardNumber: string; state: string }) =>
    `New card for ${p.name}: ${p.cardNumber} (${p.state}). Loans and history moved to it; the old number no longer works.`,
  card_confiscated: (p: { name: string; cardNumber: string }) =>
    `${p.name}'s card ${p.cardNumber} is now held by the library: no loans until it is returned.`,
  card_returned: (p: { name: string; cardNumber: string; state: string }) =>
    `Card ${p.cardNumber} returned to ${p.name} (${p.state}).`,
  card_issue_ask_class: "Issue cards for which class? For example 1-1:",
  card_issue_unknown_class: (p: { className: string }) => `There is no class “${p.className}”.`,
  card_issue_none_to_issue: (p: { className: string }) =>
    `Class ${p.className} has no cards waiting to be issued.`,
  card_issue_done: (p: { className: string; issued: number }) =>
    `${p.issued} card(s) issued for class ${p.className}; they may borrow now.`,
  desk_limit_reached: (p: { max: number }) =>
    `This reader already has ${p.max} book(s) out. A book must come back first.`,
  desk_not_available:
    "This book cannot be lent now (on loan, lost or withdrawn). If it is in your hands, return it first.",
  desk_held_for_other:
    "This copy is set aside for another reader's hold and cannot go to this reader; put it back on the hold shelf.",
  desk_not_on_loan: (p: { barcode: string }) =>
    `The book ${p.barcode} is not on loan, so there is nothing to return; put it back on the shelf.`,
  // lost and damaged books, charges (librarian)
  charge_librarian_only: "Only the librarian can record lost or damaged books and charges.",
  charge_ask_barcode_lost:
    "Scan the barcode of the lost book (an amount may follow it, e.g. “lost A0001 25”):",
  charge_ask_barcode_damaged:
    "Scan the barcode of the damaged book (an amount may follow it, e.g. “damaged A0001 12.5”):",
  charge_bad_amount: (p: { text: string }) =>
    `“${p.text}” is not an amount. Write it in yuan, e.g. 12 or 12.5; 0 when it can be repaired for free.`,
  charge_not_on_loan: (p: { barcode: string }) =>
    `The book with barcode ${p.barcode} is not on loan, so it cannot be charged to a reader. Withdraw a book damaged on the shelf instead.`,
  charge_lost_done: (p: { title: string; amount: string; id: number }) =>
    `Recorded as lost: “${p.title}”, to be paid: ${p.amount} (charge #${p.id}). Send “charges” once it is paid or waived.`,
  charge_lost_free: (p: { title: string }) => `Recorded as lost: “${p.title}”, no charge.`,
  charge_ask_amount:
    "This book has no list price. How much is to be paid (yuan, e.g. 25; 0 for no charge)?",
  charge_damaged_done: (p: { title: string; amount: string; id: number }) =>
    `Recorded as damaged: “${p.title}”, charge ${p.amount} (charge #${p.id}). Send “charges” once it is paid or waived.`,
  charge_damaged_free: (p: { title: string }) =>
    `Recorded as damaged: “${p.title}”, repairable, no charge.`,
  charges_none: "No open charges.",
  charges_pick: (p: { count: number }) =>
    `${p.count} open charge(s). Pick one to record it as paid or waived:`,
  charges_label: (p: {
    id: number;
    name: string;
    className: string;
    title: string;
    amount: string;
    lost: boolean;
  }) =>
    `#${p.id} ${p.name}${p.className ? ` (${p.className})` : ""} “${p.title}” ${p.lost ? "lost" : "damaged"} ${p.amount}`,
  charges_settle: (p: { label: string }) => `${p.label}\nPaid, or waived?`,
  charges_paid_choice: "Paid",
  charges_waive_choice: "Waive",
  charges_back_choice: "Back",
  charges_paid: (p: { id: number }) => `Charge #${p.id} recorded as paid.`,
  charges_waived: (p: { id: number }) => `Charge #${p.id} recorded as waived.`,
  charges_not_open: (p: { id: number }) => `Charge #${p.id} was already settled; nothing changed.`,
};
