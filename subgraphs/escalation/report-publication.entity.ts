import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { LONG_TEXT, TIMESTAMP } from "../../lib/platform/database";

/** One published version of a year's evaluation: who froze it, when, and why (the note of a correction). */
@ObjectType("ReportPublication", {
  description:
    "A published version of a year's annual report (publishAnnualReport): its figures and action plan no longer change. Central service and coordinators.",
})
@Entity("annual_report_publication")
export class ReportPublication {
  @Field(() => Int, { description: "The year of the evaluation." })
  @PrimaryColumn({ type: "int" })
  year!: number;

  @Field(() => Int, { description: "1 for the first publication, then one more for each correction." })
  @PrimaryColumn({ type: "int" })
  version!: number;

  @Field(() => Date, { description: "When it was published (ISO 8601 instant, UTC)." })
  @Column(TIMESTAMP)
  publishedAt!: Date;

  @Field({ description: "Why it was published: the approval, or what the correction changes." })
  @Column({ type: "text" })
  note!: string;

  @Field({ description: 'The role of who published it ("central-service").' })
  @Column({ type: "varchar", length: 32 })
  publishedByRole!: string;

  @Field({ description: "The account (sub) of who published it. Central service only (FORBIDDEN for coordinators)." })
  @Column({ type: "varchar", length: 200 })
  publishedBy!: string;
}

/**
 * A published version's report as the report service computed it at publication, once for the
 * whole FOD (`scope` FOD) and once per directorate (as its coordinator sees it), as JSON: fields
 * the report gains later are frozen with it without a change here.
 */
@Entity("annual_report_snapshot")
export class ReportSnapshot {
  @PrimaryColumn({ type: "int" })
  year!: number;

  @PrimaryColumn({ type: "int" })
  version!: number;

  /** FOD_SCOPE, or a DirectorateCode. */
  @PrimaryColumn({ type: "varchar", length: 40 })
  scope!: string;

  @Column(LONG_TEXT)
  report!: string;
}

/** The scope of the central service's snapshot. */
export const FOD_SCOPE = "FOD";
