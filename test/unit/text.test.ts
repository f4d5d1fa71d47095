import { checkText, textProblem } from "../../lib/graphql/text";

const controls = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const hex = (c: string) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");

describe("the character rule (lib/graphql/text.ts)", () => {
  const everywhere = [
    ...controls(0x00, 0x08),
    "\u000B",
    "\u000C",
    ...controls(0x0e, 0x1f),
    ...controls(0x7f, 0x9f),
    ...controls(0x202a, 0x202e),
    ...controls(0x2066, 0x2069),
  ];

  it.each(everywhere.map((c) => [hex(c), c]))("U+%s is refused in single-line and long text", (code, c) => {
    expect(textProblem("subject", `a${c}b`, "single-line")).toBe(
      `subject must not contain a line break, a tab, a control or a bidirectional-override character (found U+${code} at position 2)`,
    );
    expect(textProblem("description", `a${c}b`, "multi-line")).toBe(
      `description must not contain a control or a bidirectional-override character (found U+${code} at position 2)`,
    );
  });

  it.each([["\t"], ["\n"], ["\r\n"], ["\u2028"], ["\u2029"]])("%p is refused on one line, kept in long text", (c) => {
    expect(textProblem("name", `a${c}b`, "single-line")).toMatch(/^name must not contain/);
    expect(textProblem("answer", `a${c}b`, "multi-line")).toBeNull();
  });

  it("a lone carriage return is refused in long text; CRLF is kept", () => {
    expect(textProblem("answer", "a\rb", "multi-line")).toMatch(/U\+000D at position 2/);
    expect(textProblem("answer", "a\r\nb\r\n", "multi-line")).toBeNull();
  });

  it("any script, emoji, combining marks and the bidi marks pass", () => {
    const text = "Zoë Ĳsbrand-Ngô 李小龍 مرحبا\u200F 😀👩‍👩‍👧 e\u0301 \u200E\u061C\u00A0";
    expect(textProblem("name", text, "single-line")).toBeNull();
    expect(textProblem("description", text, "multi-line")).toBeNull();
  });

  it("checkText throws BAD_USER_INPUT with the same message; null and empty pass", () => {
    expect(() => checkText("note", "x\u0000", "multi-line")).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^note must not contain/),
        extensions: {
          code: "BAD_USER_INPUT",
          fieldErrors: [
            {
              path: "note",
              code: "INVALID_CHARACTERS",
              params: { character: "U+0000", position: 2 },
              message: "note must not contain a control or a bidirectional-override character (found U+0000 at position 2)",
            },
          ],
        },
      }),
    );
    expect(() => checkText("note", null, "multi-line")).not.toThrow();
    expect(() => checkText("note", "", "single-line")).not.toThrow();
  });
});
