import { PersonalData1796066128478 } from "./1796066128478-PersonalData";
import { InboxEventIds1796066129579 } from "./1796066129579-InboxEventIds";
import { PublishedReports1796065963248 } from "./1796065963248-PublishedReports";
import { IntakeGaps1796056785512 } from "./1796056785512-IntakeGaps";
import { SecondLine1796057088578 } from "./1796057088578-SecondLine";
import { BelgianDeadlines1796057544782 } from "./1796057544782-BelgianDeadlines";
import { ReportFacts1796066281149 } from "./1796066281149-ReportFacts";
import { ActionStatus1796066281150 } from "./1796066281150-ActionStatus";
import { ReportCounts1796066281151 } from "./1796066281151-ReportCounts";
import { Quotas1796053861102 } from "./1796053861102-Quotas";
import { LongTexts1796051853054 } from "./1796051853054-LongTexts";
import { AuditTrail1795728839999 } from "./1795728839999-AuditTrail";
import { ListIndexes1795728383421 } from "./1795728383421-ListIndexes";
import { ActionPlan1795727001465 } from "./1795727001465-ActionPlan";
import { Initial1795726856968 } from "./1795726856968-Initial";
/** MySQL migrations, oldest first (generated with `npm run migration:generate`). */
export const migrations = [
  Initial1795726856968,
  ActionPlan1795727001465,
  ListIndexes1795728383421,
  AuditTrail1795728839999,
  LongTexts1796051853054,
  Quotas1796053861102,
  IntakeGaps1796056785512,
  SecondLine1796057088578,
  BelgianDeadlines1796057544782,
  PublishedReports1796065963248,
  PersonalData1796066128478,
  InboxEventIds1796066129579,
  ReportFacts1796066281149,
  ActionStatus1796066281150,
  ReportCounts1796066281151,
];
