/** zh-CN texts of the monthly recognition (小小读书迷, 阳光管理员), sent by its job. */
export const recognitionZh = {
  push_reader_of_month_family: (p: {
    name: string;
    className: string;
    month: number;
    books: number;
  }) =>
    `🎉 ${p.name}（${p.className} 班）是 ${p.month} 月的小小读书迷：这个月还书 ${p.books} 本，全班最多。继续加油！`,
  push_reader_of_month_group_count: (p: {
    className: string;
    month: number;
    count: number;
    min: number;
  }) =>
    `${p.month} 月 ${p.className} 班有 ${p.count} 位同学借阅了 ${p.min} 本以上。小小读书迷的家长已收到私信，欢迎大家多来借书！`,
  push_reader_of_month_group_named: (p: {
    className: string;
    month: number;
    names: string;
    books: number;
    count: number;
    min: number;
  }) =>
    `${p.month} 月 ${p.className} 班小小读书迷：${p.names}（还书 ${p.books} 本）。全班有 ${p.count} 位同学借阅了 ${p.min} 本以上，欢迎大家多来借书！`,
  push_reader_of_month_teacher: (p: {
    className: string;
    month: number;
    names: string;
    books: number;
    count: number;
    min: number;
  }) =>
    `${p.month} 月 ${p.className} 班小小读书迷：${p.names}（还书 ${p.books} 本）；全班 ${p.count} 人借阅了 ${p.min} 本以上。`,
  push_sunshine_helper: (p: { name: string; month: number; shifts: number }) =>
    `☀️ ${p.name} 是 ${p.month} 月的阳光管理员：按时值日 ${p.shifts} 次，谢谢你为图书馆出力！`,
  push_recognition_report_header: (p: { month: number; min: number }) =>
    `${p.month} 月表彰（小小读书迷：全班还书最多且不少于 ${p.min} 本）：`,
  push_recognition_report_class: (p: {
    className: string;
    names: string;
    books: number;
    count: number;
  }) => `· ${p.className} 班：${p.names}（${p.books} 本；${p.count} 人达标）`,
  push_recognition_report_no_class: "· 没有同学达标。",
  push_recognition_report_helpers: (p: { names: string; shifts: number }) =>
    `阳光管理员：${p.names}（按时值日 ${p.shifts} 次）`,
  push_recognition_report_no_helper: "阳光管理员：本月没有值日记录。",
  push_recognition_report_privacy: (p: { named: boolean }): string =>
    p.named
      ? "班级群里公布了读书迷（姓名已隐去中间字）。"
      : "班级群只收到达标人数；读书迷的家长已收到私信。",
};
