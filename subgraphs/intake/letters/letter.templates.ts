import fs from "node:fs";
import path from "node:path";
import { Language, type InadmissibilityReason, type Outcome } from "../../../lib/domain/enums";
import { LetterKind } from "./letter.entity";
import { PROJECT_ROOT } from "../../../lib/platform/project-root";

/** Words a template needs per language, kept beside the templates in phrases.json. */
export interface Phrases {
  /** BCP 47 locale for dates, e.g. nl-BE. */
  locale: string;
  outcome: Record<Outcome, string>;
  reason: Record<InadmissibilityReason, string>;
  /** The capacity a letter names beside the handler's name (openness law art. 2, 3°). */
  capacity: { coordinator: string; central: string };
}

export type TemplateValues = Record<string, string | null>;

/** The letters, and the message that asks a complainant to confirm their address. */
export type TemplateName = LetterKind | "EMAIL_CONFIRMATION";

const FILES: Record<TemplateName, string> = {
  [LetterKind.ACKNOWLEDGEMENT]: "acknowledgement.txt",
  [LetterKind.FIRST_LINE_ANSWER]: "first-line-answer.txt",
  [LetterKind.ESCALATION_RECEIPT]: "escalation-receipt.txt",
  [LetterKind.ESCALATION_DECISION]: "escalation-decision.txt",
  [LetterKind.INADMISSIBILITY]: "inadmissibility.txt",
  [LetterKind.APPEAL_ROUTE]: "appeal-route.txt",
  [LetterKind.TRANSFER]: "transfer.txt",
  [LetterKind.WITHDRAWAL]: "withdrawal.txt",
  [LetterKind.ANSWER_DELAY]: "answer-delay.txt",
  EMAIL_CONFIRMATION: "email-confirmation.txt",
};

/** The templates' folder, in the source tree (tsc does not copy .txt files into dist). */
export const TEMPLATES_DIR = path.join(PROJECT_ROOT, "subgraphs", "intake", "letters", "templates");

const SECTION = /\{\{#(\w+)\}\}\n?([\s\S]*?)\{\{\/\1\}\}\n?/g;
const VALUE = /\{\{(\w+)\}\}/g;

/**
 * Renders a template: `{{name}}` is replaced by a value, `{{#name}}…{{/name}}`
 * is kept only when the value is not empty. A name the caller did not supply
 * is an error, so a typo in a template cannot reach a citizen as "{{reference}}".
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  const lookup = (name: string): string | null => {
    if (!(name in values)) throw new Error(`template uses {{${name}}}, which is not supplied`);
    return values[name];
  };
  let text = template;
  let previous: string;
  do {
    previous = text;
    text = text.replace(SECTION, (_all, name: string, body: string) => (lookup(name) ? body : ""));
  } while (text !== previous);
  // Sections left out leave blank lines behind; tidied before the values go in, so typed text is kept as typed.
  text = text.replace(/\n{3,}/g, "\n\n");
  return text.replace(VALUE, (_all, name: string) => lookup(name) ?? "");
}

/**
 * The letters in the four languages, read from files once at start; a missing
 * file stops the subgraph from starting rather than a letter from being sent.
 * The first line of a template is the subject, the rest after a blank line is the letter.
 */
export class LetterTemplates {
  private constructor(
    private readonly templates: Map<string, string>,
    private readonly phrases: Map<Language, Phrases>,
  ) {}

  static load(dir = TEMPLATES_DIR): LetterTemplates {
    const templates = new Map<string, string>();
    const phrases = new Map<Language, Phrases>();
    for (const language of Object.values(Language)) {
      const folder = path.join(dir, language.toLowerCase());
      phrases.set(language, JSON.parse(fs.readFileSync(path.join(folder, "phrases.json"), "utf8")) as Phrases);
      for (const [kind, file] of Object.entries(FILES)) {
        templates.set(`${language}/${kind}`, fs.readFileSync(path.join(folder, file), "utf8"));
      }
    }
    return new LetterTemplates(templates, phrases);
  }

  phrasesFor(language: Language): Phrases {
    return this.phrases.get(language) as Phrases;
  }

  render(kind: TemplateName, language: Language, values: TemplateValues): { subject: string; text: string } {
    const rendered = renderTemplate(this.templates.get(`${language}/${kind}`) as string, values);
    const [subject, ...body] = rendered.split("\n");
    return { subject: subject.trim(), text: body.join("\n").replace(/^\n+/, "").trimEnd() + "\n" };
  }

  /** A calendar date as the complainant reads it, in Brussels time. */
  formatDate(language: Language, date: Date): string {
    return new Intl.DateTimeFormat(this.phrasesFor(language).locale, { dateStyle: "long", timeZone: "Europe/Brussels" }).format(date);
  }

  /** A moment (a code's expiry), Brussels time. */
  formatDateTime(language: Language, date: Date): string {
    return new Intl.DateTimeFormat(this.phrasesFor(language).locale, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Brussels" }).format(date);
  }
}
