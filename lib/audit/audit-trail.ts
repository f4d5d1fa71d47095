import { Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { DataSource } from "typeorm";
import { AuditEntry } from "./audit-entry.entity";

/**
 * One subgraph's part of the `AuditTrail` entity: every subgraph records the
 * reads and changes of the data it owns and contributes them as one field, so
 * the gateway joins the three parts of one complaint's trail.
 */
export function auditTrailPart(field: string, description: string) {
  @ObjectType("AuditTrail", { description: "Who read a complaint's personal data or changed it, from the subgraphs that own it. Central service only." })
  @Directive('@key(fields: "complaintId")')
  class AuditTrail {
    @Field(() => ID, { description: "The complaint (Complaint.id) the trail is about." })
    complaintId!: string;
  }

  @Resolver(() => AuditTrail)
  class AuditTrailResolver {
    constructor(private readonly dataSource: DataSource) {}

    @FieldResolver(() => [AuditEntry], { name: field, description: `${description} Oldest first.` })
    entries(@Root() trail: AuditTrail): Promise<AuditEntry[]> {
      return this.dataSource.getRepository(AuditEntry).find({ where: { complaintId: trail.complaintId }, order: { at: "ASC", id: "ASC" } });
    }
  }

  const referenceResolver = {
    AuditTrail: { __resolveReference: (reference: { complaintId: string }) => ({ complaintId: reference.complaintId }) },
  };
  return { AuditTrail, AuditTrailResolver, referenceResolver };
}
