import { Column, Entity, PrimaryColumn } from "typeorm";
import type { DirectorateCode } from "../../lib/domain/enums";

/**
 * The annual report's counters: how many complaints received in `year` (Brussels) by `directorate` count in `figure`
 * (with `day`, see report.counts.ts), kept up to date in the transaction of each change of the facts.
 */
@Entity("report_count")
export class ReportCount {
  @PrimaryColumn({ type: "int" })
  year!: number;

  @PrimaryColumn({ type: "varchar", length: 40 })
  directorate!: DirectorateCode;

  @PrimaryColumn({ type: "varchar", length: 60 })
  figure!: string;

  @PrimaryColumn({ type: "int" })
  day!: number;

  @Column({ type: "int" })
  value!: number;
}
