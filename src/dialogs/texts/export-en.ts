// The words of 导出 (Excel exports in chat) in English (the keys of export-zh.ts).
import type { exportZh } from "./export-zh.ts";

export const exportEn: typeof exportZh = {
  help_cmd_stats_export:
    "stats — this week's class figures; export — the overdue list, figures or a broadcast's delivery as Excel",
  help_cmd_export_class: "export — your class's overdue list as an Excel file",
  export_private: "Exports name pupils: please ask for one in a private chat.",
  export_not_allowed:
    "Exports are for class teachers and the librarian. To see your child's loans, send “mine”.",
  export_librarian_only:
    "Only the librarian can export that; class teachers can export their class's overdue list.",
  export_pick: "Which table would you like?",
  export_kind_overdue: "Overdue list",
  export_kind_figures: "This week's class figures",
  export_kind_broadcast: "Broadcast delivery",
  export_pick_broadcast: "Which broadcast's delivery?",
  export_broadcast_choice: (p) => `No. ${p.id} ${p.at} ${p.text}`,
  export_no_broadcasts: "No broadcast has been sent yet.",
  export_no_such_broadcast: "There is no such broadcast.",
  export_bad_date: "Write the date like 2026-09-07.",
  export_nothing_overdue: "No book is overdue just now.",
  export_too_large: "The table is too large to send in chat; run shuxiang export on the server.",
  export_sent: (p) => `${p.what} (${p.rows} rows)`,
};
