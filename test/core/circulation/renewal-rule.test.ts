import { describe, expect, test } from "vitest";
import { renewalBlock } from "../../../src/core/circulation/renewal-rule.ts";
import type { RenewalFacts } from "../../../src/core/circulation/renewal-rule.ts";
import { defaultPolicy } from "../../../src/core/policy.ts";

// Students renew once, within 3 days of the due date. Today is 2026-09-09.
const day = "2026-09-09";
const loan = (o: Partial<RenewalFacts> = {}): RenewalFacts => ({
  cardStatus: "active",
  role: "student",
  dueOn: "2026-09-11",
  renewals: 0,
  heldByOther: false,
  ...o,
});

describe("renewalBlock", () => {
  test("allows a loan due within the window with renewals left", () => {
    expect(renewalBlock(defaultPolicy, day, loan())).toBeNull();
  });

  test("says overdue with the days late even when renewals are left", () => {
    expect(renewalBlock(defaultPolicy, day, loan({ dueOn: "2026-09-04" }))).toEqual({
      ok: false,
      code: "overdue",
      detail: { daysLate: 5 },
    });
  });

  test("says too_soon with the first day a renewal opens", () => {
    expect(renewalBlock(defaultPolicy, day, loan({ dueOn: "2026-09-20" }))).toEqual({
      ok: false,
      code: "too_soon",
      detail: { renewFrom: "2026-09-17" },
    });
  });

  test("puts the card before overdue, overdue before a hold, a hold before used-up renewals", () => {
    const late = { dueOn: "2026-09-01", renewals: 1, heldByOther: true };
    const code = (o: Partial<RenewalFacts>) => renewalBlock(defaultPolicy, day, loan(o))?.code;
    expect(code({ ...late, cardStatus: "suspended" })).toBe("suspended");
    expect(code(late)).toBe("overdue");
    expect(code({ ...late, dueOn: "2026-09-11" })).toBe("on_hold");
    expect(code({ ...late, dueOn: "2026-09-11", heldByOther: false })).toBe("too_many");
  });

  test("gives a teacher the teacher's renewals", () => {
    expect(renewalBlock(defaultPolicy, day, loan({ role: "teacher", renewals: 1 }))).toBeNull();
  });
});
