import fs from "node:fs";
import { SHARED_DIR, contractText, seedText } from "./helpers/shared";

// spec/ holds copies of ../shared/contract.graphql and ../shared/seed so the suite runs in any clone.
const besideShared = fs.existsSync(SHARED_DIR);

describe("spec/: the committed contract and seed", () => {
  (besideShared ? it : it.skip)("are the same as ../shared beside the repository", () => {
    expect(contractText()).toBe(contractText(SHARED_DIR));
    expect(seedText()).toBe(seedText(SHARED_DIR));
  });

  it("hold the contract's Query type and the seed's procedure", () => {
    expect(contractText()).toMatch(/type Query \{/);
    expect(seedText()).toContain("Binnen de 30 dagen ontvangt u een gemotiveerd antwoord.");
  });
});
