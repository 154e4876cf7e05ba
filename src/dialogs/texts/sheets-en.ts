// The words of the .xlsx exports in English (the keys of sheets-zh.ts).
import type { SheetTexts } from "./sheets-zh.ts";

export const sheetsEn: SheetTexts = {
  fileName: { overdue: "overdue", figures: "class-figures", broadcast: "broadcast" },
  overdueSheet: "Overdue",
  overdueHeaders: ["Class", "Pupil", "Title", "Barcode", "Due", "Days late", "Level"],
  figuresSheet: "Class figures",
  figuresHeaders: [
    "Rank",
    "Class",
    "Pupils",
    "Loans this week",
    "Readers this week",
    "Loans this term",
    "Per pupil this term",
    "Term target per pupil",
    "On track",
    "Corner books in class",
    "Corner books lent this term",
    "Library visits this week",
  ],
  figuresWeek: (from, to) => `Week: ${from} to ${to}`,
  deliverySheet: "Delivery",
  deliveryHeaders: ["Platform", "Recipient", "Group", "Status", "Sent at", "Reason"],
  broadcastSheet: "Broadcast",
  broadcastFields: ["Number", "Sent", "Text", "Recipients", "Delivered", "Failed", "Not sent yet"],
  platforms: {},
  deliveryStatus: {},
  classGroup: (name) => `class group ${name}`,
  yes: "yes",
  no: "no",
};
