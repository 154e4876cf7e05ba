/**
 * Column names as librarians write them (English or Chinese; docs/users.md, "Importing the
 * school's data"), mapped to the one key each import reads. A header cell is normalized first (see
 * `normalizeHeader`), so "Call Number", "call_number" and "索书号（必填）" all match.
 */
const aliases: Record<string, readonly string[]> = {
  barcode: ["barcode", "条码", "条形码", "条码号"],
  isbn: ["isbn", "isbn号", "国际标准书号"],
  title: ["title", "题名", "书名", "正题名"],
  author: ["author", "责任者", "作者", "著者"],
  publisher: ["publisher", "出版社", "出版者"],
  year: ["year", "出版年", "出版年份", "出版时间"],
  clc: ["clc", "分类号", "中图分类号", "中图法分类号"],
  call_number: ["call_number", "索书号", "索取号"],
  price: ["price", "价格", "定价", "单价"],
  location: ["location", "馆藏地点", "馆藏地", "馆藏位置"],
  grade_min: ["grade_min", "最低年级"],
  grade_max: ["grade_max", "最高年级"],
  grade_range: ["grade_range", "reading_grades", "适读年级"],
  reference: ["reference", "is_reference", "工具书"],
  recommended: ["recommended", "librarian_pick", "推荐", "馆员推荐", "荐读"],
  added_at: ["added_at", "added_on", "入藏日期", "入藏时间", "登记日期"],
  card_number: ["card_number", "card", "借书证号", "借阅证号", "读者证号", "证号"],
  name: ["name", "姓名"],
  role: ["role", "身份", "读者类型"],
  grade: ["grade", "年级"],
  class: ["class", "班级"],
  head_of: ["head_of", "班主任班级", "所带班级"],
  card_status: ["card_status", "借书证状态", "发证", "发证状态"],
  student_librarian: ["student_librarian", "小管", "小管理员", "学生管理员"],
  kind: ["kind", "类型", "类别"],
  weekday: ["weekday", "day", "星期", "周几"],
  start: ["start", "开始", "开始时间"],
  end: ["end", "结束", "结束时间"],
  weeks: ["weeks", "周次", "单双周"],
  grades: ["grades", "开放年级"],
};

/** Trims, folds width and case, drops spaces, underscores and a bracketed note like "（元）". */
export function normalizeHeader(cell: string): string {
  return cell
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\(.*?\)|\*/g, "")
    .replace(/[\s_\-\uFEFF]/g, "");
}

const byNormalized = new Map<string, string>(
  Object.entries(aliases).flatMap(([key, names]) => names.map((n) => [normalizeHeader(n), key])),
);

/** The import key for a header cell, or undefined for a column no import reads. */
export function headerKey(cell: string): string | undefined {
  return byNormalized.get(normalizeHeader(cell));
}
