import { describe, expect, it } from "vitest";
import { commands } from "../../../src/dialogs/commands.ts";
import { editDistance, guessCommands, readText } from "../../../src/dialogs/guess.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addClass,
  addLoan,
  addPupil,
  addTitle,
  bindAccount,
  chatAs,
  readerBot,
} from "./fixtures.ts";

// Issue 16 items 3 and 8: typos and sentences were searched for, "你好" listed picture books,
// an emoji got "没法按这段文字搜索".

async function parent() {
  const lib = await testLibrary();
  const c3 = await addClass(lib.db, 3);
  const ming = await addPupil(lib.db, "张小明", { classId: c3.id });
  await bindAccount(lib.db, "zhang", [ming.id]);
  const xyj = await addTitle(lib.db, "西游记", { author: "吴承恩" });
  await addTitle(lib.db, "你好，小熊", { author: "绘本" });
  await addLoan(lib.db, ming.id, xyj.id, { dueOn: "2026-09-11" });
  return { lib, zhang: chatAs(readerBot(lib), "zhang") };
}

describe("guessing what a newcomer meant", () => {
  it("reads command words in typos, short sentences, same-sounding words and English slips", () => {
    expect(guessCommands("续接", commands)[0]).toBe("renew");
    expect(guessCommands("帮我续借一下", commands)[0]).toBe("renew");
    expect(guessCommands("我得借阅", commands)[0]).toBe("mine");
    expect(guessCommands("renwe", commands)[0]).toBe("renew");
    expect(guessCommands("三国演义", commands)).toEqual([]);
    expect(editDistance("renwe", "renew")).toBe(1);
  });

  it("tells greetings and emoji from text worth a search", () => {
    expect(readText("你好")).toBe("greeting");
    expect(readText("Hello!")).toBe("greeting");
    expect(readText("👍👍")).toBe("tiny");
    expect(readText("？")).toBe("tiny");
    expect(readText("a")).toBe("tiny");
    expect(readText("书")).toBe("text");
  });

  it("asks 你是想…吗 for 续接 and runs 续借 when the parent taps it", async () => {
    const { zhang } = await parent();
    const asked = await zhang.send("续接");
    expect(asked.text).toContain("没有找到");
    expect(asked.text).toContain(t("zh-CN", "guess_did_you_mean", { words: "“续借”" }));
    expect(asked.labels).toEqual(["续借", t("zh-CN", "guess_none")]);
    const renew = await zhang.press("renew");
    expect(renew.text).toBe(t("zh-CN", "reader_renew_prompt"));
  });

  it("greets 你好 with help instead of listing picture books, and answers an emoji kindly", async () => {
    const { zhang } = await parent();
    expect((await zhang.send("你好")).text).toBe(t("zh-CN", "guess_greeting"));
    const emoji = await zhang.send("👍");
    expect(emoji.text).toBe(t("zh-CN", "guess_tiny"));
    expect(emoji.text).not.toContain(t("zh-CN", "reader_search_bad_query"));
  });

  it("points to 帮助 when a search finds nothing and looks like no command", async () => {
    const { zhang } = await parent();
    const none = await zhang.send("三国演义");
    expect(none.text).toContain(t("zh-CN", "guess_help_hint"));
    expect(none.labels).toEqual([]);
  });
});
