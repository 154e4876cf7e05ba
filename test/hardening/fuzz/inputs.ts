import fc from "fast-check";
import type { Arbitrary } from "fast-check";
import { commands, wordsOf } from "../../../src/dialogs/commands.ts";
import type { Command } from "../../../src/dialogs/commands.ts";

/** Real things of the school the fuzzer mixes into its messages, so commands can hit. */
export interface InputMaterial {
  cards: string[];
  barcodes: string[];
  titles: string[];
  /** Binding codes that really exist (print form). */
  codes: string[];
  /** A few pupils' full names (searched for, typed into suggestions). */
  names: string[];
  classNames: string[];
}

/** One thing a chat member does: type text, press a button, or replay an old button. */
export type Step =
  | { kind: "text"; text: string; sender: number; mentioned: boolean }
  /** A made-up button: menu and id are random. */
  | { kind: "forged"; menuId: string; id: string; sender: number; mentioned: boolean }
  /** A button of the `menu`-th menu seen so far in this run (modulo), pressed again. */
  | { kind: "replay"; menu: number; choice: number; sender: number; mentioned: boolean }
  /** A button of the latest menu: a legitimate press, to get deep into dialogs. */
  | { kind: "press"; choice: number; sender: number; mentioned: boolean };

/** Every word of the command table, plus near-misses, run-ons and other bots' commands. */
const commandWords = [
  ...commands.flatMap((c: Command) => wordsOf(c)),
  ...["全部续借", "/cancel@ShuxiangBot", "借书", "还书", "结束", "完成", "下一页", "上一步"],
  ...["back", "/help@OtherBot", "/renew@ShuxiangBot", "/unknowncommand", "丢失的猫", "小管家"],
  ...["续接", "帮我续借一下", "renwe", "你好", "逾期 3-1", "👍", "？"],
];

const injection = [
  "'; DROP TABLE Loan; --",
  '" OR 1=1 --',
  "1' OR '1'='1",
  "%",
  "_",
  "%_%",
  "\\",
  "\\'",
  "<b>粗体</b>",
  "<script>alert(1)</script>",
  "</code><a href='x'>",
  "_*[]()~`>#+-=|{}.!",
  "*bold* _it_ [x](http://e.com) `c`",
  "&lt;&amp;&#0;",
  "${name}",
  "{{cardNumber}}",
  "%s%d%n",
  "null",
  "undefined",
  "NaN",
  "__proto__",
  "constructor",
  "JSON.parse",
];

const emoji = ["📚", "👨‍👩‍👧‍👦", "🇨🇳", "👍🏽", "🧑🏻‍🏫", "❤️", "🏳️‍🌈", "1️⃣", "📖📖📖", "西游记📚"];

const oddChars = [
  "\u0000",
  "\u0007",
  "\b",
  "\t",
  "\r\n",
  "\n\n\n",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u200b",
  "\u200d",
  "\u202e",
  "\u2028",
  "\ufeff",
  "\ufffd",
  "\ud800",
  "a\udc00b",
  "\u3000",
];

const digitsText = fc.oneof(
  fc.integer({ min: -3, max: 60 }).map(String),
  fc.integer({ min: 61, max: 100_000 }).map(String),
  fc.constantFrom("0", "00", "01", "１", "２", "９", "１０", "1.5", "+1", "1e3", "١", "Ⅱ", "一"),
  fc.constantFrom("999999999999999999999", " 1 ", "1 2", "9780000000000"),
);

/** A line of `length` characters made of one short random piece repeated. */
const longLine = fc
  .tuple(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 3 }),
    fc.integer({ min: 4_000, max: 10_000 }),
    fc.constantFrom("", "续借 ", "搜索 ", "绑定 ", "建议 ", "广播 ", "借 ", "还 ", "预约 "),
  )
  .map(([piece, length, prefix]) =>
    (prefix + piece.repeat(Math.ceil(length / piece.length))).slice(0, length),
  );

const controlText = fc.string({
  unit: fc.constantFrom(...oddChars, "x", "1", " "),
  maxLength: 12,
});

function deskText(m: InputMaterial): Arbitrary<string> {
  const card = fc.constantFrom(...m.cards, "S0000", "card-x", "'; --");
  const barcode = fc.constantFrom(...m.barcodes, "A999999", "B-0", "%");
  return fc.oneof(
    fc.tuple(card, barcode).map(([c, b]) => `借 ${c} ${b}`),
    fc.tuple(card, barcode, barcode).map(([c, b, d]) => `借 ${c} ${b} ${d}`),
    barcode.map((b) => `还 ${b}`),
    fc.oneof(card, barcode),
    fc.tuple(card, barcode).map(([c, b]) => `${c} ${b}`),
    fc.array(barcode, { minLength: 12, maxLength: 14 }).map((bs) => `还 ${bs.join(" ")}`),
    barcode.map((b) => `丢失 ${b}`),
    fc
      .tuple(barcode, fc.constantFrom("0", "12.5", "-1", "99999.999", "十元", ""))
      .map(([b, amount]) => `损坏 ${b} ${amount}`),
  );
}

function bindText(m: InputMaterial): Arbitrary<string> {
  const random = fc.stringMatching(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/);
  const code = fc.oneof(
    { weight: 2, arbitrary: random },
    { weight: 1, arbitrary: fc.constantFrom(...m.codes) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...m.codes).map((c) => c.toLowerCase().replace("-", " ")),
    },
  );
  const word = fc.constantFrom("绑定", "/bind", "/start", "bind", "");
  return fc.tuple(word, code).map(([w, c]) => (w ? `${w} ${c}` : c));
}

function materialText(m: InputMaterial): Arbitrary<string> {
  const word = fc.constantFrom("搜索", "预约", "建议", "荐购", "广播", "活动", "绑定班级", "");
  const thing = fc.constantFrom(...m.titles, ...m.names, ...m.classNames, "3年2班", "13-1", "0-0");
  return fc.tuple(word, thing).map(([w, t]) => (w ? `${w} ${t}` : t));
}

const dates = fc.constantFrom(
  ...[
    "2026-09-20",
    "09-30",
    "9-30",
    "2026-02-30",
    "2025-01-01",
    "9999-99-99",
    "明天",
    "2026/10/01",
  ],
  ...["跳过", "skip", "无"],
);

/** Any text a member might type, from commands with real codes to garbage. */
export function textArb(m: InputMaterial): Arbitrary<string> {
  const command = fc.constantFrom(...commandWords);
  const junk = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom(...injection, ...emoji),
    controlText,
  );
  return fc.oneof(
    { weight: 6, arbitrary: command },
    { weight: 3, arbitrary: digitsText },
    { weight: 3, arbitrary: deskText(m) },
    { weight: 2, arbitrary: bindText(m) },
    { weight: 2, arbitrary: materialText(m) },
    { weight: 2, arbitrary: junk },
    { weight: 1, arbitrary: fc.tuple(command, junk).map(([c, j]) => `${c} ${j}`) },
    { weight: 1, arbitrary: fc.tuple(junk, command).map(([j, c]) => `${j}${c}`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(command, fc.constantFrom(...oddChars, ...emoji, ...injection), junk)
        .map(([c, o, j]) => `${c} ${j}${o}${j}`),
    },
    { weight: 1, arbitrary: longLine },
    { weight: 1, arbitrary: dates },
  );
}
