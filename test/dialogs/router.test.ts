import { expect, test } from "vitest";
import { route } from "../../src/dialogs/router.ts";

test.each([
  ["续借", "renew", ""],
  ["/renew", "renew", ""],
  ["renew", "renew", ""],
  ["绑定 K7QX-M2PD", "bind", "K7QX-M2PD"],
  ["/start K7QXM2PD", "bind", "K7QXM2PD"],
  ["/start", "help", ""],
  ["绑定班级 3-2", "link", "3-2"],
  ["/link 3-2", "link", "3-2"],
  ["搜索 西游记", "search", "西游记"],
  ["搜索西游记", "search", "西游记"],
  ["西游记", "search", "西游记"],
  ["xyj", "search", "xyj"],
  ["借 S20260001 A000123", "checkout", "S20260001 A000123"],
  ["还 A000123", "return", "A000123"],
  ["还珠格格", "search", "还珠格格"],
  ["丢失 A000123", "lost", "A000123"],
  ["损坏 A000123 12.5", "damaged", "A000123 12.5"],
  ["赔偿", "charges", ""],
  ["统计", "stats", ""],
  ["丢失的猫", "search", "丢失的猫"],
  ["统计学原理", "search", "统计学原理"],
  ["我的妈妈", "search", "我的妈妈"],
  ["新书推荐", "search", "新书推荐"],
  ["帮助孩子", "search", "帮助孩子"],
  ["预约西游记", "reserve", "西游记"],
  ["建议多买漫画", "suggest", "多买漫画"],
  ["绑定班级3-2", "link", "3-2"],
  ["我的 妈妈", "mine", "妈妈"],
  ["续借西游记", "renew", "西游记"],
  ["取消预约西游记", "unreserve", "西游记"],
  ["逾期3-2", "overdue", "3-2"],
  ["排班表", "rota", "表"],
  ["广播体操", "search", "广播体操"],
  ["活动课", "search", "活动课"],
  ["值日生", "search", "值日生"],
  ["广播 明天闭馆", "broadcast", "明天闭馆"],
  ["荐购 哈利波特", "purchase", "哈利波特"],
  ["取消预约", "unreserve", ""],
  ["/renew@ShuxiangBot", "renew", ""],
  ["  /MINE  ", "mine", ""],
])("reads %j as %s", (text, intent, args) => {
  expect(route(text, "ShuxiangBot")).toMatchObject({ intent, args });
});

test("only a command word standing alone or a slash command is exact", () => {
  expect(route("续借")?.exact).toBe(true);
  expect(route("搜索 西游记")?.exact).toBe(true);
  expect(route("/frobnicate")?.exact).toBe(true);
  expect(route("搜索西游记")?.exact).toBe(false);
  expect(route("新书到了，欢迎来借")?.exact).toBe(false);
  expect(route("西游记")?.exact).toBe(false);
});

test("an unknown slash command gets the help menu, not a search", () => {
  expect(route("/frobnicate now")).toMatchObject({ intent: "help", args: "" });
});

test("a command addressed to another bot is not ours", () => {
  expect(route("/renew@OtherBot", "ShuxiangBot")).toBeNull();
});

test("blank and control-character-only messages have nothing to act on", () => {
  expect(route("   ")).toBeNull();
  expect(route("\u0000\u0007\u200b")).toBeNull();
});

test("control characters inside a message are treated as spaces", () => {
  expect(route("续借\u0000")).toMatchObject({ intent: "renew", args: "" });
});
