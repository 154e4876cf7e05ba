import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.ts";
import { systemActor } from "../../src/core/actor.ts";
import { listSuggestions, submitSuggestion } from "../../src/core/suggestions.ts";
import { testLibrary } from "../support/library.ts";

async function memberActor(lib: Awaited<ReturnType<typeof testLibrary>>, over: Partial<Actor>) {
  const m = await lib.db.chatMember.create({
    data: { platform: "wechat", userId: `u${Math.random()}` },
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

describe("suggestions", () => {
  it("stores a trimmed suggestion from a bound member and audits it", async () => {
    const lib = await testLibrary();
    const parent = await memberActor(lib, { patronIds: [7] });
    const r = await submitSuggestion(lib, parent, { kind: "purchase", text: "  三体  " });
    expect(r.ok).toBe(true);
    const rows = await lib.db.suggestion.findMany({
      select: { memberId: true, kind: true, text: true, status: true, createdAt: true },
    });
    expect(rows).toEqual([
      {
        memberId: parent.memberId,
        kind: "purchase",
        text: "三体",
        status: "new",
        createdAt: lib.now(),
      },
    ]);
    expect(await lib.db.auditLog.count({ where: { action: "suggestion.create" } })).toBe(1);
  });

  it("counts characters, not bytes: 500 Chinese characters pass, 501 are refused whole", async () => {
    const lib = await testLibrary();
    const parent = await memberActor(lib, { patronIds: [7] });
    const ok = await submitSuggestion(lib, parent, { kind: "suggestion", text: "书".repeat(500) });
    expect(ok.ok).toBe(true);
    const long = await submitSuggestion(lib, parent, {
      kind: "suggestion",
      text: "书".repeat(501),
    });
    expect(long).toEqual({ ok: false, code: "too_long", detail: { length: 501, max: 500 } });
    expect(await lib.db.suggestion.count()).toBe(1);
  });

  it("refuses empty text, groups, the system and unbound accounts", async () => {
    const lib = await testLibrary();
    const parent = await memberActor(lib, { patronIds: [7] });
    const unbound = await memberActor(lib, {});
    const group: Actor = { ...systemActor, kind: "group", isLibrarian: false, classIds: [1] };
    const input = { kind: "suggestion" as const, text: "好" };
    expect(await submitSuggestion(lib, parent, { ...input, text: "  " })).toEqual({
      ok: false,
      code: "empty_text",
    });
    expect((await submitSuggestion(lib, group, input)).ok).toBe(false);
    expect(await submitSuggestion(lib, systemActor, input)).toEqual({
      ok: false,
      code: "not_member",
    });
    expect(await submitSuggestion(lib, unbound, input)).toEqual({ ok: false, code: "not_bound" });
    expect(await lib.db.suggestion.count()).toBe(0);
  });

  it("lists the newest first for the librarian only", async () => {
    const lib = await testLibrary();
    const parent = await memberActor(lib, { patronIds: [7] });
    const librarian = await memberActor(lib, { isLibrarian: true });
    for (const text of ["一", "二", "三"]) {
      await submitSuggestion(lib, parent, { kind: "suggestion", text });
      lib.clock.set(new Date(lib.now().getTime() + 3_600_000));
    }
    expect(await listSuggestions(lib, parent)).toEqual({ ok: false, code: "not_librarian" });
    const r = await listSuggestions(lib, librarian, 2);
    expect(r.ok && r.value.map((s) => [s.text, s.createdOn, s.createdAt])).toEqual([
      ["三", "2026-09-09", "12:00"],
      ["二", "2026-09-09", "11:00"],
    ]);
  });
});
