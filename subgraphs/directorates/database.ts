import type { DataSource } from "typeorm";
import type { DatabaseOptions } from "../../lib/platform/database";
import { AUDIT_APPEND_ONLY_SQLITE } from "../../lib/audit/append-only";
import { AuditEntry } from "../../lib/audit/audit-entry.entity";
import { AuditRetention } from "../../lib/audit/audit-retention.entity";
import { EVENT_ENTITIES } from "../../lib/events/event.entities";
import { ComplaintCase } from "./complaint-case.entity";
import { Directorate } from "./directorate.entity";
import { DIRECTORATES } from "../../lib/domain/directorates.data";
import { migrations } from "./migrations";

export const directoratesDatabase: DatabaseOptions = {
  entities: [Directorate, ComplaintCase, AuditEntry, AuditRetention, ...EVENT_ENTITIES],
  migrations,
  sqliteSetup: AUDIT_APPEND_ONLY_SQLITE,
};

/** Writes the seed's seven directorates; re-run on every start so a corrected seed takes effect. */
export async function seedDirectorates(dataSource: DataSource): Promise<void> {
  await dataSource.getRepository(Directorate).upsert(
    DIRECTORATES.map((d) => ({
      code: d.code,
      nameNl: d.names.NL,
      nameFr: d.names.FR,
      nameDe: d.names.DE,
      nameEn: d.names.EN,
      address: d.address,
      addressFr: d.addressFr,
      phone: d.phone,
      fax: d.fax,
      website: d.website,
      websiteFr: d.websiteFr,
      complaintCoordinatorEmail: null,
    })),
    ["code"],
  );
}
