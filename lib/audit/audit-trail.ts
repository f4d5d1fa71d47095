import { Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { DataSource } from "typeorm";
import { AuditAction, AuditEntry } from "./audit-entry.entity";

/**
 * A trail's order: oldest first; for a complaint flagged as holding special-category data (GDPR art. 9),
 * the reads first (oldest first), then the changes, so who saw the sensitive data is what one reads first.
 */
export function trailOrder(entries: AuditEntry[], specialCategoryData: boolean): AuditEntry[] {
  if (!specialCategoryData) return entries;
  return [...entries.filter((e) => e.action === AuditAction.READ), ...entries.filter((e) => e.action !== AuditAction.READ)];
}

/** Where a part of the trail learns whether the complaint is flagged: from its own data (intake), or from intake through the gateway. */
export type SpecialCategorySource = { local: (dataSource: DataSource, complaintId: string) => Promise<boolean> } | "required";

const FLAG_DESCRIPTION = "Whether the complaint is flagged as holding special-category data (GDPR art. 9); its reads are then listed first.";

/**
 * One subgraph's part of the `AuditTrail` entity: every subgraph records the
 * reads and changes of the data it owns and contributes them as one field, so
 * the gateway joins the three parts of one complaint's trail. Intake, which
 * owns the special-category flag, resolves `specialCategoryData`; the other
 * parts require it (@requires) to put reads first.
 */
export function auditTrailPart(field: string, description: string, flag: SpecialCategorySource = "required") {
  @ObjectType("AuditTrail", { description: "Who read a complaint's personal data or changed it, from the subgraphs that own it. Central service only." })
  @Directive('@key(fields: "complaintId")')
  class AuditTrail {
    @Field(() => ID, { description: "The complaint (Complaint.id) the trail is about." })
    complaintId!: string;

    specialCategoryData?: boolean;
  }

  @Resolver(() => AuditTrail)
  class AuditTrailResolver {
    constructor(private readonly dataSource: DataSource) {}

    async entries(@Root() trail: AuditTrail): Promise<AuditEntry[]> {
      const entries = await this.dataSource.getRepository(AuditEntry).find({ where: { complaintId: trail.complaintId }, order: { at: "ASC", id: "ASC" } });
      const flagged = flag === "required" ? trail.specialCategoryData === true : await flag.local(this.dataSource, trail.complaintId);
      return trailOrder(entries, flagged);
    }

    async specialCategoryData(@Root() trail: AuditTrail): Promise<boolean> {
      return flag !== "required" && flag.local(this.dataSource, trail.complaintId);
    }
  }

  // Applied here rather than as decorators above: which fields and directives a part has depends on `flag`.
  const entries = Object.getOwnPropertyDescriptor(AuditTrailResolver.prototype, "entries")!;
  FieldResolver(() => [AuditEntry], { name: field, description: `${description} Oldest first; for a flagged complaint its reads first.` })(
    AuditTrailResolver.prototype,
    "entries",
    entries,
  );
  Root()(AuditTrailResolver.prototype, "entries", 0);
  if (flag === "required") {
    Field(() => Boolean, { nullable: true, description: FLAG_DESCRIPTION })(AuditTrail.prototype, "specialCategoryData");
    Directive("@external")(AuditTrail.prototype, "specialCategoryData");
    Directive('@requires(fields: "specialCategoryData")')(AuditTrailResolver.prototype, "entries", entries);
  } else {
    const own = Object.getOwnPropertyDescriptor(AuditTrailResolver.prototype, "specialCategoryData")!;
    FieldResolver(() => Boolean, { nullable: true, description: FLAG_DESCRIPTION })(AuditTrailResolver.prototype, "specialCategoryData", own);
    Root()(AuditTrailResolver.prototype, "specialCategoryData", 0);
  }

  const referenceResolver = {
    AuditTrail: {
      __resolveReference: (reference: { complaintId: string; specialCategoryData?: boolean }) => ({
        complaintId: reference.complaintId,
        specialCategoryData: reference.specialCategoryData,
      }),
    },
  };
  return { AuditTrail, AuditTrailResolver, referenceResolver };
}
