import type { CodeSlip } from "../core/bindings/codes.ts";
import type { SlipsTexts } from "./slips-texts.ts";

/** An ideographic space: lines up on printed Chinese slips. */
const gap = "\u3000";

function whoLine(slip: CodeSlip, t: SlipsTexts): string {
  const p = slip.patron;
  if (!p) return t.librarianSlip;
  const cls = p.className ? `${gap}${t.className}：${p.className}` : "";
  return `${t.nameLabel}：${p.name}${cls}${gap}${t.cardNumber}：${p.cardNumber}`;
}

/** One slip as text, for the librarian's terminal: who it is for, each code with how to bind. */
export function slipText(slip: CodeSlip, t: SlipsTexts): string[] {
  return [
    t.heading,
    whoLine(slip, t),
    ...slip.codes.flatMap((c) => [
      `${t.codeLabel[c.kind](c.maxUses)}：${c.code}`,
      `  ${t.anyHow(c.code)}`,
    ]),
    t.expires(slip.expiresOn),
  ];
}

/** All slips as text, separated by a cutting line. */
export function slipsText(slips: readonly CodeSlip[], t: SlipsTexts): string {
  const cut = "- - - - - - - - - - - - ✂ - - - - - - - - - - - -";
  return [cut, ...slips.flatMap((s) => [...slipText(s, t), cut])].join("\n") + "\n";
}
