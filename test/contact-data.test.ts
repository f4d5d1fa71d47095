import { DIRECTORATES } from "../lib/domain/directorates.data";
import { OMBUDSMAN_BY_LANGUAGE } from "../lib/domain/ombudsman.data";
import { FEDERAL_OMBUDSMAN } from "../subgraphs/escalation/ombudsman.types";
import { citizenOwner } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ok, procedure } from "./helpers/procedure";
import { useTestStack } from "./helpers/stack";

const OMBUDSMAN_FIELDS = "name address phone website";
const FR_OMBUDSMAN = {
  name: "Le Médiateur fédéral",
  address: "Rue de Louvain 48 bte 6 – 1000 Bruxelles",
  phone: "0800 99 962",
  website: "www.mediateurfederal.be",
};

describe.each(DATABASE_KINDS)("localised contact data through the gateway [%s]", (kind) => {
  const t = useTestStack(kind);

  it("Directorate.address(language): NL is the seed's text (the default), FR the French form, DE and EN the French form too", async () => {
    const r = await t.query(
      `{ d: directorate(code: IMMIGRATION_OFFICE) { address nl: address(language: NL) fr: address(language: FR) de: address(language: DE) en: address(language: EN) } }`,
    );
    const french = "WTC II – Chaussée d'Anvers 59B – 1000 Bruxelles";
    expect(ok(r).d).toEqual({
      address: "WTC II – Antwerpsesteenweg 59B – 1000 Brussel",
      nl: "WTC II – Antwerpsesteenweg 59B – 1000 Brussel",
      fr: french,
      de: french,
      en: french,
    });
  });

  it("every directorate: its address and website in each language, as lib/domain/directorates.data.ts holds them; the response stays publicly cacheable", async () => {
    const res = await fetch(`${t.url}/`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `{ directorates { code address website fr: address(language: FR) frWeb: website(language: FR) en: address(language: EN) } }`,
      }),
    });
    expect(res.headers.get("cache-control")).toBe("max-age=300, public");
    const { data } = (await res.json()) as { data: { directorates: Record<string, string>[] } };
    expect(data.directorates).toEqual(
      DIRECTORATES.map((d) => ({ code: d.code, address: d.address, website: d.website, fr: d.addressFr, frWeb: d.websiteFr, en: d.addressFr })),
    );
    const crisis = data.directorates.find((d) => d.code === "CRISIS_CENTRE")!;
    expect([crisis.website, crisis.frWeb]).toEqual(["http://crisiscentrum.be", "http://centredecrise.be"]);
  });

  it("ombudsman(language): the official name, address and website in NL (default, the seed's), FR, DE and EN", async () => {
    const r = ok(
      await t.query(
        `{ default: ombudsman { ${OMBUDSMAN_FIELDS} } nl: ombudsman(language: NL) { ${OMBUDSMAN_FIELDS} } fr: ombudsman(language: FR) { ${OMBUDSMAN_FIELDS} }
           de: ombudsman(language: DE) { ${OMBUDSMAN_FIELDS} } en: ombudsman(language: EN) { ${OMBUDSMAN_FIELDS} } }`,
      ),
    );
    expect(r.default).toEqual(FEDERAL_OMBUDSMAN);
    expect(r.nl).toEqual(FEDERAL_OMBUDSMAN);
    expect(r.fr).toEqual(FR_OMBUDSMAN);
    expect(r.de).toEqual({ ...FR_OMBUDSMAN, name: "Der Föderale Ombudsmann", website: "www.foederalombudsmann.be" });
    expect(r.en).toEqual({ ...FR_OMBUDSMAN, name: "The Federal Ombudsman", website: "www.federalombudsman.be" });
  });

  it("Complaint.ombudsman(language) once answered: in the language asked, NL by default", async () => {
    const p = procedure(t);
    const c = await p.answered();
    const r = ok(
      await t.query(
        `query($id: ID!) { complaint(id: $id) { ombudsman { name } fr: ombudsman(language: FR) { ${OMBUDSMAN_FIELDS} } } }`,
        { id: c.id },
        citizenOwner,
      ),
    );
    expect(r.complaint).toEqual({ ombudsman: { name: "De federale Ombudsman" }, fr: OMBUDSMAN_BY_LANGUAGE.FR });
  });
});
