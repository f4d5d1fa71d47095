import { DIRECTORATES, addressIn, contactLanguage, websiteIn } from "../../lib/domain/directorates.data";
import { Language } from "../../lib/domain/enums";
import { FEDERAL_OMBUDSMAN, OMBUDSMAN_BY_LANGUAGE } from "../../lib/domain/ombudsman.data";

describe("localised contact data (lib/domain)", () => {
  it("Brussels has two official languages: NL reads the Dutch form, FR, DE and EN the French one", () => {
    expect(Object.values(Language).map(contactLanguage)).toEqual([Language.NL, Language.FR, Language.FR, Language.FR]);
  });

  it.each(DIRECTORATES.map((d) => [d.code, d] as const))("%s: the Dutch address is the seed's; the French one is a Brussels address in French", (_code, d) => {
    expect(addressIn(d, Language.NL)).toBe(d.address);
    expect(d.addressFr).toMatch(/ – 1000 Bruxelles$/);
    expect(d.addressFr).not.toMatch(/straat|laan|weg|Brussel\b|bus \d/);
    for (const language of [Language.FR, Language.DE, Language.EN]) {
      expect(addressIn(d, language)).toBe(d.addressFr);
      expect(websiteIn(d, language)).toBe(d.websiteFr);
    }
    expect(websiteIn(d, Language.NL)).toBe(d.website);
  });

  it("the Ombudsman: the seed's Dutch text for NL, the official names and websites per language, one free number", () => {
    expect(OMBUDSMAN_BY_LANGUAGE.NL).toBe(FEDERAL_OMBUDSMAN);
    expect(Object.values(OMBUDSMAN_BY_LANGUAGE).map((o) => o.website)).toEqual([
      "www.federaalombudsman.be",
      "www.mediateurfederal.be",
      "www.foederalombudsmann.be",
      "www.federalombudsman.be",
    ]);
    expect(new Set(Object.values(OMBUDSMAN_BY_LANGUAGE).map((o) => o.phone))).toEqual(new Set(["0800 99 962"]));
    for (const language of [Language.FR, Language.DE, Language.EN])
      expect(OMBUDSMAN_BY_LANGUAGE[language].address).toBe("Rue de Louvain 48 bte 6 – 1000 Bruxelles");
  });
});
