/** zh-CN texts of stocktake (盘点) and repair (待修). */
export const stockZh = {
  help_cmd_stock: "盘点 位置 / 盘点 结束 / 盘点 报告 — 清点一个位置的藏书；待修 条码 / 修好 条码",
  help_cmd_stock_duty: "盘点 — 值日时为进行中的盘点扫码；待修 条码 / 修好 条码",
  stock_private: "盘点和待修请在私聊中办理。",
  stock_sep: "；",
  // availability
  stock_hit_in_repair: (p: { n: number }) => `${p.n} 本待修`,
  stock_detail_in_repair: (p: { n: number }) => `待修：${p.n} 本（修好前不能借）`,
  desk_in_repair: (p: { barcode: string }) =>
    `${p.barcode} 正在待修，修好前不能借出。修好后发送“修好 ${p.barcode}”。`,
  // stocktake
  stock_no_locations: "馆藏还没有登记位置（馆藏地点），无法盘点。",
  stock_choose_location: "盘点哪个位置？",
  stock_start_not_librarian:
    "只有图书管理员能开始或结束盘点；值日的小管发送“盘点”为进行中的盘点扫码。",
  stock_start_unknown_location: (p: { location: string; locations: string }) =>
    `没有叫“${p.location}”的馆藏位置。` + (p.locations ? `现有位置：${p.locations}。` : ""),
  stock_started: (p: { location: string }) => `开始盘点：${p.location}。`,
  stock_resumed: (p: { location: string; scanned: number }) =>
    `${p.location} 的盘点正在进行（已扫 ${p.scanned} 本），继续扫码。`,
  stock_scan_prompt: (p: { location: string }) =>
    `请逐本扫描“${p.location}”书架上的条码（可以一次发多个，用空格隔开），全部扫完发送“完成”。`,
  stock_scan_next: "继续扫码，扫完发送“完成”。",
  stock_scanned: (p: { title: string; barcode: string; scanned: number }) =>
    `✓ ${p.barcode}《${p.title}》（已扫 ${p.scanned} 本）`,
  stock_scanned_again: (p: { title: string; barcode: string }) =>
    `${p.barcode}《${p.title}》已经扫过，不重复计数`,
  stock_scan_misplaced: (p: { location: string }) =>
    `⚠ 这本书属于“${p.location || "未登记位置"}”，放错了位置（错架）`,
  stock_scan_on_loan: "系统记录为借出，请办理还书",
  stock_scan_in_corner: "系统记录在班级图书角，请办理收回",
  stock_scan_unknown_copy: (p: { barcode: string }) => `✗ 条码 ${p.barcode} 不在馆藏中，请核对。`,
  stock_scan_not_desk_staff: "你现在不在值日时间，不能为盘点扫码。",
  stock_scan_not_open: "这次盘点已经结束，扫码没有记录。",
  stock_paused: (p: { location: string; fresh: number }) =>
    `本次扫了 ${p.fresh} 本。${p.location} 的盘点仍在进行，图书管理员结束后出报告。`,
  stock_paused_librarian: (p: { location: string; fresh: number }) =>
    `本次扫了 ${p.fresh} 本。${p.location} 的盘点仍在进行；全部扫完后发送“盘点 结束”出报告。`,
  stock_choose_open: "为哪个盘点扫码？",
  stock_none_open_at: (p: { location: string }) =>
    p.location ? `“${p.location}”没有进行中的盘点。` : "现在没有进行中的盘点。",
  stock_finish_not_librarian: "只有图书管理员能结束盘点。",
  stock_finish_not_open: "这次盘点已经结束了。",
  stock_report_not_librarian: "只有图书管理员能查看盘点报告。",
  stock_report_none: "还没有完成的盘点。发送“盘点 位置”开始一次。",
  stock_report_header: (p: { location: string }) => `盘点报告：${p.location}`,
  stock_report_counts: (p: {
    expected: number;
    found: number;
    missing: number;
    onLoan: number;
    setAside: number;
    misplaced: number;
  }) =>
    `应在此 ${p.expected} 本：扫到 ${p.found} 本，缺失 ${p.missing} 本，借出 ${p.onLoan} 本，另放（预约架、待修）${p.setAside} 本；错架 ${p.misplaced} 本。`,
  stock_report_missing: (p: { n: number }) => `缺失（未扫到、未借出）${p.n} 本：`,
  stock_report_misplaced: (p: { n: number }) => `错架（扫到了，但属于别的位置）${p.n} 本：`,
  stock_report_misplaced_book: (p: { barcode: string; title: string; location: string }) =>
    `· ${p.barcode}《${p.title}》→ 应放 ${p.location || "未登记位置"}`,
  stock_report_on_loan: (p: { n: number }) => `借出中 ${p.n} 本：`,
  stock_report_set_aside: (p: { n: number }) => `另放（预约架、待修）${p.n} 本：`,
  stock_report_scanned_on_loan: (p: { n: number }) => `扫到了但记录为借出（请办理还书）${p.n} 本：`,
  stock_report_book: (p: { barcode: string; title: string }) => `· ${p.barcode}《${p.title}》`,
  // repair
  stock_in_repair_header: (p: { n: number }) => `现在待修 ${p.n} 本：`,
  stock_in_repair_none: "现在没有待修的书。",
  stock_repair_off_duty: "只有图书管理员或值日中的小管能登记待修和修好。",
  stock_repair_ask: "请发送要登记的条码（可以多个，用空格隔开）。",
  stock_repair_done: (p: { title: string; barcode: string }) =>
    `已登记待修：${p.barcode}《${p.title}》，修好前不能借出。修好后发送“修好 ${p.barcode}”。`,
  stock_repair_in_repair: (p: { barcode: string }) => `${p.barcode} 已经在待修中。`,
  stock_repair_not_on_shelf: (p: { barcode: string; status: string }) =>
    `${p.barcode} 现在不在馆内（${p.status}），不能登记待修；请先办理还书或收回。`,
  stock_repair_unknown_copy: (p: { barcode: string }) => `✗ 条码 ${p.barcode} 不在馆藏中，请核对。`,
  stock_repair_not_desk_staff: (p: { barcode: string }) =>
    `只有图书管理员或值日中的小管能登记待修（${p.barcode} 未登记）。`,
  stock_repaired: (p: { title: string; barcode: string }) =>
    `已修好：${p.barcode}《${p.title}》，请放回书架。`,
  stock_repaired_hold: (p: { title: string; barcode: string }) =>
    `已修好：${p.barcode}《${p.title}》，有读者在预约，请放到预约架（已通知读者）。`,
  stock_repaired_not_in_repair: (p: { barcode: string }) => `${p.barcode} 不在待修中。`,
  stock_repaired_unknown_copy: (p: { barcode: string }) =>
    `✗ 条码 ${p.barcode} 不在馆藏中，请核对。`,
  stock_repaired_not_desk_staff: (p: { barcode: string }) =>
    `只有图书管理员或值日中的小管能登记修好（${p.barcode} 未登记）。`,
  stock_status_on_loan: "已借出",
  stock_status_in_corner: "在班级图书角",
  stock_status_on_hold_shelf: "在预约架上",
  stock_status_lost: "已丢失",
  stock_status_withdrawn: "已下架",
};
