/** Slips on one A4 sheet: two columns of four. */
export const SLIPS_PER_PAGE = 8;

/**
 * The slips page's CSS. Each sheet is the printable area of A4 (210 × 297 mm less 10 mm margins)
 * split into a 2 × 4 grid; dashed borders are the cut lines, drawn once between neighbours and
 * only around slips (a last sheet with three slips has no lines below them).
 * On screen the sheets sit on a grey desk so the page looks like what will print.
 */
export const slipsCss = `
@page { size: A4; margin: 10mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: #000; font-size: 3.1mm; line-height: 1.35;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "PingFang SC",
    "Microsoft YaHei", sans-serif;
}
.sheet {
  width: 190mm; height: 277mm; display: grid;
  grid-template-columns: repeat(2, 1fr); grid-template-rows: repeat(4, 1fr);
  break-after: page; page-break-after: always; background: #fff;
}
.sheet:last-child { break-after: auto; page-break-after: auto; }
.slip {
  position: relative; overflow: hidden; padding: 3mm 3.5mm 2mm;
  border-right: 0.3mm dashed #666; border-bottom: 0.3mm dashed #666;
  display: flex; flex-direction: column; gap: 1.5mm; break-inside: avoid;
}
.slip:nth-child(-n + 2) { border-top: 0.3mm dashed #666; }
.slip:nth-child(odd) { border-left: 0.3mm dashed #666; }
.slip::before {
  content: "✂"; position: absolute; top: -0.4mm; left: 1mm; font-size: 3mm; color: #666;
}
.slip header { display: flex; justify-content: space-between; align-items: baseline; }
.slip header strong { font-size: 3.6mm; }
.slip header span { font-size: 2.6mm; color: #333; }
.who { margin: 0; font-size: 3.4mm; }
.who .name { font-weight: bold; font-size: 4mm; margin-right: 2mm; }
.code { display: flex; gap: 2.5mm; align-items: center; flex: 1; min-height: 0; }
.qr { flex: none; width: 22mm; height: 22mm; }
.qr svg { display: block; width: 100%; height: 100%; }
.code .text { min-width: 0; }
.label { font-size: 2.9mm; color: #222; }
.value {
  font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 5.2mm; font-weight: bold;
  letter-spacing: 0.4mm; white-space: nowrap;
}
.how { margin: 0.3mm 0 0; font-size: 2.5mm; color: #222; }
@media screen {
  body { background: #d9d9d9; padding: 8mm 0; }
  .sheet { margin: 0 auto 8mm; box-shadow: 0 0.5mm 3mm rgba(0, 0, 0, 0.35); }
}
`;
