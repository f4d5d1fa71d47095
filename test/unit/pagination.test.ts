import { MAX_PAGE_SIZE, decodeCursor, encodeCursor, pageSize } from "../../lib/graphql/pagination";

/** BAD_USER_INPUT naming the field for a form (`fieldErrors`). */
const badInput = (message: string) =>
  expect.objectContaining({
    message,
    extensions: {
      code: "BAD_USER_INPUT",
      fieldErrors: [expect.objectContaining({ path: message.split(" ")[0], message, code: expect.stringMatching(/^[A-Z_]+$/) })],
    },
  });

describe("pagination", () => {
  it("pageSize: 50 by default, clamped to 100, refuses zero, negatives and fractions", () => {
    expect([pageSize(undefined), pageSize(null), pageSize(1), pageSize(100), pageSize(101), pageSize(10_000)]).toEqual([50, 50, 1, 100, 100, MAX_PAGE_SIZE]);
    expect(pageSize(undefined, 20)).toBe(20);
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => pageSize(bad)).toThrow(badInput("first must be a positive number"));
  });

  it("a cursor round-trips (time to the millisecond and id) and is opaque base64url", () => {
    const cursor = { at: new Date("2026-03-02T09:00:00.123Z"), id: "3f2a-…-id" };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor(null)).toBeUndefined();
    expect(decodeCursor("")).toBeUndefined();
  });

  it("refuses what it did not hand out: garbage, wrong shape, bad date, non-string id", () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const bad of ["%%%", "bm90IGpzb24", b64({ at: "2026-03-02", id: "x" }), b64(["not a date", "x"]), b64(["2026-03-02T09:00:00Z", 7])]) {
      expect(() => decodeCursor(bad)).toThrow(badInput("after is not a cursor this API handed out"));
    }
  });
});
