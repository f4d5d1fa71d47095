import { In, type DataSource } from "typeorm";
import { Letter } from "./letter.entity";

/** The letters of several complaints in one query, oldest first per complaint. */
export async function lettersByComplaint(dataSource: DataSource, complaintIds: readonly string[]): Promise<Map<string, Letter[]>> {
  const rows = await dataSource.getRepository(Letter).find({
    where: { complaintId: In([...complaintIds]) },
    order: { createdAt: "ASC", id: "ASC" },
  });
  const byComplaint = new Map<string, Letter[]>();
  for (const row of rows) byComplaint.set(row.complaintId, [...(byComplaint.get(row.complaintId) ?? []), row]);
  return byComplaint;
}
