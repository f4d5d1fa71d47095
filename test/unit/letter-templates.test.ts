import fs from "node:fs";
import path from "node:path";
import { Language } from "../../lib/domain/enums";
import { LetterKind } from "../../subgraphs/intake/letters/letter.entity";
import { LetterTemplates, TEMPLATES_DIR, renderTemplate } from "../../subgraphs/intake/letters/letter.templates";

const DIR = TEMPLATES_DIR;

/** Every value the letter writer supplies, for any kind of letter. */
const VALUES = {
  name: "Marie Dubois",
  organisation: null,
  postalAddress: "Rue Haute 1, 1000 Bruxelles",
  reference: "IBZ-2026-000042",
  date: "DATE-OF-LETTER",
  receivedDate: "DATE-RECEIVED",
  directorate: "DIRECTORATE-NAME",
  centralAddress: "CENTRAL-ADDRESS",
  ombudsmanName: "OMBUDSMAN-NAME",
  ombudsmanAddress: "OMBUDSMAN-ADDRESS",
  ombudsmanPhone: "OMBUDSMAN-PHONE",
  ombudsmanWebsite: "OMBUDSMAN-WEBSITE",
  answerDueDate: "ANSWER-DUE",
  answer: "ANSWER-TEXT\nSECOND LINE",
  decision: "DECISION-TEXT",
  remedy: "REMEDY-TEXT",
  requestedDate: "DATE-REQUESTED",
  decisionDueDate: "DECISION-DUE",
  review: "yes",
  outcome: "OUTCOME-PHRASE",
  reason: "REASON-PHRASE",
  appealRouteApplies: null,
  appealRoute: null,
  note: "NOTE-TEXT",
  handlerName: "HANDLER-NAME",
  handlerCapacity: "HANDLER-CAPACITY",
  handlerAddress: "HANDLER-ADDRESS",
  handlerPhone: "HANDLER-PHONE",
  privacyNotice: "PRIVACY-NOTICE",
};

