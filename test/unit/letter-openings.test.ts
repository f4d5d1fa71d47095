import { Language } from "../../lib/domain/enums";
import { LetterKind } from "../../subgraphs/intake/letters/letter.entity";
import { LetterTemplates } from "../../subgraphs/intake/letters/letter.templates";

/** Text a citizen types on the form; none of it may open a letter, where a reader takes it for the FOD's words. */
const TYPED = { name: "TYPED-NAME", organisation: "TYPED-ORG", postalAddress: "TYPED-ADDRESS", appealRoute: "TYPED-ROUTE" };
const values = {
  ...TYPED,
  reference: "IBZ-2026-000001",
  date: "d",
  receivedDate: "r",
  directorate: "dir",
  centralAddress: "c",
  ombudsmanName: "o",
  ombudsmanAddress: "a",
  ombudsmanPhone: "p",
  ombudsmanWebsite: "w",
  answerDueDate: "due",
  answer: "ans",
  decision: "dec",
  remedy: "rem",
  requestedDate: "req",
  decisionDueDate: "ddue",
  review: "yes",
  outcome: "out",
  reason: "why",
  appealRouteApplies: "yes",
  note: null,
  code: "123456",
  validUntil: "v",
  handlerName: "h",
  handlerCapacity: "hc",
  handlerAddress: "ha",
  handlerPhone: "hp",
  privacyNotice: "pn",
};

describe("letters open with the FOD's fixed text", () => {
  const templates = LetterTemplates.load();
  it.each(Object.values(Language))("%s: subject and the first 6 lines hold the reference and nothing typed by the citizen", (language) => {
    for (const kind of [...Object.values(LetterKind), "EMAIL_CONFIRMATION" as const]) {
      const { subject, text } = templates.render(kind, language, values);
      const opening = [subject, ...text.split("\n").slice(0, 6)].join("\n");
      expect(text.split("\n").slice(0, 4).join("\n")).toContain(values.reference);
      for (const typed of Object.values(TYPED)) expect(opening).not.toContain(typed);
    }
  });

  it.each(Object.values(Language))("%s: the confirmation message holds only the reference, the code and its expiry", (language) => {
    const { text } = templates.render("EMAIL_CONFIRMATION", language, values);
    expect(text).toContain("123456");
    for (const typed of Object.values(TYPED)) expect(text).not.toContain(typed);
  });
});
