import { GraphQLError } from "graphql";
import { DirectorateCode, Language } from "../../lib/domain/enums";
import { inputRefusal, stateRefusal } from "../../lib/domain/refusal";
import { missingWayToAnswer } from "../../lib/domain/registration";
import { anonymousNote, transferNote } from "../../lib/domain/timeline";
import { createFormatError, invalidField } from "../../lib/errors";
import { fieldError } from "../../lib/field-errors";
import { localise, msg } from "../../lib/i18n/message";
import { LetterDelivery } from "../../subgraphs/intake/letters/letter.entity";
import { postingRefusal } from "../../subgraphs/intake/letters/letter.posting";

describe("a way to answer (anonieme klachten worden niet aanvaard)", () => {
  it("an e-mail or a postal address answers; a name, a phone or blanks alone do not", () => {
    expect(missingWayToAnswer({ email: "an@example.be" })).toBeNull();
    expect(missingWayToAnswer({ postalAddress: "Wetstraat 1, 1000 Brussel" })).toBeNull();
    expect(missingWayToAnswer({})).toBe("postalAddress");
    expect(missingWayToAnswer({ email: "  ", postalAddress: "\n" })).toBe("postalAddress");
  });

  it("the refusal reaches the client as a field error, in production too", () => {
    const error = invalidField(fieldError("complainant", "CONTACT_REQUIRED", {}, msg("registration.contactRequired")));
    const formatted = createFormatError(true)(
      { message: error.message, extensions: error.extensions },
      new GraphQLError(error.message, { originalError: error }),
    );
    expect(formatted.extensions).toEqual({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ path: "complainant", code: "CONTACT_REQUIRED", params: {}, message: localise(msg("registration.contactRequired")) }],
    });
  });
});

describe("notes the system writes, in the complaint's language", () => {
  it.each([
    [Language.NL, "Overgedragen van Algemene Directie Dienst Vreemdelingenzaken aan Stafdienst ICT: typed"],
    [Language.FR, "Transférée de Direction générale Office des étrangers à Service d'encadrement ICT : typed"],
    [Language.DE, "Übertragen von "],
    [Language.EN, "Transferred from "],
  ])("transfer (%s): directorate names, the coordinator's reason as typed", (language, start) => {
    const note = transferNote(language, DirectorateCode.IMMIGRATION_OFFICE, DirectorateCode.ICT, "typed");
    expect(note.startsWith(start)).toBe(true);
    expect(note).not.toMatch(/IMMIGRATION_OFFICE/);
  });

  it("anonymous registration: one note per language, all different", () => {
    expect(new Set(Object.values(Language).map(anonymousNote)).size).toBe(4);
  });
});

describe("markLetterPosted's rules", () => {
  const made = new Date("2026-03-02T09:00:00.000Z");
  const now = new Date("2026-03-05T09:00:00.000Z");
  const paper = { delivery: LetterDelivery.PAPER, createdAt: made, postedAt: null };

  it("a paper letter, posted between its making and now, once", () => {
    expect(postingRefusal(paper, made, now)).toBeNull();
    expect(postingRefusal(paper, now, now)).toBeNull();
    expect(postingRefusal(paper, new Date(now.getTime() + 1), now)).toEqual(
      inputRefusal(msg("letter.postedInFuture"), { path: "postedAt", code: "OUT_OF_RANGE" }),
    );
    expect(postingRefusal(paper, new Date(made.getTime() - 1), now)).toEqual(
      inputRefusal(msg("letter.postedBeforeMade"), { path: "postedAt", code: "OUT_OF_RANGE" }),
    );
    expect(postingRefusal({ ...paper, delivery: LetterDelivery.EMAIL }, made, now)).toEqual(stateRefusal(msg("letter.notPaper")));
    const again = postingRefusal({ ...paper, postedAt: made }, now, now);
    expect(again && localise(again.message)).toBe("This letter was already recorded as posted on 2026-03-02");
  });
});
