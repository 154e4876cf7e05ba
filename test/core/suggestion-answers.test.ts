import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.ts";
import { requestMatches } from "../../src/core/purchase-arrivals.ts";
import { answerSuggestion, openSuggestions } from "../../src/core/suggestion-answers.ts";
import type { AnswerNotice, NoticeDeps } from "../../src/core/suggestion-answers.ts";
import { submitSuggestion } from "../../src/core/suggestions.ts";
import { t } from "../../src/dialogs/texts/index.ts";
import { enqueue } from "../../src/outbox/queue.ts";
import { inbox } from "../jobs/fixtures.ts";
import { testLibrary } from "../support/library.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;

async function member(lib: Lib, userId: string, over: Partial<Actor>, locale?: string) {
  const m = await lib.db.chatMember.create({
    data: { platform: "wechat", userId, locale: locale ?? null },
    select: { id: true },
  });
  const actor: Actor = {
    kind: "member",
    memberId: m.id,
    patronIds: [],
    classIds: [],
    isLibrarian: false,
    isStudentLibrarian: false,
    ...over,
  };
  return actor;
}

const deps: NoticeDeps<AnswerNotice> = {
  enqueue,
  defaultLocale: "zh-CN",
  render: (locale, n) => t(locale, "push_suggestion_answer", n),
};

async function box(lib: Lib) {
  const parent = await member(lib, "parent", { patronIds: [7] }, "en");
  const librarian = await member(lib, "lib", { isLibrarian: true });
  const idea = await submitSuggestion(lib, parent, { kind: "suggestion", text: "周六也开门吧" });
  const buy = await submitSuggestion(lib, parent, { kind: "purchase", text: "《三体》" });
  if (!idea.ok || !buy.ok) throw new Error("setup");
  return { parent, librarian, idea: idea.value.id, buy: buy.value.id };
}

describe("answering the suggestion box", () => {
  it("stores the answer, audits it and tells the submitter privately in their language", async () => {
    const lib = await testLibrary();
    const b = await box(lib);
    const input = { id: b.buy, answer: "ordered" as const, reply: " 下周到货。 " };
    expect(await answerSuggestion(lib, b.librarian, input, deps)).toEqual({
      ok: true,
      value: { told: true },
    });
    expect((await inbox(lib.db)).get("parent")).toEqual([
      'Your purchase request "《三体》" has an answer: ordered. 下周到货。',
    ]);
    const row = await lib.db.suggestion.findUniqueOrThrow({ where: { id: b.buy } });
    expect(row).toMatchObject({ status: "answered", answer: "ordered", reply: "下周到货。" });
    expect(await lib.db.auditLog.count({ where: { action: "suggestion.answer" } })).toBe(1);
    const open = await openSuggestions(lib, b.librarian);
    expect(open.ok && open.value.map((s) => s.id)).toEqual([b.idea]);
  });

  it("refuses bad answers and changes nothing", async () => {
    const lib = await testLibrary();
    const b = await box(lib);
    const answer = (actor: Actor, id: number, a: "accepted" | "ordered", reply: string) =>
      answerSuggestion(lib, actor, { id, answer: a, reply }, deps);
    expect(await answer(b.parent, b.idea, "accepted", "好")).toMatchObject({
      code: "not_librarian",
    });
    expect(await answer(b.librarian, 999, "accepted", "好")).toMatchObject({
      code: "unknown_suggestion",
    });
    expect(await answer(b.librarian, b.idea, "ordered", "好")).toMatchObject({
      code: "not_purchase",
    });
    expect(await answer(b.librarian, b.idea, "accepted", "  ")).toMatchObject({
      code: "empty_reply",
    });
    expect(await answer(b.librarian, b.idea, "accepted", "好".repeat(201))).toMatchObject({
      code: "too_long",
      detail: { length: 201, max: 200 },
    });
    expect(await lib.db.outbox.count()).toBe(0);
    expect(await lib.db.suggestion.count({ where: { answer: { not: null } } })).toBe(0);
  });
});

describe("matching a purchase request to an arriving title", () => {
  it("matches a title in 《》 spaces and punctuation aside, a bare title inside the text, an ISBN", () => {
    const t1 = { id: 1, title: "哈利·波特与魔法石", isbn: null };
    expect(requestMatches("想看《哈利波特与魔法石》", t1)).toBe(true);
    expect(requestMatches("想看《哈利波特与密室》", t1)).toBe(false);
    expect(requestMatches("希望图书馆买三体，谢谢", { id: 2, title: "三体", isbn: null })).toBe(
      true,
    );
    expect(requestMatches("买一本家", { id: 3, title: "家", isbn: null })).toBe(false);
    const isbn = { id: 4, title: "Charlotte's Web", isbn: "9780064400558" };
    expect(requestMatches("ISBN 978-0-06-440055-8 please", isbn)).toBe(true);
  });
});
