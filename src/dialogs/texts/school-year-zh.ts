/** zh-CN texts of the school year's practices: leaving-school clearance (离校清还), class book corners. */
export const schoolYearZh = {
  clearance_not_librarian: "只有图书管理员能查看离校清还报告。",
  clearance_private: "离校清还报告会列出学生姓名，请在私聊中查看。",
  // notices and report lines (also sent by the scheduled job)
  push_clearance_family: (p: { name: string; className: string; returnBy: string | null }) =>
    p.returnBy
      ? `离校清还：${p.name}（${p.className} 班）即将离校，请在 ${p.returnBy} 前归还图书、结清赔偿：`
      : `离校清还：${p.name}（${p.className} 班）已离校，请尽快到图书馆归还图书、结清赔偿：`,
  push_clearance_loan: (p: { title: string; barcode: string }) =>
    `· 归还《${p.title}》（条码 ${p.barcode}）`,
  push_clearance_charge: (p: { title: string; lost: boolean; amount: string }) =>
    `· 赔偿《${p.title}》（${p.lost ? "丢失" : "损坏"}）${p.amount}`,
  push_clearance_family_footer: "已经还过或有疑问，请联系图书管理员。",
  push_clearance_teacher_header: (p: { returnBy: string | null }) =>
    p.returnBy ? `离校清还名单（请在 ${p.returnBy} 前清还）：` : "离校清还名单（已离校的学生）：",
  push_clearance_class: (p: { className: string; pupils: number }) =>
    p.pupils === 0 ? `${p.className} 班：已全部清还。` : `${p.className} 班：${p.pupils} 人未清还`,
  push_clearance_pupil: (p: { name: string; items: string }) => `· ${p.name}：${p.items}`,
  push_clearance_item_loan: (p: { title: string }) => `《${p.title}》未还`,
  push_clearance_item_charge: (p: { title: string; amount: string }) =>
    `《${p.title}》赔偿 ${p.amount}`,
  push_clearance_teacher_footer: "家长已收到私信提醒。发送“逾期”可查看全班借阅情况。",
  push_clearance_report_header: (p: {
    date: string;
    pupils: number;
    books: number;
    amount: string;
  }) => `离校清还报告（${p.date}）：${p.pupils} 人未清还，${p.books} 本书未还，赔偿 ${p.amount}。`,
  push_clearance_report_term: (p: { grades: string; term: string; returnBy: string }) =>
    `毕业年级（${p.grades} 年级）在 ${p.returnBy}（${p.term} 学期最后开馆日）前清还：`,
  push_clearance_report_grades: (p: { grades: string }) => `毕业年级（${p.grades} 年级）：`,
  push_clearance_report_class: (p: {
    className: string;
    pupils: number;
    books: number;
    amount: string;
  }) => `· ${p.className} 班：${p.pupils} 人，${p.books} 本，赔偿 ${p.amount}`,
  push_clearance_report_classes_none: "· 都已清还。",
  push_clearance_report_left: (p: { pupils: number }) => `已离校未清还：${p.pupils} 人`,
  push_clearance_report_left_pupil: (p: { name: string; className: string; items: string }) =>
    `· ${p.name}（${p.className}）：${p.items}`,

  // class book corners (集体借阅)
  corner_private: "图书角借还请在私聊中办理。",
  corner_not_desk_staff: "只有图书管理员和值日的小管能办理图书角借还。",
  corner_no_classes: "系统里还没有班级：请先导入读者名单。",
  corner_choose: "图书角（集体借阅）：",
  corner_choice_lend: "借给班级",
  corner_choice_return: "收回",
  corner_open_not_desk_staff: (_p: { className: string }) =>
    "只有图书管理员和值日的小管能办理图书角借还。",
  corner_open_unknown_class: (p: { className: string }) => `没有 ${p.className} 这个班级。`,
  corner_open_bad_date: (_p: { className: string }) =>
    "归还日期要写成 2027-01-08 这样，而且不能早于今天。",
  corner_open_no_term_end: (_p: { className: string }) =>
    "现在不在学期中，请写明归还日期，例如：图书角 3-2 2027-01-08",
  corner_lend_scan: (p: { className: string; dueOn: string }) =>
    `借给 ${p.className} 班图书角，${p.dueOn} 前归还，班主任负责。请逐条发送图书条码，发送“完成”结束：`,
  corner_scan_next: "下一本的条码（或“完成”）：",
  corner_lent: (p: { title: string; lent: number; className: string }) =>
    `✓《${p.title}》借给 ${p.className} 班图书角（本批 ${p.lent} 本）`,
  corner_lend_not_desk_staff: (_p: { barcode: string }) => "你现在不能办理图书角借还。",
  corner_lend_unknown_batch: (_p: { barcode: string }) => "这批图书角借阅已失效，请重新开始。",
  corner_lend_unknown_copy: (p: { barcode: string }) => `✗ 没有条码 ${p.barcode} 的书。`,
  corner_lend_reference_only: (p: { barcode: string }) => `✗ ${p.barcode} 是工具书，不外借。`,
  corner_lend_in_corner: (p: { barcode: string }) => `✗ ${p.barcode} 已在班级图书角。`,
  corner_lend_not_available: (p: { barcode: string }) =>
    `✗ ${p.barcode} 不在架上（已借出或为预约保留）。`,
  corner_lend_done: (p: { className: string; dueOn: string; lent: number }) =>
    `完成：这批共 ${p.lent} 本借给 ${p.className} 班图书角，${p.dueOn} 前归还，由班主任负责。`,
  corner_return_scan: "请逐条发送图书角图书的条码，发送“完成”结束：",
  corner_returned: (p: { title: string; className: string; stillOut: number }) =>
    `✓《${p.title}》已从 ${p.className} 班图书角收回（这批还有 ${p.stillOut} 本未还）`,
  corner_return_not_desk_staff: (_p: { barcode: string }) => "你现在不能办理图书角借还。",
  corner_return_unknown_copy: (p: { barcode: string }) => `✗ 没有条码 ${p.barcode} 的书。`,
  corner_return_not_in_corner: (p: { barcode: string }) => `✗ ${p.barcode} 不在班级图书角。`,
  corner_return_done: (p: { back: number }) => `完成：共收回 ${p.back} 本。`,
  corner_class_header: (p: { className: string; count: number }) =>
    `${p.className} 班图书角现有 ${p.count} 本集体借阅的书（班主任负责）：`,
  corner_class_book: (p: { title: string; barcode: string; dueOn: string }) =>
    `· 《${p.title}》（条码 ${p.barcode}）${p.dueOn} 前归还`,
  corner_class_none: (p: { className: string }) => `${p.className} 班图书角现在没有集体借阅的书。`,
  // class visits (到馆) and reading-room lessons (阅览课)
  visit_private: "到馆和阅览课请在私聊中登记。",
  visit_not_allowed: (_p: { className: string }) =>
    "只有班主任、值日的小管和图书管理员能登记到馆。",
  visit_unknown_class: (p: { className: string }) => `没有 ${p.className} 这个班级。`,
  visit_not_your_class: (p: { className: string }) => `你不是 ${p.className} 班的班主任。`,
  visit_already_recorded: (p: { className: string }) => `${p.className} 班今天已经登记过了。`,
  visit_recorded: (p: { className: string; on: string }) =>
    `已登记：${p.className} 班 ${p.on} 到馆借阅。`,
  visit_lesson_recorded: (p: { className: string; on: string }) =>
    `已登记：${p.className} 班 ${p.on} 阅览课。`,
  push_figures_visits: (p: { visits: number }) => `；本周到馆 ${p.visits} 次`,
  push_visit_missing: (p: { className: string }) =>
    `${p.className} 班本周还没有到图书馆借阅（计划每周不少于一次）。到馆后发送“到馆 ${p.className}”登记。`,
  push_corner_overdue: (p: { className: string; dueOn: string; out: number }) =>
    `班级图书角：${p.className} 班有 ${p.out} 本集体借阅的书 ${p.dueOn} 已到期，请组织学生整理归还图书馆。`,
  push_figures_corner: (p: { out: number; lent: number }) =>
    `；图书角现有 ${p.out} 本（本学期集体借阅 ${p.lent} 本）`,
};
