import { addMonths, addYears, wholeYears } from "./development-dates";

describe("development dates", () => {
  it("moves by months and years, keeping the day or taking the month's last", () => {
    expect(addYears("2024-03-10", 1)).toBe("2025-03-10");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addMonths("2025-03-31", -1)).toBe("2025-02-28");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2025-12-15", 1)).toBe("2026-01-15");
    expect(addMonths("2026-01-10", -1)).toBe("2025-12-10");
  });

  it("counts an age in whole years: the day before the birthday, on it", () => {
    expect(wholeYears("2004-09-15", "2022-09-14")).toBe(17);
    expect(wholeYears("2004-09-15", "2022-09-15")).toBe(18);
    // Born on 29 February: 18 on 28 February of a common year.
    expect(wholeYears("2004-02-29", "2022-02-27")).toBe(17);
    expect(wholeYears("2004-02-29", "2022-02-28")).toBe(18);
  });
});
