import { describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { recordVisit } from "../../../src/core/visits/record-visit.ts";
import { addClass } from "../../jobs/fixtures.ts";
import { testLibrary } from "../../support/library.ts";

describe("recording a class visit", () => {
  it("makes one visit when two desks record the same class at once", async () => {
    const lib = await testLibrary();
    await addClass(lib.db, 3, 1);
    const both = await Promise.all([
      recordVisit(lib, systemActor, { className: "3年1班", kind: "visit" }),
      recordVisit(lib, systemActor, { className: "3-1", kind: "visit" }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toMatchObject({ code: "already_recorded" });
    expect(await lib.db.classVisit.count()).toBe(1);
  });

  it("refuses a group and an account that is neither desk staff nor a class teacher", async () => {
    const lib = await testLibrary();
    await addClass(lib.db, 3, 1);
    const reader = { ...systemActor, kind: "member" as const, isLibrarian: false, patronIds: [1] };
    expect(await recordVisit(lib, reader, { className: "3-1", kind: "visit" })).toEqual({
      ok: false,
      code: "not_allowed",
    });
    const group = { ...systemActor, kind: "group" as const, isLibrarian: false, classIds: [1] };
    expect(await recordVisit(lib, group, { className: "3-1", kind: "lesson" })).toMatchObject({
      code: "not_allowed",
    });
    expect(await lib.db.classVisit.count()).toBe(0);
  });
});
