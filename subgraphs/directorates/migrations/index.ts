import { PersonalData1796066128478 } from "./1796066128478-PersonalData";
import { InboxEventIds1796066129579 } from "./1796066129579-InboxEventIds";
import { CaseEscalated1796056944656 } from "./1796056944656-CaseEscalated";
import { FormerDirectorates1796057010535 } from "./1796057010535-FormerDirectorates";
import { SecondLine1796057088578 } from "./1796057088578-SecondLine";
import { LongTexts1796051853054 } from "./1796051853054-LongTexts";
import { LettersContact1796060000000 } from "./1796060000000-LettersContact";
import { AuditTrail1795728839999 } from "./1795728839999-AuditTrail";
import { Initial1795726856968 } from "./1795726856968-Initial";
/** MySQL migrations, oldest first (generated with `npm run migration:generate`). */
export const migrations = [
  Initial1795726856968,
  AuditTrail1795728839999,
  LongTexts1796051853054,
  CaseEscalated1796056944656,
  FormerDirectorates1796057010535,
  SecondLine1796057088578,
  LettersContact1796060000000,
  PersonalData1796066128478,
  InboxEventIds1796066129579,
];
