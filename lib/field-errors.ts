import { getMetadataStorage } from "class-validator";
import { localise, msg, worded, type Message, type MessageKey } from "./i18n/message";
import { NOT_BLANK } from "./domain/text-limits";
import { refusedCharacter } from "./graphql/text";

/** The stable codes of `extensions.fieldErrors[].code` (the table in docs/api.md says what a form does with each). */
export type FieldErrorCode =
  | "REQUIRED"
  | "CONTACT_REQUIRED"
  | "TOO_LONG"
  | "TOO_SHORT"
  | "TOO_MANY"
  | "INVALID_EMAIL"
  | "INVALID_PHONE"
  | "INVALID_CHARACTERS"
  | "INVALID_DATE"
  | "OUT_OF_RANGE"
  | "UNKNOWN_REFERENCE"
  | "INVALID";

export type FieldErrorParams = Readonly<Record<string, string | number>>;

/** One wrong field of the input: `path` as in the input ("complainant.email"), a code, its values, the message in the request's language. */
export interface FieldError {
  path: string;
  code: FieldErrorCode;
  message: string;
  params: FieldErrorParams;
}

/** `field.<CODE>` in the catalogue unless another message says it better; `{field}` is the path. */
export function fieldError(path: string, code: FieldErrorCode, params: FieldErrorParams = {}, message?: Message): FieldError {
  const key: MessageKey = message?.key ?? `field.${code}`;
  const said = msg(key, { ...params, ...message?.params, field: path });
  return worded({ path, code, params, message: localise(said) }, said);
}

export interface ValidationErrorLike {
  property: string;
  target?: object;
  value?: unknown;
  constraints?: Record<string, string>;
  contexts?: Record<string, { code?: FieldErrorCode } | undefined>;
  children?: ValidationErrorLike[];
}

/** The values a decorator was given (`@MaxLength(254)`: [254]), from class-validator's metadata of the input class. */
function constraintValues(e: ValidationErrorLike, name: string): unknown[] {
  if (!e.target) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(e.target.constructor, "", true, false);
  return metadata.find((m) => m.propertyName === e.property && m.name === name)?.constraints ?? [];
}

/** A failed class-validator constraint as a field error; `context: { code }` on a decorator names the code where the constraint cannot. */
function constraintFieldError(e: ValidationErrorLike, path: string, name: string): FieldError {
  const [first] = constraintValues(e, name);
  const code = e.contexts?.[name]?.code;
  if (code) return fieldError(path, code);
  switch (name) {
    case "maxLength":
      return fieldError(path, "TOO_LONG", { max: Number(first) });
    case "minLength":
      return fieldError(path, "TOO_SHORT", { min: Number(first) });
    case "arrayMaxSize":
      return fieldError(path, "TOO_MANY", { max: Number(first) });
    case "isEmail":
      return fieldError(path, "INVALID_EMAIL");
    case "matches":
      return first instanceof RegExp && first.source === NOT_BLANK.source ? fieldError(path, "REQUIRED") : fieldError(path, "INVALID");
    case "singleLine":
    case "multiLine": {
      const kind = name === "singleLine" ? "single-line" : "multi-line";
      const found = typeof e.value === "string" ? refusedCharacter(e.value, kind) : null;
      return textFieldError(path, kind, found ?? { character: "", position: 0 });
    }
    default:
      return fieldError(path, "INVALID");
  }
}

/** INVALID_CHARACTERS: which character, at which position (1-based, in UTF-16 units). */
export const textFieldError = (path: string, kind: "single-line" | "multi-line", found: { character: string; position: number }): FieldError =>
  fieldError(path, "INVALID_CHARACTERS", found, kind === "single-line" ? undefined : msg("field.INVALID_CHARACTERS.multiLine"));

/** type-graphql's validation errors as the legacy `fields` (class-validator's English) and as `fieldErrors`. */
export function fieldErrorsOfValidation(errors: ValidationErrorLike[], prefix = ""): { fields: string[]; fieldErrors: FieldError[] } {
  const fields: string[] = [];
  const fieldErrors: FieldError[] = [];
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [name, message] of Object.entries(e.constraints ?? {})) {
      fields.push(message.replace(e.property, path));
      fieldErrors.push(constraintFieldError(e, path, name));
    }
    const inner = fieldErrorsOfValidation(e.children ?? [], path);
    fields.push(...inner.fields);
    fieldErrors.push(...inner.fieldErrors);
  }
  return { fields, fieldErrors };
}
