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
};
