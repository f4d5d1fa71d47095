import { AsyncLocalStorage } from "node:async_hooks";

/** The languages of the API's messages (the three national languages and English). */
export const LANGUAGES = ["nl", "fr", "de", "en"] as const;
export type MessageLanguage = (typeof LANGUAGES)[number];

/** A request that names no language we speak gets Dutch. */
export const DEFAULT_LANGUAGE: MessageLanguage = "nl";

const isLanguage = (tag: string): tag is MessageLanguage => (LANGUAGES as readonly string[]).includes(tag);

/** The first of our languages in an Accept-Language header, by its q-values ("fr-BE, en;q=0.5" is fr), or undefined. */
export function fromAcceptLanguage(header: string | undefined): MessageLanguage | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...parameters] = part.trim().split(";");
      const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)).find(Boolean);
      return { language: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q[1]) : 1, index };
    })
    .filter((r) => r.q > 0 && isLanguage(r.language))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.language as MessageLanguage | undefined;
}

/** The language of a request's messages: Accept-Language, else the token's `locale` claim ("fr-BE", "FR"), else Dutch. */
export function requestLanguage(acceptLanguage: string | undefined, locale: string | undefined): MessageLanguage {
  return fromAcceptLanguage(acceptLanguage) ?? fromAcceptLanguage(locale) ?? DEFAULT_LANGUAGE;
}

const current = new AsyncLocalStorage<MessageLanguage>();

/** Runs `work` with `language` as the language of every message created inside it (the request's handler). */
export const withLanguage = <T>(language: MessageLanguage, work: () => T): T => current.run(language, work);

/**
 * The language of the request being handled. Outside a request (scripts, unit
 * tests of services) messages are English, the language of the code.
 */
export const currentLanguage = (): MessageLanguage => current.getStore() ?? "en";
