import { describe, expect, it } from "vitest";
import { renderReplies, renderReply, WECHAT_MAX_CHARS } from "../../../adapters/wechat/render.ts";

describe("WeChat rendering", () => {
  it("appends a menu as numbered lines under the text", () => {
    const reply = {
      text: "续借哪一本？",
      choices: [
        { id: "l1", label: "水浒传 · 到期 09-11" },
        { id: "all", label: "全部续借" },
      ],
      menuId: "m",
    };
    expect(renderReply(reply)).toBe("续借哪一本？\n1. 水浒传 · 到期 09-11\n2. 全部续借");
    expect(renderReply({ ...reply, text: "" })).toBe("1. 水浒传 · 到期 09-11\n2. 全部续借");
  });

  it("numbers 上一步 and 取消 after the choices", () => {
    const reply = {
      text: "到期日？",
      choices: [{ id: "d", label: "学期末" }],
      controls: [
        { id: "~back", label: "上一步" },
        { id: "~cancel", label: "取消" },
      ],
      menuId: "m",
    };
    expect(renderReply(reply)).toBe("到期日？\n1. 学期末\n2. 上一步\n3. 取消");
  });

  it("sends the replies of one turn as one message when they fit, and nothing for none", () => {
    expect(renderReplies([{ text: "第一段" }, { text: "第二段" }])).toEqual(["第一段\n第二段"]);
    expect(renderReplies([{ text: "" }])).toEqual([]);
    expect(renderReplies([])).toEqual([]);
  });

  it("cuts a long turn on line boundaries below the WeChat size", () => {
    const line = "一".repeat(100);
    const parts = renderReplies([{ text: Array(40).fill(line).join("\n") }]);
    expect(parts.length).toBe(3);
    expect(parts.every((p) => p.length <= WECHAT_MAX_CHARS)).toBe(true);
    expect(parts.join("\n").split("\n")).toHaveLength(40);
  });
});