/** The placeholders a template uses, values and sections alike. */
const placeholders = (template: string) => new Set([...template.matchAll(/\{\{[#/]?(\w+)\}\}/g)].map((m) => m[1]));
const LETTER_KINDS = Object.values(LetterKind);
const templateFile = (language: Language, kind: LetterKind) =>
  fs.readFileSync(path.join(DIR, language.toLowerCase(), `${kind.toLowerCase().replace(/_/g, "-")}.txt`), "utf8");
/** The seed's sentence on the Ombudsman, as each language's letters write it. */
const OMBUDSMAN_SENTENCE: Record<Language, string> = {
  NL: "kunt u altijd terecht bij de federale Ombudsman. Hij is volledig onafhankelijk, maakt geen deel uit van de federale administratie en onderzoekt uw klacht kosteloos en onpartijdig.",
  FR: "vous pouvez toujours vous adresser au Médiateur fédéral. Il est totalement indépendant, ne fait pas partie de l'administration fédérale et examine votre plainte gratuitement et en toute impartialité.",
  DE: "können Sie sich jederzeit an den Föderalen Ombudsmann wenden. Er ist völlig unabhängig, gehört nicht zur föderalen Verwaltung und prüft Ihre Beschwerde kostenlos und unparteiisch.",
  EN: "you can always turn to the Federal Ombudsman. The Ombudsman is fully independent, is not part of the federal administration and examines your complaint free of charge and impartially.",
};

describe("renderTemplate", () => {
  it("replaces {{name}} and keeps {{#name}}…{{/name}} only when the value is not empty", () => {
    const template = "Dear {{name}},\n{{#org}}\nfor {{org}}\n{{/org}}\n{{#none}}\nnever {{none}}\n{{/none}}\nbye";
    expect(renderTemplate(template, { name: "An", org: "ACME", none: null })).toBe("Dear An,\nfor ACME\nbye");
    expect(renderTemplate(template, { name: "An", org: "", none: null })).toBe("Dear An,\nbye");
  });

  it("nested sections; blank lines left by dropped sections collapse to one, typed blank lines in values are kept", () => {
    const template = "A\n\n{{#x}}\nX{{#y}}\nY\n{{/y}}\n{{/x}}\n\n\nB {{v}}";
    expect(renderTemplate(template, { x: "1", y: null, v: "1\n\n\n2" })).toBe("A\n\nX\n\nB 1\n\n\n2");
    expect(renderTemplate(template, { x: "1", y: "1", v: "" })).toBe("A\n\nXY\n\nB ");
  });

  it("a name the caller did not supply is an error, in a value or a section", () => {
    expect(() => renderTemplate("Hello {{nmae}}", { name: "An" })).toThrow("template uses {{nmae}}, which is not supplied");
    expect(() => renderTemplate("{{#org}}x{{/org}}", {})).toThrow("template uses {{org}}, which is not supplied");
  });

  it("a value that looks like a placeholder is not expanded again", () => {
    expect(renderTemplate("{{a}} {{b}}", { a: "{{b}}", b: "B" })).toBe("{{b}} B");
  });
});

describe("LetterTemplates (the shipped templates)", () => {
  const templates = LetterTemplates.load(DIR);

  it.each(Object.values(Language).flatMap((language) => Object.values(LetterKind).map((kind) => [language, kind] as const)))(
    "%s %s: renders with the writer's values, the subject is the first line and names the reference, no placeholder is left",
    (language, kind) => {
      const { subject, text } = templates.render(kind, language, VALUES);
      expect(subject).toContain("IBZ-2026-000042");
      expect(subject).not.toContain("\n");
      expect(text).toContain("Marie Dubois\nRue Haute 1, 1000 Bruxelles\n");
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(text).not.toMatch(/\n{3,}/);
      expect(text.endsWith("\n") && !text.endsWith("\n\n")).toBe(true);
      // The opening lines are the FOD's own text; what the complainant typed comes later (issue 11).
      expect(text.split("\n").slice(0, 3).join("\n")).not.toContain("Marie Dubois");
    },
  );

  it("the first-line answer carries the answer as typed and the outcome phrase; the decision letter the decision", () => {
    const answer = templates.render(LetterKind.FIRST_LINE_ANSWER, Language.NL, VALUES).text;
    expect(answer).toContain("ANSWER-TEXT\nSECOND LINE");
    expect(answer).toContain("OUTCOME-PHRASE");
    expect(templates.render(LetterKind.ESCALATION_DECISION, Language.FR, VALUES).text).toContain("DECISION-TEXT");
  });

  it("the inadmissibility letter names the appeal route only when it applies", () => {
    const without = templates.render(LetterKind.INADMISSIBILITY, Language.EN, VALUES).text;
    const withRoute = templates.render(LetterKind.INADMISSIBILITY, Language.EN, { ...VALUES, appealRouteApplies: "yes", appealRoute: "ROUTE-NAMED" }).text;
    expect(without).not.toContain("ROUTE-NAMED");
    expect(withRoute).toContain("ROUTE-NAMED");
    expect(withRoute).toContain("REASON-PHRASE");
  });

  it("phrases per language: an outcome and a reason for every value; dates in the language's locale, Brussels time", () => {
    for (const language of Object.values(Language)) {
      const phrases = templates.phrasesFor(language);
      expect(Object.keys(phrases.outcome).sort()).toEqual(["FOUNDED", "NO_JUDGEMENT", "PARTLY_FOUNDED", "UNFOUNDED"]);
      expect(phrases.capacity.coordinator.length).toBeGreaterThan(5);
      expect(phrases.capacity.central.length).toBeGreaterThan(5);
      expect(Object.keys(phrases.reason).sort()).toEqual([
        "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE",
        "ANONYMOUS",
        "DECISION_WITH_APPEAL_ROUTE",
        "OUTSIDE_COMPETENCE",
      ]);
    }
    // 23:30 UTC on 1 March is already 2 March in Brussels.
    const date = new Date("2026-03-01T23:30:00.000Z");
    expect(Object.values(Language).map((l) => templates.formatDate(l, date))).toEqual(["2 maart 2026", "2 mars 2026", "2. März 2026", "2 March 2026"]);
  });

  it.each(LETTER_KINDS)("%s: the four languages' templates use the same placeholders", (kind) => {
    const nl = placeholders(templateFile(Language.NL, kind));
    for (const language of Object.values(Language)) expect([...placeholders(templateFile(language, kind))].sort()).toEqual([...nl].sort());
  });

  it.each(Object.values(Language).flatMap((language) => LETTER_KINDS.map((kind) => [language, kind] as const)))(
    "openness law art. 2, 3°: %s %s names who handles the complaint: name, capacity, address and phone; without a name, the capacity alone",
    (language, kind) => {
      const { text } = templates.render(kind, language, VALUES);
      expect(text).toMatch(/HANDLER-NAME\nHANDLER-CAPACITY\n.+\nHANDLER-ADDRESS\nT[eé]l\. HANDLER-PHONE\n/);
      const anonymous = templates.render(kind, language, { ...VALUES, handlerName: null }).text;
      expect(anonymous).not.toContain("HANDLER-NAME");
      expect(anonymous).toMatch(/\n\nHANDLER-CAPACITY\n.+\nHANDLER-ADDRESS\n/);
    },
  );

  it.each(Object.values(Language))(
    "%s: every final answer (answer, decision, inadmissibility) and the delay letter name the federal Ombudsman with the seed's text and contact data",
    (language) => {
      for (const kind of [LetterKind.FIRST_LINE_ANSWER, LetterKind.ESCALATION_DECISION, LetterKind.INADMISSIBILITY, LetterKind.ANSWER_DELAY]) {
        const { text } = templates.render(kind, language, VALUES);
        expect(text).toContain(OMBUDSMAN_SENTENCE[language]);
        expect(text).toMatch(/OMBUDSMAN-NAME\nOMBUDSMAN-ADDRESS\n.+ OMBUDSMAN-PHONE\nOMBUDSMAN-WEBSITE\n/);
      }
      for (const kind of [LetterKind.ACKNOWLEDGEMENT, LetterKind.TRANSFER, LetterKind.WITHDRAWAL]) {
        expect(templates.render(kind, language, VALUES).text).not.toContain("OMBUDSMAN-NAME");
      }
    },
  );

  it.each(Object.values(Language))(
    "%s: inadmissibility (a review), the delay letter and the first-line answer say how to write to the Central Complaints Service",
    (language) => {
      for (const kind of [LetterKind.INADMISSIBILITY, LetterKind.ANSWER_DELAY, LetterKind.FIRST_LINE_ANSWER]) {
        expect(templates.render(kind, language, VALUES).text).toContain("CENTRAL-ADDRESS");
      }
      expect(templates.render(LetterKind.ESCALATION_DECISION, language, VALUES).text).not.toContain("CENTRAL-ADDRESS");
    },
  );

  it("the transfer letter names the directorate it went to and the answer's due date only while it is ahead", () => {
    const ahead = templates.render(LetterKind.TRANSFER, Language.FR, VALUES).text;
    expect(ahead).toContain("DIRECTORATE-NAME");
    expect(ahead).toContain("au plus tard le ANSWER-DUE");
    expect(templates.render(LetterKind.TRANSFER, Language.FR, { ...VALUES, answerDueDate: null }).text).not.toContain("ANSWER-DUE");
  });

  it("a missing template file stops the load", () => {
    expect(() => LetterTemplates.load(path.join(DIR, "nl"))).toThrow(/ENOENT/);
  });
});
