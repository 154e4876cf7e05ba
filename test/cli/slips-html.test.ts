import { describe, expect, it } from "vitest";
import type { CodeSlip } from "../../src/core/bindings/codes.ts";
import { deepLink, slipsHtml } from "../../src/cli/slips-html.ts";
import { slipsTexts } from "../../src/cli/slips-texts.ts";

const expiresAt = new Date("2026-10-09T02:00:00Z");

function pupil(n: number, name: string): CodeSlip {
  const pad = String(n).padStart(2, "0");
  return {
    patron: { id: n, name, cardNumber: `S${pad}`, className: "3-1" },
    codes: [
      { kind: "parent", code: `PA${pad}-2345`, maxUses: 2 },
      { kind: "pupil", code: `PU${pad}-2345`, maxUses: 1 },
    ],
    expiresAt,
    expiresOn: "2026-10-09",
  };
}

const names = ["张小明", "李华", "欧阳小明", "王<b>芳</b>", "赵一", "钱二", "孙三", "周四", "吴五"];
const slips = names.map((name, i) => pupil(i + 1, name));
const page = (bot?: string) =>
  slipsHtml(slips, { locale: "zh-CN", texts: slipsTexts("zh-CN"), who: "3-1 班", bot });

describe("the printable slips page", () => {
  it("has one slip per pupil, eight to an A4 sheet, with both codes and the expiry", async () => {
    const html = await page("ShuxiangDemoBot");
    expect(html.match(/<article class="slip">/g)).toHaveLength(9);
    expect(html.match(/<div class="sheet">/g)).toHaveLength(2);
    expect(html).toContain("@page { size: A4;");
    for (const slip of slips)
      for (const c of slip.codes) expect(html).toContain(`<div class="value">${c.code}</div>`);
    expect(html).toContain("家长码（可供 2 位家长使用）");
    expect(html).toContain("有效期至 2026-10-09");
    expect(html).toContain("<title>书香绑定条：3-1 班</title>");
  });

  it("puts a QR code of each code's Telegram deep link beside it when a bot is named", async () => {
    const html = await page("ShuxiangDemoBot");
    expect(html.match(/<svg /g)).toHaveLength(18);
    expect(deepLink("ShuxiangDemoBot", "PA01-2345")).toBe(
      "https://t.me/ShuxiangDemoBot?start=PA01-2345",
    );
    expect(html).toContain(
      'data-code="PA01-2345" data-link="https://t.me/ShuxiangDemoBot?start=PA01-2345"',
    );
    expect(html).toContain("Telegram：扫二维码，或给 @ShuxiangDemoBot 发送“/start PU01-2345”");
    expect(html).toContain("微信：给学校图书馆的微信号发送“绑定 PU01-2345”");
  });

  it("without a bot, has no QR code and no Telegram words, only how to bind on WeChat", async () => {
    const html = await page();
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("t.me");
    expect(html).not.toContain("Telegram");
    expect(html).toContain("微信：给学校图书馆的微信号发送“绑定 PA01-2345”");
  });

  it("names nobody in full: masked names with the card number, markup in a name escaped", async () => {
    const html = await page("ShuxiangDemoBot");
    for (const name of ["张小明", "李华", "欧阳小明", "赵一"]) expect(html).not.toContain(name);
    expect(html).toContain('<span class="name">张*明</span> 班级 3-1 · 借书证号 S01');
    expect(html).toContain('<span class="name">欧**明</span>');
    expect(html).toContain('<span class="name">李*</span>');
    expect(html).not.toContain("<b>");
    expect(html).toContain("王*******&gt;");
  });

  it("speaks English when asked", async () => {
    const html = await slipsHtml(slips.slice(0, 1), {
      locale: "en",
      texts: slipsTexts("en"),
      who: "Class 3-1",
      bot: "ShuxiangDemoBot",
    });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Parent code (for 2 guardians)");
    expect(html).toContain('WeChat: send "绑定 PA01-2345" to the school library\'s account');
  });
});
