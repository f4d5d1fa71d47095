import { In, type DataSource } from "typeorm";
import { Letter, LetterKind } from "./letter.entity";

/** The procedure's order, for letters written in the same millisecond. */
const PROCEDURE_ORDER = [
  LetterKind.APPEAL_ROUTE,
  LetterKind.INADMISSIBILITY,
  LetterKind.ACKNOWLEDGEMENT,
  LetterKind.TRANSFER,
  LetterKind.ANSWER_DELAY,
  LetterKind.FIRST_LINE_ANSWER,
  LetterKind.ESCALATION_RECEIPT,
  LetterKind.ESCALATION_DECISION,
  LetterKind.WITHDRAWAL,
];

const byTimeThenProcedure = (a: Letter, b: Letter) =>
  a.createdAt.getTime() - b.createdAt.getTime() || PROCEDURE_ORDER.indexOf(a.kind) - PROCEDURE_ORDER.indexOf(b.kind);

/** The letters of several complaints in one query, oldest first per complaint. */
export async function lettersByComplaint(dataSource: DataSource, complaintIds: readonly string[]): Promise<Map<string, Letter[]>> {
  const rows = await dataSource.getRepository(Letter).find({
    where: { complaintId: In([...complaintIds]) },
  });
  rows.sort(byTimeThenProcedure);
  const byComplaint = new Map<string, Letter[]>();
  for (const row of rows) byComplaint.set(row.complaintId, [...(byComplaint.get(row.complaintId) ?? []), row]);
  return byComplaint;
}
