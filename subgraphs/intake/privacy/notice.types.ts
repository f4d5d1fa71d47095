import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Language } from "../../../lib/domain/enums";
import { DataSubjectRight } from "./notice.data";

registerEnumType(DataSubjectRight, {
  name: "DataSubjectRight",
  description: "A right of the complainant over the complaint's personal data (GDPR).",
  valuesConfig: {
    ACCESS: { description: "Art. 15: a copy of the data (personalDataExport) and who consulted it." },
    RECTIFICATION: { description: "Art. 16: correction of name, e-mail, postal address, phone (updateComplainant)." },
    ERASURE: { description: "Art. 17: erasure." },
    RESTRICTION: { description: "Art. 18: restriction of processing." },
    COMPLAINT: { description: "Art. 77: a complaint to the Belgian Data Protection Authority." },
  },
});

@ObjectType({ description: "One right and what it means for the complainant, in the notice's language." })
export class PrivacyRight {
  @Field(() => DataSubjectRight, { description: "Which right." })
  right!: DataSubjectRight;

  @Field({ description: "What it gives the complainant." })
  text!: string;
}

@ObjectType({ description: "A heading and its text, in reading order." })
export class PrivacyNoticeSection {
  @Field({ description: "The heading." })
  title!: string;

  @Field({ description: "Plain text; a list is one item per line starting with '- '." })
  text!: string;
}

@ObjectType({
  description:
    "Public. The privacy notice of the complaint procedure (GDPR art. 13): who processes the data, why, for how long, the rights and how to exercise them. Controller, DPO contact, retention and the notice's address are settings.",
})
export class PrivacyNotice {
  @Field(() => Language, { description: "The language of the texts." })
  language!: Language;

  @Field({ description: "The notice's title." })
  title!: string;

  @Field({ description: "Who processes the data (PRIVACY_CONTROLLER)." })
  controller!: string;

  @Field({ description: "How to reach the data protection officer (PRIVACY_DPO_CONTACT)." })
  dataProtectionOfficer!: string;

  @Field({ description: "Why the data is processed." })
  purpose!: string;

  @Field({ description: "The legal basis: a task in the public interest (GDPR art. 6(1)(e))." })
  legalBasis!: string;

  @Field({ description: "For how long the data is kept." })
  retention!: string;

  @Field(() => Int, {
    nullable: true,
    description: "RETENTION_YEARS: years after the complaint is finished; null: as the FOD's archive selection list prescribes.",
  })
  retentionYears!: number | null;

  @Field(() => [PrivacyRight], { description: "Access, rectification, erasure, restriction, complaint to the Data Protection Authority." })
  rights!: PrivacyRight[];

  @Field({ description: "How to exercise the rights." })
  howToExercise!: string;

  @Field({ description: "The Belgian Data Protection Authority, with its address and website." })
  supervisoryAuthority!: string;

  @Field({ description: "Where the full notice is published (PRIVACY_NOTICE_URL); the acknowledgement letter points there." })
  fullNoticeUrl!: string;

  @Field(() => [PrivacyNoticeSection], { description: "The whole notice as headings and texts, in reading order." })
  sections!: PrivacyNoticeSection[];
}
