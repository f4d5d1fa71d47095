import { registerEnumType } from "type-graphql";
import { DIRECTORATES } from "./directorates.data";
import type { DirectorateCode, Language } from "./enums";

export enum TimelineEntryKind {
  STATUS_CHANGE = "STATUS_CHANGE",
  TRANSFER = "TRANSFER",
  RESCREENING = "RESCREENING",
}
registerEnumType(TimelineEntryKind, {
  name: "TimelineEntryKind",
  description: "What a timeline entry records.",
  valuesConfig: {
    STATUS_CHANGE: { description: "The complaint moved to the entry's status." },
    TRANSFER: { description: "Another directorate handles it now (transferComplaint); the entry's status is the one the complaint had." },
    RESCREENING: { description: "The Central Complaints Service corrected a screening (rescreenComplaint)." },
  },
});

const directorateName = (code: DirectorateCode, language: Language): string => DIRECTORATES.find((d) => d.code === code)!.names[language];

const TRANSFERRED: Record<Language, (from: string, to: string, reason: string) => string> = {
  NL: (from, to, reason) => `Overgedragen van ${from} aan ${to}: ${reason}`,
  FR: (from, to, reason) => `Transférée de ${from} à ${to} : ${reason}`,
  DE: (from, to, reason) => `Übertragen von ${from} an ${to}: ${reason}`,
  EN: (from, to, reason) => `Transferred from ${from} to ${to}: ${reason}`,
};

/** The timeline note the system writes for a transfer, in the complaint's language; the coordinator's reason as typed. */
export function transferNote(language: Language, from: DirectorateCode, to: DirectorateCode, reason: string): string {
  return TRANSFERRED[language](directorateName(from, language), directorateName(to, language), reason);
}

const ANONYMOUS: Record<Language, string> = {
  NL: "Geregistreerd zonder naam van de klager: een anonieme klacht wordt niet behandeld.",
  FR: "Enregistrée sans le nom du plaignant : une plainte anonyme n'est pas traitée.",
  DE: "Ohne Namen des Beschwerdeführers erfasst: eine anonyme Beschwerde wird nicht bearbeitet.",
  EN: "Registered without the complainant's name: an anonymous complaint is not handled.",
};

/** The admissibility note the system writes when a complaint is registered as anonymous, in the complaint's language. */
export const anonymousNote = (language: Language): string => ANONYMOUS[language];
