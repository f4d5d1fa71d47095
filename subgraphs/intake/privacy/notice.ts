import type { PrivacySettings } from "../../../lib/config";
import { DirectorateCode, type Language } from "../../../lib/domain/enums";
import { DIRECTORATES, addressIn } from "../../../lib/domain/directorates.data";
import { DataSubjectRight, NOTICE_TEXTS } from "./notice.data";

export interface NoticeSection {
  title: string;
  text: string;
}

/** The privacy notice in one language, with the settings filled in. */
export interface PrivacyNoticeContent {
  language: Language;
  title: string;
  controller: string;
  dataProtectionOfficer: string;
  purpose: string;
  legalBasis: string;
  retention: string;
  retentionYears: number | null;
  rights: { right: DataSubjectRight; text: string }[];
  howToExercise: string;
  supervisoryAuthority: string;
  fullNoticeUrl: string;
  /** The whole notice in reading order, for a page or a letter. */
  sections: NoticeSection[];
}

/** PRIVACY_CONTROLLER, or the FOD at the central services' address as the seed gives it, in the language's form. */
const controllerIn = (language: Language, settings: PrivacySettings): string =>
  settings.controller ??
  `${NOTICE_TEXTS[language].fod}, ${addressIn(
    DIRECTORATES.find((d) => d.code === DirectorateCode.CENTRAL_SERVICES)!,
    language,
  )}`;

const fill = (text: string, language: Language, settings: PrivacySettings): string =>
  text
    .replace(/\{controller\}/g, controllerIn(language, settings))
    .replace(/\{dpo\}/g, settings.dpoContact)
    .replace(/\{url\}/g, settings.noticeUrl)
    .replace(/\{years\}/g, String(settings.retentionYears ?? ""));

/** Who processes the data, why, for how long, the rights and how to exercise them (GDPR art. 13). */
export function privacyNotice(language: Language, settings: PrivacySettings): PrivacyNoticeContent {
  const t = NOTICE_TEXTS[language];
  const f = (text: string) => fill(text, language, settings);
  const retention = f(settings.retentionYears ? t.retentionYears : t.retentionArchive);
  const rights = Object.values(DataSubjectRight).map((right) => ({ right, text: f(t.rights[right]) }));
  const h = t.headings;
  return {
    language,
    title: t.title,
    controller: f(t.controller),
    dataProtectionOfficer: f(t.dpo),
    purpose: f(t.purpose),
    legalBasis: f(t.legalBasis),
    retention,
    retentionYears: settings.retentionYears ?? null,
    rights,
    howToExercise: f(t.exercise),
    supervisoryAuthority: t.authority,
    fullNoticeUrl: settings.noticeUrl,
    sections: [
      { title: h.controller, text: f(t.controller) },
      { title: h.purpose, text: `${f(t.purpose)} ${f(t.legalBasis)}` },
      { title: h.retention, text: retention },
      { title: h.rights, text: rights.map((r) => `- ${r.text}`).join("\n") },
      { title: h.exercise, text: f(t.exercise) },
      { title: h.dpo, text: f(t.dpo) },
      { title: h.authority, text: t.authority },
    ],
  };
}

/** The acknowledgement letter's paragraph: the essentials, and where the full notice is. */
export function shortPrivacyNotice(language: Language, settings: PrivacySettings): string {
  return fill(NOTICE_TEXTS[language].short, language, settings);
}
