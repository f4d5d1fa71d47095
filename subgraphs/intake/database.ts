import type { DatabaseOptions } from "../../lib/platform/database";
import { AUDIT_APPEND_ONLY_SQLITE } from "../../lib/audit/append-only";
import { AuditEntry } from "../../lib/audit/audit-entry.entity";
import { AuditRetention } from "../../lib/audit/audit-retention.entity";
import { EVENT_ENTITIES } from "../../lib/events/event.entities";
import { Complaint } from "./complaint.entity";
import { Letter } from "./letters/letter.entity";
import { ReferenceCounter } from "./reference-counter.entity";
import { StatusChange } from "./status-change.entity";
import { migrations } from "./migrations";
import { CitizenQuota } from "../../lib/platform/quota";
import { ConfirmationMessage, ConfirmationQuota, EmailConfirmation } from "./email-confirmation/email-confirmation.entity";

export const intakeDatabase: DatabaseOptions = {
  entities: [
    Complaint,
    StatusChange,
    ReferenceCounter,
    Letter,
    EmailConfirmation,
    ConfirmationQuota,
    ConfirmationMessage,
    CitizenQuota,
    AuditEntry,
    AuditRetention,
    ...EVENT_ENTITIES,
  ],
  migrations,
  sqliteSetup: AUDIT_APPEND_ONLY_SQLITE,
};
