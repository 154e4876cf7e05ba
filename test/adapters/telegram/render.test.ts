import { describe, expect, it } from "vitest";
import { renderReply } from "../../../adapters/telegram/render.ts";

describe("rendering a reply for Telegram", () => {
  it("puts each choice on its own row with menuId:id data", () => {
    const reply = {
      text: "要预约哪一本？",
      menuId: "m1",
      choices: [
        { id: "a", label: "<西游记>" },
        { id: "b", label: "_水浒_" },
      ],
    };
    expect(renderReply(reply)).toEqual([
      {
        text: "要预约哪一本？",
        keyboard: {
          inline_keyboard: [
            [{ text: "<西游记>", callback_data: "m1:a" }],
            [{ text: "_水浒_", callback_data: "m1:b" }],
          ],
        },
      },
    ]);
  });

  it("puts 上一步 and 取消 side by side on a last row", () => {
    const reply = {
      text: "到期日？",
      menuId: "m2",
      choices: [{ id: "d", label: "学期末" }],
      controls: [
        { id: "~back", label: "上一步" },
        { id: "~cancel", label: "取消" },
      ],
    };
    expect(renderReply(reply)[0]?.keyboard?.inline_keyboard).toEqual([
      [{ text: "学期末", callback_data: "m2:d" }],
      [
        { text: "上一步", callback_data: "m2:~back" },
        { text: "取消", callback_data: "m2:~cancel" },
      ],
    ]);
  });

  it("cuts a long text on line boundaries below 4096 and puts the keyboard on the last part", () => {
    const text = Array.from({ length: 120 }, (_, i) => `${i} ${"书".repeat(95)}`).join("\n");
    const parts = renderReply({ text, menuId: "m", choices: [{ id: "x", label: "下一页" }] });
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.text.length).toBeLessThan(4096);
    expect(parts.map((p) => p.text).join("\n")).toBe(text);
    expect(parts.map((p) => Boolean(p.keyboard))).toEqual(
      parts.map((_, i) => i === parts.length - 1),
    );
  });

  it("sends nothing for an empty reply and a placeholder above a menu without text", () => {
    expect(renderReply({ text: " " })).toEqual([]);
    expect(
      renderReply({ text: "", menuId: "m", choices: [{ id: "x", label: "好" }] }),
    ).toHaveLength(1);
  });

  it("refuses choices without a menu id or with data over 64 bytes", () => {
    expect(() => renderReply({ text: "x", choices: [{ id: "a", label: "a" }] })).toThrow();
    expect(() =>
      renderReply({ text: "x", menuId: "m", choices: [{ id: "书".repeat(21), label: "a" }] }),
    ).toThrow();
  });

  it("sends a picture as a photo captioned with the text, or the text after it when too long", () => {
    const image = { name: "借阅图表-3-1-2026-09-07.png", base64: "iVBORw0KGgo=" };
    const [photo, ...rest] = renderReply({ text: "3-1 班本周借阅", image });
    expect(photo).toMatchObject({ text: "3-1 班本周借阅", photo: { name: image.name } });
    expect(photo?.document).toBeUndefined();
    expect(rest).toEqual([]);
    const long = renderReply({ text: "统计".repeat(600), image });
    expect(long[0]).toMatchObject({ text: "", photo: { name: image.name } });
    expect(
      long
        .slice(1)
        .map((p) => p.text)
        .join(""),
    ).toBe("统计".repeat(600));
  });
});
