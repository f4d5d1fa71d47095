import fs from "node:fs";
import { RULES_DOC_FILE, transitionTable, withTransitionTable } from "../../scripts/rules-table";
import { TRANSITIONS } from "../../lib/domain/transitions";

describe("the transition table of docs/procedure.md", () => {
  it("is the one generated from lib/domain/transitions.ts (run `npm run docs:rules` after changing the table)", () => {
    const doc = fs.readFileSync(RULES_DOC_FILE, "utf8");
    expect(withTransitionTable(doc)).toBe(doc);
  });

  it("has a row per step", () => {
    const rows = transitionTable()
      .split("\n")
      .filter((line) => line.startsWith("| `"));
    expect(rows).toHaveLength(TRANSITIONS.length);
    expect(rows.find((r) => r.startsWith("| `withdrawComplaint`"))).toBe(
      "| `withdrawComplaint` | citizen, own complaint | `RECEIVED`, `ACKNOWLEDGED` | `WITHDRAWN` |  |",
    );
  });
});
