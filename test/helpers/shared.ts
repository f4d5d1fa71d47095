import fs from "node:fs";
import path from "node:path";

/** ../shared beside the repository: the contract and the seed text the tests check against. */
const SHARED = path.join(__dirname, "..", "..", "..", "..", "shared");

export const contractText = (): string => fs.readFileSync(path.join(SHARED, "contract.graphql"), "utf8");

/** The seed text (all files of shared/seed). */
export function seedText(): string {
  const dir = path.join(SHARED, "seed");
  return fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
}
