import de from "./messages/de.json";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import nl from "./messages/nl.json";
import { currentLanguage, type MessageLanguage } from "./language";

/** Every message the API shows a person, by key; en.json is the list of keys (the others must have the same). */
export type MessageKey = keyof typeof en;
export type MessageParam = string | number | Message;
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A message not yet put into words: its key in lib/i18n/messages/<language>.json and the values of its {placeholders}. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export const CATALOGUE: Readonly<Record<MessageLanguage, Readonly<Record<string, string>>>> = { nl, fr, de, en };

/** A message to show: `msg("complaint.notFound", { id })`. A param that is itself a Message is put into words in the same language. */
export const msg = (key: MessageKey, params?: MessageParams): Message => ({ key, params });

/** The message in `language`; a placeholder without a value stays as it is, so a missing value shows. */
export function translate(message: Message, language: MessageLanguage): string {
  const template = CATALOGUE[language][message.key] ?? CATALOGUE.en[message.key] ?? message.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? translate(value, language) : String(value);
  });
}

/** The message in the language of the request being handled (see language.ts). */
export const localise = (message: Message): string => translate(message, currentLanguage());
