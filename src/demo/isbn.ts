/**
 * Demo ISBNs: the 978-7 (China) prefix, a publisher's registrant code and an item number,
 * with the ISBN-13 check digit computed, so every demo ISBN passes validation.
 */

export interface Publisher {
  name: string;
  /** Registrant code after 978-7- (its length fixes how many digits the item number has). */
  code: string;
}

/** Publishers of children's and school books with their registrant codes. */
export const publishers = {
  rmwx: { name: "人民文学出版社", code: "02" },
  zhsj: { name: "中华书局", code: "101" },
  swyg: { name: "商务印书馆", code: "100" },
  rmjy: { name: "人民教育出版社", code: "107" },
  kxpj: { name: "科学普及出版社", code: "110" },
  sesn: { name: "少年儿童出版社", code: "5324" },
  zgsn: { name: "中国少年儿童出版社", code: "5007" },
  bjsn: { name: "北京少年儿童出版社", code: "5301" },
  xlcb: { name: "新蕾出版社", code: "5307" },
  shyw: { name: "上海译文出版社", code: "5327" },
  mtcb: { name: "明天出版社", code: "5332" },
  zjsn: { name: "浙江少年儿童出版社", code: "5342" },
  jssn: { name: "江苏凤凰少年儿童出版社", code: "5346" },
  hnsn: { name: "湖南少年儿童出版社", code: "5358" },
  esyj: { name: "二十一世纪出版社", code: "5391" },
  nhcb: { name: "南海出版公司", code: "5442" },
  ylcb: { name: "译林出版社", code: "5447" },
  jlcb: { name: "接力出版社", code: "5448" },
  zjcb: { name: "作家出版社", code: "5063" },
  ttcb: { name: "天天出版社", code: "5016" },
  dbk: { name: "中国大百科全书出版社", code: "5000" },
} as const satisfies Record<string, Publisher>;

export type PublisherKey = keyof typeof publishers;

/** The ISBN-13 check digit of the first twelve digits. */
export function isbn13CheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i] ?? "0") * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/** How many item numbers a publisher's registrant code leaves room for. */
export function itemCapacity(p: Publisher): number {
  return 10 ** (8 - p.code.length);
}

/** The 13-digit ISBN of item `item` of a publisher (no hyphens, as titles store it). */
export function demoIsbn(p: Publisher, item: number): string {
  const width = 8 - p.code.length;
  if (item < 0 || item >= 10 ** width)
    throw new RangeError(`item ${item} out of range for ${p.code}`);
  const first12 = `9787${p.code}${String(item).padStart(width, "0")}`;
  return first12 + isbn13CheckDigit(first12);
}
