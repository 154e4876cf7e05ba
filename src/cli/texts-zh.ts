// The admin CLI's words in Chinese: the table that defines every key (texts-en.ts must match).
// Chat texts live in src/dialogs/texts; these are for the librarian at a terminal.
import type { JobName } from "../jobs/registry.ts";

const list = (items: readonly string[]) => items.join("、");

/** Import keys (src/core/imports/headers.ts) as a librarian names the columns. */
const columns: Record<string, string> = {
  barcode: "条码",
  isbn: "ISBN",
  title: "题名",
  author: "责任者",
  publisher: "出版社",
  year: "出版年",
  clc: "分类号",
  call_number: "索书号",
  price: "价格",
  location: "馆藏地点",
  grade_min: "最低年级",
  grade_max: "最高年级",
  grade_range: "适读年级",
  reference: "工具书",
  recommended: "推荐",
  added_at: "入藏日期",
  card_number: "借书证号",
  name: "姓名",
  role: "身份",
  grade: "年级",
  class: "班级",
  head_of: "班主任班级",
  card_status: "借书证状态",
  student_librarian: "小管",
  kind: "类型",
  weekday: "星期",
  start: "开始时间",
  end: "结束时间",
  weeks: "周次",
  grades: "开放年级",
};
const col = (key: string | undefined) => (key ? (columns[key] ?? key) : "某一列");
/** What a column takes, said after "看不懂" so the librarian can fix the cell. */
const expected: Record<string, string> = {
  card_status: "应为 已发放、未发放 或 离校",
  student_librarian: "应为 是 或 否，只有学生能当小管",
  kind: "应为 借阅时段、年级开放日 或 值日",
  weekday: "应为 1–7 或 周一到周日",
  start: "应为 08:00 这样的时间",
  end: "应为 08:40 这样的时间，并且晚于开始时间",
  weeks: "应为 每周、单周 或 双周",
};
const quoted = (value: string | undefined) => (value ? `「${value}」` : "");

