import fs from "node:fs";
import path from "node:path";
import { GraphQLError } from "graphql";
import { fieldError, fieldErrorsOfValidation } from "../../lib/field-errors";
import { LANGUAGES, currentLanguage, fromAcceptLanguage, requestLanguage, withLanguage } from "../../lib/i18n/language";
import { CATALOGUE, msg, translate } from "../../lib/i18n/message";
import { notFound } from "../../lib/errors";
import { PROJECT_ROOT } from "../../lib/platform/project-root";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the message catalogue (lib/i18n/messages/<language>.json)", () => {
  const keys = Object.keys(CATALOGUE.en).sort();

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s has a translation for every key of en.json and no other key", (language) => {
    expect(Object.keys(CATALOGUE[language]).sort()).toEqual(keys);
  });

  it.each(LANGUAGES)("%s: every message is worded (not empty) and uses exactly the placeholders of the English one", (language) => {
    for (const key of keys) {
      const text = CATALOGUE[language][key];
      expect({ key, empty: !text?.trim() }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(CATALOGUE.en[key]) });
    }
  });

  it("a message is worded in the language asked, a Message param too", () => {
    const refusal = msg("refusal.screen", { status: msg("status.WITHDRAWN") });
    expect(translate(refusal, "en")).toBe("A complaint that is withdrawn cannot be screened");
    expect(translate(refusal, "nl")).toBe("Een ingetrokken klacht kan niet gescreend worden");
    expect(translate(refusal, "fr")).toBe("Une plainte retirée ne peut pas être examinée");
    expect(translate(refusal, "de")).toBe("Eine zurückgezogene Beschwerde kann nicht geprüft werden");
    expect(translate(msg("complaint.notFound", { id: "c-1" }), "de")).toBe("Keine Beschwerde c-1");
  });

  it("a status word fits the sentence it is put in (attributive in nl, fr and de; after 'that is' in en)", () => {
    const rescreen = msg("refusal.rescreen", { status: msg("status.ANSWERED") });
    expect(translate(rescreen, "en")).toMatch(/^This complaint is no longer inadmissible \(it is answered\)/);
    expect(translate(rescreen, "nl")).toMatch(/^Deze klacht is niet meer onontvankelijk \(het is nu een beantwoorde klacht\)/);
    expect(translate(rescreen, "fr")).toMatch(/^Cette plainte n'est plus irrecevable \(c'est désormais une plainte ayant reçu une réponse\)/);
    expect(translate(rescreen, "de")).toMatch(/^Diese Beschwerde ist nicht mehr unzulässig \(sie ist jetzt eine beantwortete Beschwerde\)/);
    expect(translate(msg("refusal.notApplicable", { mutation: "answerComplaint", status: msg("status.ESCALATED") }), "en")).toBe(
      "answerComplaint does not apply to a complaint that is escalated",
    );
  });
});

/** Every .ts file of the running code: what can throw a message at a client. */
function sourceFiles(): string[] {
  const roots = ["lib", "gateway", "subgraphs", "runtime"].map((d) => path.join(PROJECT_ROOT, d));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) files.push(full);
    }
  };
  roots.filter((r) => fs.existsSync(r)).forEach(walk);
  return files;
}

/**
 * Routes no person reaches (service tokens between our processes, the event feed,
 * /metrics and the operator's /admin routes, unknown paths): their plain-English HttpErrors are allowed.
 */
const INTERNAL_ROUTES = ["lib/graphql/subgraph-server.ts", "lib/platform/metrics.ts", "lib/platform/http-routes.ts", "gateway/admin-routes.ts"];

describe("every message thrown at a client has a key", () => {
  const TEXT_THROWN = [
    /\b(badInput|conflict|notFound|forbidden|unauthenticated|rateLimited|invalidToken|stateRefusal|inputRefusal)\(\s*["'`]/,
    /\bfound\([^()]*(\([^()]*\))?[^()]*,\s*["'`]/,
    /new GraphQLError\(\s*["'`]/,
    /new HttpError\(\s*\d+\s*,\s*["'`]/,
    /new RateLimitedError\(\s*["'`]/,
  ];

  it("no error is made from English text outside the catalogue (the error helpers take a Message)", () => {
    const offenders = sourceFiles()
      .filter((file) => !INTERNAL_ROUTES.includes(path.relative(PROJECT_ROOT, file)))
      .flatMap((file) =>
        fs
          .readFileSync(file, "utf8")
          .split("\n")
          .map((line, i) => ({ where: `${path.relative(PROJECT_ROOT, file)}:${i + 1}`, line: line.trim() }))
          .filter(({ line }) => !line.startsWith("//") && !line.startsWith("*") && TEXT_THROWN.some((re) => re.test(line))),
      );
    expect(offenders).toEqual([]);
  });

  it("every key the code names exists in en.json (a literal key; the types check the rest)", () => {
    const named = sourceFiles().flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/\bmsg\(\s*"([^"]+)"/g)].map((m) => m[1]));
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((key) => !(key in CATALOGUE.en))).toEqual([]);
  });
});

describe("the language of a request", () => {
  it.each([
    ["fr", undefined, "fr"],
    ["de-BE,de;q=0.9", undefined, "de"],
    ["es, en;q=0.5, fr;q=0.8", undefined, "fr"],
    ["EN-gb", "fr", "en"],
    [undefined, "fr-BE", "fr"],
    [undefined, "FR", "fr"],
    ["es", "de", "de"],
    ["fr;q=0", undefined, "nl"],
    [undefined, undefined, "nl"],
    ["", "xx", "nl"],
  ] as const)("Accept-Language %p, locale claim %p: %s", (header, locale, expected) => {
    expect(requestLanguage(header, locale)).toBe(expected);
  });

  it("an unknown language tag is no language", () => {
    expect(fromAcceptLanguage("es-ES,it")).toBeUndefined();
  });

  it("errors are worded when made, in the language of the request; outside a request in English", () => {
    expect(currentLanguage()).toBe("en");
    expect(notFound(msg("complaint.notFound", { id: "x" })).message).toBe("No complaint x");
    const inFrench = withLanguage("fr", () => notFound(msg("complaint.notFound", { id: "x" })));
    expect(inFrench).toBeInstanceOf(GraphQLError);
    expect(inFrench.message).toBe("Aucune plainte x");
  });
});

describe("field errors", () => {
  it("keep their params apart from the path, which the message names", () => {
    expect(withLanguage("nl", () => fieldError("complainant.email", "TOO_LONG", { max: 254 }))).toEqual({
      path: "complainant.email",
      code: "TOO_LONG",
      params: { max: 254 },
      message: "complainant.email mag ten hoogste 254 tekens bevatten",
    });
  });

  it("an unknown class-validator constraint is INVALID, with class-validator's English kept in `fields`", () => {
    const { fields, fieldErrors } = fieldErrorsOfValidation([{ property: "x", constraints: { isFoo: "x must be foo" } }], "input");
    expect(fields).toEqual(["input.x must be foo"]);
    expect(fieldErrors).toEqual([{ path: "input.x", code: "INVALID", params: {}, message: "input.x is not valid" }]);
  });
});
