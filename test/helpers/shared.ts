import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/platform/project-root";

/**
 * The contract and the seed text the tests check against: the committed copies
 * in spec/, so a clone anywhere can run the suite. test/spec.test.ts checks
 * they still equal ../shared wherever that folder sits beside the repository.
 */
export const SPEC_DIR = path.join(PROJECT_ROOT, "spec");
export const SHARED_DIR = path.join(PROJECT_ROOT, "..", "shared");

export const contractText = (dir = SPEC_DIR): string => fs.readFileSync(path.join(dir, "contract.graphql"), "utf8");

/** The seed text (all files of <dir>/seed, in name order). */
export function seedText(dir = SPEC_DIR): string {
  const seed = path.join(dir, "seed");
  return fs
    .readdirSync(seed)
    .sort()
    .map((f) => fs.readFileSync(path.join(seed, f), "utf8"))
    .join("\n");
}