export const zh = {
  commaList: list,
  column: col,
  // the frame
  usageLine: (usage: string) => `用法：${usage}`,
  helpHint: (name: string) => `运行 shuxiang ${name} --help 查看用法。`,
  unknownCommand: (name: string) => `没有「${name}」这个命令。`,
  badLang: (value: string) => `--lang 只能是 zh 或 en，不能是「${value}」。`,
  unknownOption: (option: string) => `不认识的选项 ${option}。`,
  missingOptionValue: (option: string) => `选项 ${option} 后面要跟一个值。`,
  extraArgument: (arg: string) => `多了一个参数「${arg}」。`,
  wholeNumber: (flag: string, value: string) => `${flag} 要填一个整数，不能是「${value}」。`,
  // import
  importKinds: { catalog: "馆藏目录", roster: "读者名单", rota: "排班表" } as Record<
    "catalog" | "roster" | "rota",
    string
  >,
  importUsage: "请写明导入什么和哪个文件，例如：shuxiang import roster 名单.csv",
  importDone: (kind: string, inserted: number, updated: number, bad: number) =>
    `${kind}导入完成：新增 ${inserted} 条，更新 ${updated} 条` +
    (bad > 0 ? `，有 ${bad} 行有问题，已跳过：` : "。"),
  importDryRun: (kind: string, inserted: number, updated: number, bad: number) =>
    `试运行，什么也没有写入。正式导入这份${kind}将会新增 ${inserted} 条，更新 ${updated} 条` +
    (bad > 0 ? `；有 ${bad} 行有问题，会被跳过：` : "。"),
  importProgress: (done: number, total: number) => `已处理 ${done} / ${total} 行…`,
  leaversOwing: (n: number, dryRun: boolean) =>
    `注意：${n} 名离校学生还有书未还或赔偿未结清` +
    (dryRun ? "：" : "（新标记离校的，已私信通知家长和班主任）："),
  leaverOwes: (name: string, className: string, items: string) =>
    `· ${name}（${className}）：${items}`,
  rowProblem: (line: number, problem: string) => `第 ${line} 行：${problem}`,
  existingClasses: (names: readonly string[]) =>
    names.length > 0 ? `现有班级：${list(names)}` : "系统里还没有任何班级：请先导入读者名单。",
  reasons: {
    missing_value: (c?: string) => `缺少${col(c)}`,
    bad_isbn: (_c?: string, v?: string) => `ISBN${quoted(v)}不正确（应为 10 位或 13 位书号）`,
    bad_number: (c?: string, v?: string) => `${col(c)}${quoted(v)}应为数字`,
    bad_date: (c?: string, v?: string) => `${col(c)}${quoted(v)}不是日期（例如 2026-09-01）`,
    bad_grade: (c?: string, v?: string) => `${col(c)}${quoted(v)}不是年级（例如 3、三年级 或 3-6）`,
    bad_class: (c?: string, v?: string) => `${col(c)}${quoted(v)}看不懂（例如 3-2 或 3年2班）`,
    bad_value: (c?: string, v?: string) =>
      `${col(c)}${quoted(v)}看不懂` + (c && expected[c] ? `（${expected[c]}）` : ""),
    unknown_class: (c?: string, v?: string) =>
      c === "head_of"
        ? `班主任班级${quoted(v)}不存在（名单里和系统里都没有这个班的学生）`
        : `班级${quoted(v)}不存在`,
    unknown_role: (_c?: string, v?: string) => `身份${quoted(v)}看不懂（应为 学生 或 教师）`,
    unknown_card_number: (_c?: string, v?: string) =>
      `借书证号${quoted(v)}不存在（请先导入读者名单）`,
    duplicate_barcode: (_c?: string, v?: string) => `条码${quoted(v)}与前面的行重复`,
    duplicate_card_number: (_c?: string, v?: string) => `借书证号${quoted(v)}与前面的行重复`,
    duplicate_entry: () => "与前面的行重复",
  },
  nothingImported: "没有导入任何数据。",
  missingColumn: (file: string, keys: readonly string[]) =>
    `${file}：缺少「${list(keys.map(col))}」列。`,
  unreadable: {
    not_found: (file: string) => `找不到文件 ${file}。`,
    not_csv_or_xlsx: (file: string) =>
      `${file} 不是 CSV 或 .xlsx 文件（旧的 .xls 请在 Excel 里另存为 .xlsx）。`,
    bad_csv: (file: string, why: string) => `${file} 的 CSV 格式有误：${why}`,
    corrupt_xlsx: (file: string) => `${file} 这个 .xlsx 文件已损坏，打不开。`,
    empty: (file: string) => `${file} 是空的。`,
  },
  // jobs
  jobNames: {
    "daily-reminders": "每日到期提醒",
    "hold-notices": "预约到书通知",
    "weekly-rota": "每周排班",
    "weekly-overdue": "每周逾期名单",
    "weekly-figures": "每周班级借阅统计",
    "activity-notices": "活动通知",
    "term-end-recall": "期末催还",
    "leaving-clearance": "离校清还",
    "corner-overdue": "图书角到期提醒",
    "visit-reminder": "每周到馆提醒",
    "broadcast-report": "广播送达报告",
    "nightly-backup": "每晚备份",
    "purchase-arrivals": "荐购到书通知",
    "monthly-recognition": "每月表彰（小小读书迷、阳光管理员）",
  } satisfies Record<JobName, string> as Record<string, string>,
  jobsUsage: "用法：shuxiang jobs list 或 shuxiang jobs run 任务名 [--at 时间]",
  whichJob: (names: readonly string[]) => `请写明运行哪个任务。可用的任务：${list(names)}`,
  unknownJob: (name: string, names: readonly string[]) =>
    `没有「${name}」这个任务。可用的任务：${list(names)}`,
  futureAt: (raw: string) =>
    `${raw} 这个时间点还没到：到时会按计划自动运行，提前运行反而会让它到时不再运行。要现在运行，请不加 --at。`,
  badAt: (raw: string) =>
    `--at 要写成 2026-09-09T17:30 或 2026-09-09 这样的时间，不能是「${raw}」。`,
  timing: {
    minute: "每分钟",
    day: (at: string) => `每天 ${at}`,
    month: (at: string) => `每月1日 ${at}`,
  },
  weekdays: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
  neverRun: "从未运行",
  lastRun: (slot: string, status: string) => `上次 ${slot} ${status}`,
  runStatus: { done: "完成", failed: "失败", running: "运行中", skipped: "跳过" } as Record<
    string,
    string
  >,
  jobDone: (job: string, slot: string) => `${job}（${slot}）已完成：`,
  jobTaken: (job: string, slot: string, by: string) =>
    `${job}（${slot}）这一次已经${by}，没有再运行。`,
  jobFailed: (job: string, slot: string, error: string) => `${job}（${slot}）失败：${error}`,
  summaryKeys: {
    date: "日期",
    week: "周",
    term: "学期",
    holidays: "假期中",
    dueSoon: "即将到期",
    overdue: "逾期（1 / 2 / 3 级）",
    suspended: "暂停借阅",
    expired: "过期的预约",
    passedOn: "转给下一位",
    ready: "可取书",
    lastDay: "取书最后一天",
    moved: "排队前移",
    started: "开始的活动",
    deadlines: "截止提醒",
    classes: "班级",
    duties: "值日",
    loans: "借阅",
    returnBy: "归还截止",
    recallOn: "催还日期",
    inFlight: "仍在发送的广播",
    reports: "送达报告",
    recipients: "收件人",
    groups: "班级群",
    enqueued: "待发消息",
    file: "备份文件",
    existed: "当天已有备份",
    mib: "大小（MiB）",
    deleted: "删除的旧备份",
    skipped: "跳过",
    arrived: "到馆的荐购书",
    told: "已通知",
  } as Record<string, string>,
  yes: "是",
  no: "否",
  none: "无",
};

export type CliTexts = typeof zh;
