// The words of 导出 (Excel exports in chat) in Chinese; export-en.ts must match.

export const exportZh = {
  help_cmd_stats_export:
    "统计 — 本周各班借阅统计；导出 — 逾期名单、统计、广播送达情况的 Excel 表格",
  help_cmd_export_class: "导出 — 本班逾期名单，发给你 Excel 表格",
  export_private: "导出的表格含学生姓名，请在私聊中发送“导出”。",
  export_not_allowed: "导出表格只供班主任和图书馆员使用。查看孩子的借阅请发送“我的”。",
  export_librarian_only: "这份表格只有图书馆员可以导出；班主任可以导出本班逾期名单。",
  export_pick: "导出哪一份表格？",
  export_kind_overdue: "逾期名单",
  export_kind_figures: "本周班级借阅统计",
  export_kind_broadcast: "广播送达情况",
  export_pick_broadcast: "导出哪一次广播的送达情况？",
  export_broadcast_choice: (p: { id: number; at: string; text: string }) =>
    `第 ${p.id} 号 ${p.at} ${p.text}`,
  export_no_broadcasts: "还没有发过广播。",
  export_no_such_broadcast: "没有这一号广播。",
  export_bad_date: "日期要写成 2026-09-07 这样。",
  export_nothing_overdue: "目前没有逾期未还的书。",
  export_too_large: "表格太大，不能在聊天中发送；请在服务器上运行 shuxiang export。",
  export_sent: (p: { what: string; rows: number }) => `${p.what}（${p.rows} 行）`,
};
