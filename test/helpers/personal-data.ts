import fs from "node:fs";
import path from "node:path";
import { SUBGRAPHS } from "../../lib/config";
import type { TestStack } from "./stack";

/** Every table of every subgraph's database (not only the entities'), as `subgraph.table`, whose rows hold `needle` anywhere. */
export async function tablesHolding(t: TestStack, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of SUBGRAPHS) {
    const ds = t.stack.subgraphs[name].dataSource;
    const sqlite = ds.options.type === "better-sqlite3";
    const tables: string[] = sqlite
      ? (await ds.query<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table'")).map((r) => r.name)
      : (await ds.query<Record<string, string>[]>("SHOW TABLES")).map((r) => Object.values(r)[0]);
    for (const table of tables) {
      const rows = await ds.query<Record<string, unknown>[]>(sqlite ? `SELECT * FROM "${table}"` : `SELECT * FROM \`${table}\``);
      if (rows.some((row) => JSON.stringify(row).includes(needle))) found.push(`${name}.${table}`);
    }
  }
  return found.sort();
}

/** The .eml files of the file mail transport that hold `needle`. */
export function mailFilesHolding(t: TestStack, needle: string): string[] {
  const dir = t.config.mail.dir;
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => fs.readFileSync(path.join(dir, f), "utf8").includes(needle));
}

/** The code in the confirmation message the file transport wrote for `address`. */
export function codeSentTo(mailDir: string, address: string): string {
  for (const file of fs.readdirSync(mailDir).filter((f) => f.startsWith("confirmation-"))) {
    const eml = fs.readFileSync(path.join(mailDir, file), "utf8");
    const code = /: (\d{6})$/m.exec(eml)?.[1];
    if (eml.includes(`To: ${address}`) && code) return code;
  }
  throw new Error(`no confirmation message to ${address}`);
}

export const UPDATE = `mutation($id: ID!, $input: ComplainantUpdateInput!) {
  updateComplainant(complaintId: $id, input: $input) { id complainant { kind name organisation email phone postalAddress } emailAddressConfirmed } }`;
export const EXPORT = `query($id: ID!) { personalDataExport(complaintId: $id) { complaintId document } }`;
export const FLAG = `mutation($id: ID!, $categories: [SpecialCategory!]!, $reason: String!) {
  flagSpecialCategories(complaintId: $id, categories: $categories, reason: $reason) { id specialCategories { categories reason flaggedAt } } }`;
