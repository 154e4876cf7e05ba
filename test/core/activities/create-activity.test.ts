import { describe, expect, it } from "vitest";
import { createActivity } from "../../../src/core/activities/create-activity.ts";
import type { ActivityInput } from "../../../src/core/activities/create-activity.ts";
import { actorFor } from "../../../src/core/bindings/actor.ts";
import { school } from "../../dialogs/staff/fixtures.ts";
import type { School } from "../../dialogs/staff/fixtures.ts";

const as = (s: School, userId: string) => actorFor(s.lib, { platform: "console", userId });

const input = (over: Partial<ActivityInput> = {}): ActivityInput => ({
  kind: "reading_festival",
  name: "书香校园读书节",
  startsOn: "2026-09-20",
  endsOn: "2026-10-20",
  audience: { kind: "all" },
  ...over,
});

describe("createActivity", () => {
  it("stores the activity with a class audience by name, and audits it", async () => {
    const s = await school();
    const r = await createActivity(
      s.lib,
      await as(s, "librarian"),
      input({ deadlineOn: "2026-10-01", audience: { kind: "class", classId: s.c32.id } }),
    );
    if (!r.ok) throw new Error(r.code);
    const row = await s.db.activity.findUniqueOrThrow({ where: { id: r.value.activityId } });
    expect(row).toMatchObject({ deadlineOn: "2026-10-01", createdBy: s.members.librarian });
    expect(JSON.parse(row.audience)).toEqual({ kind: "class", value: "3-2" });
    expect(await s.db.auditLog.count({ where: { action: "activity.create" } })).toBe(1);
  });

  it.each([
    ["not_librarian", "teacher", input()],
    ["bad_kind", "librarian", input({ kind: "party" as never })],
    ["bad_name", "librarian", input({ name: "  " })],
    ["bad_name", "librarian", input({ name: "书".repeat(61) })],
    ["bad_date", "librarian", input({ endsOn: "2026-13-01" })],
    ["starts_in_past", "librarian", input({ startsOn: "2026-09-08" })],
    ["ends_before_start", "librarian", input({ endsOn: "2026-09-19" })],
    ["deadline_outside", "librarian", input({ deadlineOn: "2026-10-21" })],
    ["bad_audience", "librarian", input({ audience: { kind: "grade", grade: 0 } })],
    ["unknown_class", "librarian", input({ audience: { kind: "class", classId: 999 } })],
  ] as const)("refuses %s and writes nothing", async (code, who, given) => {
    const s = await school();
    expect(await createActivity(s.lib, await as(s, who), given)).toEqual({ ok: false, code });
    expect(await s.db.activity.count()).toBe(0);
  });
});
