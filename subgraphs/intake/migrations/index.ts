import { PersonalData1796066128478 } from "./1796066128478-PersonalData";
import { InboxEventIds1796066129579 } from "./1796066129579-InboxEventIds";
import { PersonalData1796066993358 } from "./1796066993358-PersonalData";
import { IntakeGaps1796056785512 } from "./1796056785512-IntakeGaps";
import { BelgianDeadlines1796057544782 } from "./1796057544782-BelgianDeadlines";
import { TransferSeq1796066375186 } from "./1796066375186-TransferSeq";
import { Quotas1796053861102 } from "./1796053861102-Quotas";
import { LongTexts1796051853054 } from "./1796051853054-LongTexts";
import { EmailConfirmation1796047131675 } from "./1796047131675-EmailConfirmation";
import { AuditTrail1795728839999 } from "./1795728839999-AuditTrail";
import { Letters1795728553425 } from "./1795728553425-Letters";
import { ListIndexes1795728383421 } from "./1795728383421-ListIndexes";
import { Initial1795726856968 } from "./1795726856968-Initial";
/** MySQL migrations, oldest first (generated with `npm run migration:generate`). */
export const migrations = [
  Initial1795726856968,
  ListIndexes1795728383421,
  Letters1795728553425,
  AuditTrail1795728839999,
  EmailConfirmation1796047131675,
  LongTexts1796051853054,
  Quotas1796053861102,
  IntakeGaps1796056785512,
  BelgianDeadlines1796057544782,
  PersonalData1796066128478,
  InboxEventIds1796066129579,
  TransferSeq1796066375186,
  PersonalData1796066993358,
];
