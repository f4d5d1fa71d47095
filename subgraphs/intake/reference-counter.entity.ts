import { Column, Entity, PrimaryColumn } from "typeorm";

/** Last reference number handed out per year; its row lock keeps numbers gapless. */
@Entity("reference_counter")
export class ReferenceCounter {
  @PrimaryColumn({ type: "int" })
  year!: number;

  @Column({ type: "int" })
  lastNumber!: number;
}
