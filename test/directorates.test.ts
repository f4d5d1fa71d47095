import { DIRECTORATES } from "../lib/domain/directorates.data";
import { FEDERAL_OMBUDSMAN } from "../subgraphs/escalation/ombudsman.types";
import { seedText } from "./helpers/shared";
import { useTestStack } from "./helpers/stack";

const seed = seedText();

describe("the seed's contact data", () => {
  it.each(DIRECTORATES.map((d) => [d.code, d] as const))("%s: name, address, phone, fax and website appear verbatim in the seed", (_code, d) => {
    for (const text of [d.names.NL, d.address, d.phone, d.website, ...(d.fax ? [d.fax] : [])]) expect(seed).toContain(text);
  });

  it("lists the seven directorates of the seed, each with a name in NL, FR, DE and EN", () => {
    expect(DIRECTORATES).toHaveLength(7);
    for (const d of DIRECTORATES) for (const lang of ["NL", "FR", "DE", "EN"] as const) expect(d.names[lang].length).toBeGreaterThan(3);
  });

  it("de federale Ombudsman: address, free number and website as in the seed", () => {
    for (const text of [FEDERAL_OMBUDSMAN.address, FEDERAL_OMBUDSMAN.phone, FEDERAL_OMBUDSMAN.website]) expect(seed).toContain(text);
  });
});

describe("public directory queries through the gateway", () => {
  const t = useTestStack();

  it("directorates needs no token and returns the seven with the seed's phone numbers, in the seed's order", async () => {
    const r = await t.query(`{ directorates { code phone fax website } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.directorates).toEqual(DIRECTORATES.map((d) => ({ code: d.code, phone: d.phone, fax: d.fax, website: d.website })));
  });

  it("directorate(code) names the directorate in the language asked, NL by default", async () => {
    const r = await t.query(
      `{ d: directorate(code: IMMIGRATION_OFFICE) { nl: name fr: name(language: FR) de: name(language: DE) en: name(language: EN) address } }`,
    );
    expect(r.data!.d).toEqual({
      nl: "Algemene Directie Dienst Vreemdelingenzaken",
      fr: "Direction générale Office des étrangers",
      de: "Generaldirektion Ausländeramt",
      en: "Directorate-General Immigration Office",
      address: "WTC II – Antwerpsesteenweg 59B – 1000 Brussel",
    });
  });

  it("ombudsman is public", async () => {
    const r = await t.query(`{ ombudsman { name address phone website } }`);
    expect(r.data!.ombudsman).toEqual(FEDERAL_OMBUDSMAN);
  });
});
