import { ValidateBy, type ValidationOptions } from "class-validator";
import { invalidField } from "../errors";
import { textFieldError } from "../field-errors";

/**
 * The one rule for characters in text a client sends. Refused everywhere:
 * C0 controls other than tab and line breaks, DEL and the C1 controls, and
 * the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069), which can make a letter or a list read differently from
 * what is stored. A single-line field (a name, a subject, an address) also
 * refuses tab, line feed, carriage return and the Unicode line and paragraph
 * separators; a long text keeps tabs and line breaks (LF, CRLF; not a lone CR).
 * The bidi marks (U+200E, U+200F, U+061C) stay allowed: right-to-left scripts
 * need them and they cannot reorder text.
 */
const REFUSED_EVERYWHERE = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069";
const REFUSED: Record<TextKind, RegExp> = {
  "single-line": new RegExp(`[${REFUSED_EVERYWHERE}\\t\\n\\r\\u2028\\u2029]`, "u"),
  "multi-line": new RegExp(`[${REFUSED_EVERYWHERE}]|\\r(?!\\n)`, "u"),
};

export type TextKind = "single-line" | "multi-line";

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** The first refused character of `value` ("U+202E") and its position (1-based), or null. */
export function refusedCharacter(value: string, kind: TextKind): { character: string; position: number } | null {
  const found = REFUSED[kind].exec(value);
  return found ? { character: codePoint(found[0]), position: found.index + 1 } : null;
}

/** Why `value` is refused for `field` (in English: class-validator's message, `extensions.fields`), or null when it is acceptable. */
export function textProblem(field: string, value: string, kind: TextKind): string | null {
  const found = REFUSED[kind].exec(value);
  if (!found) return null;
  const what =
    kind === "single-line" ? "a line break, a tab, a control or a bidirectional-override character" : "a control or a bidirectional-override character";
  return `${field} must not contain ${what} (found ${codePoint(found[0])} at position ${found.index + 1})`;
}

/** For text that arrives as a plain argument rather than in an input class. */
export function checkText(field: string, value: string | null | undefined, kind: TextKind): void {
  const found = value ? refusedCharacter(value, kind) : null;
  if (found) throw invalidField(textFieldError(field, kind, found));
}

const textDecorator = (kind: TextKind) => (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: kind === "single-line" ? "singleLine" : "multiLine",
      validator: {
        validate: (value: unknown, args) => typeof value !== "string" || textProblem(args?.property ?? "", value, kind) === null,
        defaultMessage: (args) => textProblem(args?.property ?? "", String(args?.value ?? ""), kind) ?? "",
      },
    },
    options,
  );

/** A name, a subject, an address: one line of visible text (input classes of every subgraph). */
export const SingleLine = textDecorator("single-line");
/** A description, an answer, a note: line breaks and tabs kept. */
export const MultiLine = textDecorator("multi-line");
