import type { CodeKind, CodeSlip } from "../core/bindings/codes.ts";

const labels: Record<CodeKind, (maxUses: number) => string> = {
  parent: (n) => `家长码（可供 ${n} 位家长使用）`,
  pupil: () => "学生码",
  teacher: () => "教师码",
  librarian: () => "图书管理员码",
};

/** An ideographic space: lines up on printed Chinese slips. */
const gap = "\u3000";

function whoLine(slip: CodeSlip): string {
  const p = slip.patron;
  if (!p) return "图书管理员";
  const cls = p.className ? `${gap}班级：${p.className}` : "";
  return `姓名：${p.name}${cls}${gap}借书证号：${p.cardNumber}`;
}

/** One printable slip: school-agnostic header, who it is for, each code with how to bind. */
export function slipText(slip: CodeSlip): string[] {
  return [
    "书香 图书馆绑定码",
    whoLine(slip),
    ...slip.codes.flatMap((c) => [
      `${labels[c.kind](c.maxUses)}：${c.code}`,
      `  在微信或 Telegram 中发送：绑定 ${c.code}`,
    ]),
    `有效期至：${slip.expiresOn}`,
  ];
}

/** All slips, separated by a cutting line, ready to print. */
export function slipsText(slips: readonly CodeSlip[]): string {
  const cut = "- - - - - - - - - - - - ✂ - - - - - - - - - - - -";
  return [cut, ...slips.flatMap((s) => [...slipText(s), cut])].join("\n") + "\n";
}
