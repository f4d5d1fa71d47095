import { GraphQLJSONObject } from "graphql-scalars";
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { DataSource } from "typeorm";
import { AuditEntry } from "../audit/audit-entry.entity";
import type { Caller } from "../auth/caller";
import { notFound } from "../errors";
import { msg } from "../i18n/message";
import type { RequestContext } from "./context";

export type JsonObject = Record<string, unknown>;

/**
 * Who may have a complaint's access copy (GDPR art. 15(3)): its online complainant, and the central service,
 * which answers a paper complainant's written request. `ownerSub` is the complaint's online owner (null: none).
 */
export function mayExport(caller: Caller | null, ownerSub: string | null): boolean {
  if (!caller) return false;
  return caller.role === "central-service" || (caller.role === "citizen" && ownerSub !== null && ownerSub === caller.sub);
}

/** Plain JSON: instants as ISO strings, nothing a JSON document cannot hold. */
export const asJson = <T>(value: T): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;

/**
 * The access log as the data subject sees it: when, by which role and directorate, a READ or a CHANGE of what
 * (field or mutation names). Never who: the staff member's subject and the request id stay out.
 */
export async function accessLog(dataSource: DataSource, complaintId: string): Promise<JsonObject[]> {
  const entries = await dataSource.getRepository(AuditEntry).find({ where: { complaintId }, order: { at: "ASC", id: "ASC" } });
  return entries.map((e) => asJson({ at: e.at, role: e.actorRole, directorate: e.actorDirectorate, action: e.action, what: e.what }));
}

/** One subgraph's part: its data on the complaint, or null when it has none, and its access log. */
export interface ExportPart {
  /** The complaint's online owner as this subgraph knows it; undefined when it has no record of the complaint. */
  ownerSub: string | null | undefined;
  data: JsonObject | null;
}

/**
 * One subgraph's field of the `PersonalDataExport` entity (keyed by complaintId): intake owns the entity and
 * its `document`, which requires every other subgraph's field and puts them together (subgraphs/intake/personal-data).
 */
export function personalDataExportPart(field: string, description: string, read: (dataSource: DataSource, complaintId: string) => Promise<ExportPart>) {
  @ObjectType("PersonalDataExport", {
    description:
      "The access copy of one complaint (GDPR art. 15(3)): a part per subgraph and `document`, all of it as one JSON document. For the complaint's online complainant and the central service.",
  })
  @Directive('@key(fields: "complaintId")')
  class PersonalDataExport {
    @Field(() => ID, { description: "The complaint (Complaint.id) the copy is about." })
    complaintId!: string;
  }

  @Resolver(() => PersonalDataExport)
  class PersonalDataExportResolver {
    constructor(private readonly dataSource: DataSource) {}

    @FieldResolver(() => GraphQLJSONObject, { name: field, nullable: true, description: `${description} With this subgraph's access log (accessLog).` })
    async part(@Root() root: PersonalDataExport, @Ctx() ctx: RequestContext): Promise<JsonObject> {
      const { ownerSub, data } = await read(this.dataSource, root.complaintId);
      // Intake checked the caller before the gateway came here; a subgraph with a record checks again.
      if (ownerSub !== undefined && !mayExport(ctx.caller, ownerSub)) throw notFound(msg("complaint.notFound", { id: root.complaintId }));
      return { ...(data ?? {}), accessLog: ownerSub === undefined ? [] : await accessLog(this.dataSource, root.complaintId) };
    }
  }

  const referenceResolver = {
    PersonalDataExport: { __resolveReference: (reference: { complaintId: string }) => ({ complaintId: reference.complaintId }) },
  };
  return { PersonalDataExport, PersonalDataExportResolver, referenceResolver };
}
