import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { composeSupergraph } from "../runtime/compose";
import { API_SCHEMA_FILE } from "../runtime/schema-files";
import { SUPERGRAPH_FILE } from "../runtime/stack";
import { contractText } from "./helpers/shared";

const contract = contractText();

describe("composition", () => {
  let fresh: Awaited<ReturnType<typeof composeSupergraph>>;
  beforeAll(async () => {
    fresh = await composeSupergraph(fs.mkdtempSync(path.join(os.tmpdir(), "ibz-keys-")));
  });

  it("the committed schema/supergraph.graphql equals a fresh composition (run `npm run compose`)", () => {
    expect(fs.readFileSync(SUPERGRAPH_FILE, "utf8")).toBe(fresh.supergraph);
  });

  it("the committed schema/api.graphql equals a fresh composition's client-facing schema", () => {
    expect(fs.readFileSync(API_SCHEMA_FILE, "utf8")).toBe(fresh.api);
  });

  it("the committed subgraph schemas equal fresh ones", () => {
    for (const [name, sdl] of Object.entries(fresh.subgraphs)) {
      expect(fs.readFileSync(path.join(path.dirname(SUPERGRAPH_FILE), `${name}.graphql`), "utf8")).toBe(sdl);
    }
  });

  it("every enum value of the contract is in the supergraph", () => {
    for (const [, name, body] of contract.matchAll(/enum (\w+) \{([^}]*)\}/g)) {
      const values = body.replace(/#.*$/gm, "").split(/\s+/).filter(Boolean);
      const composed = new RegExp(`enum ${name}[^{]*\\{([^}]*)\\}`).exec(fresh.supergraph);
      expect(composed).not.toBeNull();
      for (const value of values) expect(composed![1]).toMatch(new RegExp(`\\b${value}\\b`));
    }
  });
});
