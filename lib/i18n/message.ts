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

/**
 * Texts put into words before the request's language was known, and how to say them in it. A subgraph runs its
 * requests without a language scope (an AsyncLocalStorage there slows every promise of the process: see
 * docs/architecture.md), so its messages are made in English and said again in the request's language when the
 * response is sent (`rewordIn`, lib/graphql/localised-errors.ts). Keyed by the object holding the text (an error,
 * a field error), so nothing outlives it.
 */
const wordings = new WeakMap<object, (language: MessageLanguage) => string>();

/** Remembers how to say `holder`'s text in another language; returns `holder`. */
export function wordedLater<T extends object>(holder: T, word: (language: MessageLanguage) => string): T {
  wordings.set(holder, word);
  return holder;
}

/** `holder`'s text as `message` says it, in any language. */
export const worded = <T extends object>(holder: T, message: Message): T => wordedLater(holder, (language) => translate(message, language));

/** `holder`'s text in `language`, when it was remembered; undefined otherwise. */
export const rewordIn = (holder: unknown, language: MessageLanguage): string | undefined =>
  typeof holder === "object" && holder !== null ? wordings.get(holder)?.(language) : undefined;

/** Lets `to` (a copy of `from`) be said again as `from` is. */
export function keepWording<T extends object>(from: object, to: T): T {
  const word = wordings.get(from);
  if (word && to !== from) wordings.set(to, word);
  return to;
}
