import { describe, expect, test } from "vitest";
import { checkDatetime, isDatetime } from "./values.js";

// The regex isDatetime replaces: the character check must accept exactly what it accepts.
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

describe("isDatetime", () => {
  test("accepts and rejects the usual forms", () => {
    for (const ok of ["2026-03-01T10:00Z", "2026-03-01T10:00:59Z", "2026-03-01T10:00:59.1Z", "2026-03-01T10:00:59.123456789+05:30", "2026-03-01T10:00-01:00"]) expect(isDatetime(ok)).toBe(true);
    for (const bad of ["", "2026-03-01", "2026-03-01T10:00", "2026-03-01T10:00:59.Z", "2026-03-01T10:00:59.1234567890Z", "2026-03-01T10:00:5Z", "2026-03-01t10:00Z", "2026-03-01T10:00+0530", "2026-03-01T10:00Z ", "２026-03-01T10:00Z"]) expect(isDatetime(bad)).toBe(false);
  });

  test("agrees with the regex on 200,000 random near-datetimes", () => {
    const alphabet = "0123456789-T:.Z+ z9";
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const base = "2026-03-01T10:00:59.123+05:30";
    for (let n = 0; n < 200_000; n++) {
      let text = base.slice(0, 16 + Math.floor(random() * 14));
      for (let edits = Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * (text.length + 1));
        const c = alphabet[Math.floor(random() * alphabet.length)]!;
        text = random() < 0.5 ? text.slice(0, at) + c + text.slice(at + 1) : text.slice(0, at) + c + text.slice(at);
      }
      if (random() < 0.3) text += "Z";
      expect(isDatetime(text), text).toBe(DATETIME.test(text));
    }
  });

  test("checkDatetime throws a ValidationError naming the path", () => {
    expect(() => checkDatetime("2026-03-01", "placedAt")).toThrow(/placedAt|datetime/);
    expect(checkDatetime("2026-03-01T10:00Z", "placedAt")).toBe("2026-03-01T10:00Z");
  });
});
