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
