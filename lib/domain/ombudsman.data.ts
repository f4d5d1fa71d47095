import { Language } from "./enums";

export interface OmbudsmanContact {
  name: string;
  address: string;
  phone: string;
  website: string;
}

/**
 * "Indien onze klachtendienst u niet of onvoldoende heeft kunnen helpen, kan u
 * altijd terecht bij de federale Ombudsman." Contact data as in the seed; the
 * escalation subgraph serves it, intake's letters print it.
 */
export const FEDERAL_OMBUDSMAN = {
  name: "De federale Ombudsman",
  address: "Leuvenseweg 48 bus 6 – 1000 Brussel",
  phone: "0800 99 962",
  website: "www.federaalombudsman.be",
} as const;

/**
 * The Ombudsman in each language: its official name and website per language;
 * the address in Dutch (the seed's text) or French, the two official languages
 * of Brussels. German and English use the French form (see contactLanguage).
 */
export const OMBUDSMAN_BY_LANGUAGE: Record<Language, OmbudsmanContact> = {
  [Language.NL]: FEDERAL_OMBUDSMAN,
  [Language.FR]: {
    name: "Le Médiateur fédéral",
    address: "Rue de Louvain 48 bte 6 – 1000 Bruxelles",
    phone: FEDERAL_OMBUDSMAN.phone,
    website: "www.mediateurfederal.be",
  },
  [Language.DE]: {
    name: "Der Föderale Ombudsmann",
    address: "Rue de Louvain 48 bte 6 – 1000 Bruxelles",
    phone: FEDERAL_OMBUDSMAN.phone,
    website: "www.foederalombudsmann.be",
  },
  [Language.EN]: {
    name: "The Federal Ombudsman",
    address: "Rue de Louvain 48 bte 6 – 1000 Bruxelles",
    phone: FEDERAL_OMBUDSMAN.phone,
    website: "www.federalombudsman.be",
  },
};

export const ombudsmanIn = (language: Language): OmbudsmanContact => OMBUDSMAN_BY_LANGUAGE[language];
