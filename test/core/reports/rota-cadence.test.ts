import { describe, expect, it } from "vitest";
import { cadenceOf, cadencesFrom } from "../../../src/core/reports/rota-cadence.ts";

describe("rota cadence", () => {
  it("reads every week from an every entry or from odd and even entries together", () => {
    expect(cadenceOf(["every"])).toBe("every");
    expect(cadenceOf(["odd", "even"])).toBe("every");
    expect(cadenceOf(["odd", "odd"])).toBe("odd");
    expect(cadenceOf(["even"])).toBe("even");
    expect(cadenceOf([])).toBeUndefined();
  });

  it("counts a class's own slots and its grade's open days, never duty shifts", () => {
    const classes = [
      { id: 1, name: "3-1", grade: 3 },
      { id: 2, name: "4-1", grade: 4 },
      { id: 3, name: "6-1", grade: 6 },
    ];
    const map = cadencesFrom(
      [
        { kind: "slot", classId: 1, grades: "", weeks: "odd" },
        { kind: "grade_day", classId: null, grades: "3,4", weeks: "even" },
        { kind: "duty", classId: null, grades: "", weeks: "every" },
      ],
      classes,
    );
    expect(map.get(1)?.cadence).toBe("every");
    expect(map.get(2)?.cadence).toBe("even");
    expect(map.has(3)).toBe(false);
  });
});
