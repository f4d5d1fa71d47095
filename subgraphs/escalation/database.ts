import type { DatabaseOptions } from "../../lib/platform/database";
import { AUDIT_APPEND_ONLY_SQLITE } from "../../lib/audit/append-only";
import { AuditEntry } from "../../lib/audit/audit-entry.entity";
import { AuditRetention } from "../../lib/audit/audit-retention.entity";
import { EVENT_ENTITIES } from "../../lib/events/event.entities";
import { ActionPlanItem, ActionProgressNote } from "./action-plan-item.entity";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";
import { ReportCount } from "./report-count.entity";
import { migrations } from "./migrations";
import { ReportPublication, ReportSnapshot } from "./report-publication.entity";
import { CitizenQuota } from "../../lib/platform/quota";

export const escalationDatabase: DatabaseOptions = {
  entities: [
    ComplaintFact,
    Escalation,
    ActionPlanItem,
    ActionProgressNote,
    ReportPublication,
    ReportSnapshot,
    ReportCount,
    CitizenQuota,
    AuditEntry,
    AuditRetention,
    ...EVENT_ENTITIES,
  ],
  migrations,
  sqliteSetup: AUDIT_APPEND_ONLY_SQLITE,
};
