import { DirectorateCode, Language } from "./enums";

/** The two forms a Brussels address or a bilingual website has: Dutch (the seed's) and French. */
export type ContactLanguage = Language.NL | Language.FR;

/**
 * Which form of language-dependent contact data (addresses, websites) a
 * language reads. Streets in Brussels have official names in Dutch and French
 * only; German and English letters and pages use the French form, as the
 * federal services' German and English pages do, street and city in one
 * language so that the post delivers it.
 */
export const contactLanguage = (language: Language): ContactLanguage => (language === Language.NL ? Language.NL : Language.FR);

export interface DirectorateData {
  code: DirectorateCode;
  names: Record<Language, string>;
  /** The seed's address (Dutch). */
  address: string;
  /** The same address in French. */
  addressFr: string;
  phone: string;
  fax: string | null;
  /** The seed's website (the Dutch one where the service has one per language). */
  website: string;
  /** The French website; the same as `website` where the service has one for all languages. */
  websiteFr: string;
}

/** A directorate's address in the form `language` reads. */
export const addressIn = (d: Pick<DirectorateData, "address" | "addressFr">, language: Language): string =>
  contactLanguage(language) === Language.NL ? d.address : d.addressFr;

/** A directorate's website in the form `language` reads. */
export const websiteIn = (d: Pick<DirectorateData, "website" | "websiteFr">, language: Language): string =>
  contactLanguage(language) === Language.NL ? d.website : d.websiteFr;

/**
 * "Contactgegevens - Federale Overheidsdienst Binnenlandse Zaken", from the seed
 * text: NL names, addresses, numbers and websites exactly as published there
 * (a test checks each string against the seed). FR, DE and EN names are the
 * FOD's own translations of the same services; addressFr and websiteFr the
 * French forms of the same address and site.
 */
export const DIRECTORATES: DirectorateData[] = [
  {
    code: DirectorateCode.CENTRAL_SERVICES,
    names: {
      NL: "Centrale diensten (Coördinatie- en ondersteuningsdienst, Stafdiensten P&O en B&B) en Interne Audit en Inspectie",
      FR: "Services centraux (Service de coordination et d'appui, Services d'encadrement P&O et B&CG) et Audit interne et Inspection",
      DE: "Zentrale Dienste (Koordinierungs- und Unterstützungsdienst, Stabsdienste P&O und B&B) und Interne Audit und Inspektion",
      EN: "Central Services (Coordination and Support Service, Staff Services HR and Budget) and Internal Audit and Inspection",
    },
    address: "Leuvenseweg 1 –3 - 1000 Brussel",
    addressFr: "Rue de Louvain 1-3 – 1000 Bruxelles",
    phone: "02 500 21 11",
    fax: "02 500 21 28",
    website: "http://www.ibz.fgov.be",
    websiteFr: "http://www.ibz.fgov.be",
  },
  {
    code: DirectorateCode.CIVIL_SECURITY,
    names: {
      NL: "Algemene Directie Civiele Veiligheid",
      FR: "Direction générale Sécurité civile",
      DE: "Generaldirektion Zivile Sicherheit",
      EN: "Directorate-General Civil Security",
    },
    address: "Leuvenseweg 1-3 – 1000 Brussel",
    addressFr: "Rue de Louvain 1-3 – 1000 Bruxelles",
    phone: "02 500 21 11",
    fax: "02 500 23 65",
    website: "http://www.civieleveiligheid.be",
    websiteFr: "http://www.securitecivile.be",
  },
  {
    code: DirectorateCode.SECURITY_AND_PREVENTION,
    names: {
      NL: "Algemene Directie Veiligheid en Preventie",
      FR: "Direction générale Sécurité et Prévention",
      DE: "Generaldirektion Sicherheit und Vorbeugung",
      EN: "Directorate-General Security and Prevention",
    },
    address: "Waterloolaan 76 – 1000 Brussel",
    addressFr: "Boulevard de Waterloo 76 – 1000 Bruxelles",
    phone: "02 557 33 66",
    fax: "02 557 33 68",
    website: "https://www.besafe.be",
    websiteFr: "https://www.besafe.be",
  },
  {
    code: DirectorateCode.INSTITUTIONS_AND_POPULATION,
    names: {
      NL: "Algemene Directie Instellingen en Bevolking",
      FR: "Direction générale Institutions et Population",
      DE: "Generaldirektion Institutionen und Bevölkerung",
      EN: "Directorate-General Institutions and Population",
    },
    address: "Park Atrium – Koloniënstraat 11 – 1000 Brussel",
    addressFr: "Park Atrium – Rue des Colonies 11 – 1000 Bruxelles",
    phone: "02 518 21 31",
    fax: "02 518 21 19",
    website: "http://www.ibz.rrn.fgov.be",
    websiteFr: "http://www.ibz.rrn.fgov.be",
  },
  {
    code: DirectorateCode.CRISIS_CENTRE,
    names: {
      NL: "Algemene Directie Crisiscentrum",
      FR: "Direction générale Centre de crise",
      DE: "Generaldirektion Krisenzentrum",
      EN: "Directorate-General Crisis Centre",
    },
    address: "Hertogstraat 53 – 1000 Brussel",
    addressFr: "Rue Ducale 53 – 1000 Bruxelles",
    phone: "02 506 47 11",
    fax: "02 506 47 09",
    website: "http://crisiscentrum.be",
    websiteFr: "http://centredecrise.be",
  },
  {
    code: DirectorateCode.IMMIGRATION_OFFICE,
    names: {
      NL: "Algemene Directie Dienst Vreemdelingenzaken",
      FR: "Direction générale Office des étrangers",
      DE: "Generaldirektion Ausländeramt",
      EN: "Directorate-General Immigration Office",
    },
    address: "WTC II – Antwerpsesteenweg 59B – 1000 Brussel",
    addressFr: "WTC II – Chaussée d'Anvers 59B – 1000 Bruxelles",
    phone: "02 793 80 00",
    fax: null,
    website: "https://dofi.ibz.be",
    websiteFr: "https://dofi.ibz.be",
  },
  {
    code: DirectorateCode.ICT,
    names: {
      NL: "Stafdienst ICT",
      FR: "Service d'encadrement ICT",
      DE: "Stabsdienst IKT",
      EN: "ICT Staff Service",
    },
    address: "WTC II - Koning Albert II laan 28, bus 24 - 1000 Brussel",
    addressFr: "WTC II – Boulevard du Roi Albert II 28, bte 24 – 1000 Bruxelles",
    phone: "02 793 97 01",
    fax: "02 793 97 05",
    website: "http://www.ibz.fgov.be",
    websiteFr: "http://www.ibz.fgov.be",
  },
];
