import type { AuditSpec } from "../../lib/audit/audit-middleware";
import type { SubgraphName } from "../../lib/config";
import { directoratesAudit } from "../../subgraphs/directorates/audit";
import { escalationAudit } from "../../subgraphs/escalation/audit";
import { intakeAudit } from "../../subgraphs/intake/audit";

/** Each subgraph's list of audited fields, as its server uses it. */
export const AUDIT_SPECS: Record<SubgraphName, AuditSpec> = { intake: intakeAudit, directorates: directoratesAudit, escalation: escalationAudit };
