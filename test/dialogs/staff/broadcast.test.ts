import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { book, outboxRows, press, school, send, textOf } from "./fixtures.ts";
import type { School } from "./fixtures.ts";

const zh = "zh-CN" as const;
const text = "周五下午图书馆闭馆整理，请周四前还书。";

/** 广播 → text → no titles → 某个班级 → grade 3 (3-2 is its only class): the preview. */
async function toClass32(s: School) {
  await send(s.bot, "librarian", "广播");
  await send(s.bot, "librarian", text);
  await send(s.bot, "librarian", "2");
  await send(s.bot, "librarian", "4");
  return send(s.bot, "librarian", "1");
}

describe("broadcast dialog", () => {
  it("queues one row per account of a class; a parent of two pupils gets one", async () => {
    const s = await school();
    const preview = await toClass32(s);
    const audience = t(zh, "broadcast_desc_class", { name: "3-2" });
    expect(textOf(preview)).toBe(t(zh, "broadcast_preview", { message: text, audience, count: 3 }));
    expect(await s.db.outbox.count()).toBe(0);
    const done = await send(s.bot, "librarian", "1");
    expect(textOf(done)).toBe(t(zh, "broadcast_queued", { count: 3 }));
    const b = await s.db.broadcast.findFirstOrThrow();
    expect(b).toMatchObject({
      text,
      titles: "[]",
      recipientCount: 3,
      createdBy: s.members.librarian,
    });
    expect(JSON.parse(b.audience)).toEqual({ kind: "class", classId: s.c32.id });
    expect(await outboxRows(s.db)).toEqual(
      ["parent", "pupil", "teacher"].map((chatId) => ({
        dedupeKey: `broadcast:${b.id}:console:${chatId}`,
        platform: "console",
        chatId,
        kind: "broadcast",
        payload: JSON.stringify({ text }),
        status: "pending",
      })),
    );
  });

  it("does not double rows on a stale confirm button or a repeated answer", async () => {
    const s = await school();
    const preview = await toClass32(s);
    await press(s.bot, "librarian", preview, "send");
    const stale = await press(s.bot, "librarian", preview, "send");
    expect(textOf(stale)).toBe(t(zh, "menu_expired"));
    expect(textOf(await send(s.bot, "librarian", "1"))).toBe(t(zh, "no_menu_open"));
    expect(await s.db.outbox.count()).toBe(3);
    expect(await s.db.broadcast.count()).toBe(1);
  });

  it("enqueues nothing when cancelled at the preview", async () => {
    const s = await school();
    await toClass32(s);
    expect(textOf(await send(s.bot, "librarian", "2"))).toBe(t(zh, "broadcast_cancelled"));
    expect(await s.db.outbox.count()).toBe(0);
    expect(await s.db.broadcast.count()).toBe(0);
  });

  it("says so and enqueues nothing when the audience has nobody bound", async () => {
    const s = await school();
    await send(s.bot, "librarian", `广播 ${text}`);
    await send(s.bot, "librarian", "2");
    await send(s.bot, "librarian", "5");
    const reply = textOf(await send(s.bot, "librarian", "1"));
    const audience = t(zh, "broadcast_desc_groups_all");
    expect(reply).toBe(t(zh, "broadcast_nobody", { audience }));
    expect(await s.db.outbox.count()).toBe(0);
    expect(await s.db.broadcast.count()).toBe(0);
  });

  it("sends to parents only by role, once per account", async () => {
    const s = await school();
    await send(s.bot, "librarian", `广播 ${text}`);
    await send(s.bot, "librarian", "2");
    await send(s.bot, "librarian", "2");
    const preview = await send(s.bot, "librarian", "1");
    expect(textOf(preview)).toContain(t(zh, "broadcast_desc_parents"));
    await send(s.bot, "librarian", "1");
    expect((await outboxRows(s.db)).map((r) => r.chatId)).toEqual(["parent", "parent2"]);
  });

  it("sends to the linked class groups of a grade", async () => {
    const s = await school();
    await s.db.chatGroup.createMany({
      data: [
        { platform: "console", chatId: "g32", classId: s.c32.id },
        { platform: "console", chatId: "g41", classId: s.c41.id },
      ],
    });
    await send(s.bot, "librarian", `广播 ${text}`);
    await send(s.bot, "librarian", "2");
    await send(s.bot, "librarian", "5");
    await send(s.bot, "librarian", "2");
    const preview = await send(s.bot, "librarian", "2");
    expect(textOf(preview)).toContain(t(zh, "broadcast_desc_groups_grade", { grade: 4 }));
    await send(s.bot, "librarian", "1");
    expect((await outboxRows(s.db)).map((r) => r.chatId)).toEqual(["g41"]);
  });

  it("adds recommended titles found by words and lists them under the text", async () => {
    const s = await school();
    const xyj = await book(s.db, "西游记");
    await book(s.db, "红楼梦");
    await send(s.bot, "librarian", `广播 ${text}`);
    await send(s.bot, "librarian", "1");
    const hits = await send(s.bot, "librarian", "西游");
    expect(hits.at(-1)?.choices?.[0]).toEqual({ id: `t${xyj.titleId}`, label: "西游记 — 佚名" });
    const added = textOf(await send(s.bot, "librarian", "1"));
    expect(added).toContain(t(zh, "broadcast_title_added", { title: "西游记", n: 1, max: 5 }));
    expect(textOf(await send(s.bot, "librarian", "找不到的书名"))).toContain(
      t(zh, "broadcast_no_hits", { query: "找不到的书名" }),
    );
    await send(s.bot, "librarian", "完成");
    const preview = textOf(await send(s.bot, "librarian", "1"));
    const line = t(zh, "broadcast_title_line", { title: "西游记", author: "佚名" });
    expect(preview).toContain(`${text}\n\n${t(zh, "broadcast_titles_heading")}\n${line}`);
    await send(s.bot, "librarian", "1");
    const b = await s.db.broadcast.findFirstOrThrow();
    expect(JSON.parse(b.titles)).toEqual([{ titleId: xyj.titleId, title: "西游记" }]);
    const payload = JSON.parse((await outboxRows(s.db))[0]?.payload ?? "{}");
    expect(payload.text).toContain(line);
  });

  it("leaves out of a title recommendation a parent who turned new-book notices off", async () => {
    const s = await school();
    await book(s.db, "西游记");
    await s.db.chatMember.update({
      where: { id: s.members.parent },
      data: { mutedNotices: "new_books" },
    });
    await send(s.bot, "librarian", `广播 ${text}`);
    await send(s.bot, "librarian", "1");
    await send(s.bot, "librarian", "西游");
    await send(s.bot, "librarian", "1");
    await send(s.bot, "librarian", "完成");
    await send(s.bot, "librarian", "4");
    const preview = textOf(await send(s.bot, "librarian", "1"));
    const audience = t(zh, "broadcast_desc_class", { name: "3-2" });
    const countLine = (count: number) =>
      t(zh, "broadcast_preview", { message: "", audience, count }).split("\n").at(-1) ?? "";
    expect(preview.split("\n").at(-1)).toBe(countLine(2));
    const done = await send(s.bot, "librarian", "1");
    expect(textOf(done)).toBe(t(zh, "broadcast_queued", { count: 2 }));
    expect((await outboxRows(s.db)).map((r) => r.chatId).sort()).toEqual(["pupil", "teacher"]);
  });

  it("asks again for a text over 1000 characters", async () => {
    const s = await school();
    await send(s.bot, "librarian", "广播");
    const reply = textOf(await send(s.bot, "librarian", "书".repeat(1001)));
    expect(reply).toBe(
      [
        t(zh, "broadcast_text_too_long", { max: 1000, length: 1001 }),
        t(zh, "broadcast_ask_text", { max: 1000 }),
      ].join("\n"),
    );
  });

  it("refuses anyone but the librarian, and any group", async () => {
    const s = await school();
    for (const who of ["parent", "teacher", "xiaoguan", "stranger"]) {
      expect(textOf(await send(s.bot, who, `广播 ${text}`))).toBe(
        t(zh, "broadcast_librarian_only"),
      );
    }
    const group = await send(s.bot, "librarian", "/broadcast", { chatId: "g", isGroup: true });
    expect(textOf(group)).toBe(t(zh, "broadcast_librarian_only"));
    expect(await s.db.outbox.count()).toBe(0);
  });

  it("speaks English to a librarian who chose it", async () => {
    const s = await school();
    await s.db.chatMember.update({ where: { id: s.members.librarian }, data: { locale: "en" } });
    expect(textOf(await send(s.bot, "librarian", "/broadcast"))).toBe(
      t("en", "broadcast_ask_text", { max: 1000 }),
    );
    await send(s.bot, "librarian", "Library closed on Friday.");
    await send(s.bot, "librarian", "2");
    const preview = await send(s.bot, "librarian", "1");
    expect(textOf(preview)).toBe(
      t("en", "broadcast_preview", {
        message: "Library closed on Friday.",
        audience: t("en", "broadcast_desc_all"),
        count: 6,
      }),
    );
    expect(textOf(await send(s.bot, "librarian", "1"))).toBe(
      t("en", "broadcast_queued", { count: 6 }),
    );
  });
});
