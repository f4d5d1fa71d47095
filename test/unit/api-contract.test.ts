import fs from "node:fs";
import { findBreakingChanges, findDangerousChanges, validateSchema } from "graphql";
import { API_SCHEMA_FILE } from "../../runtime/schema-files";
import { apiSchema, contractSchema } from "../helpers/api-schema";

/**
 * schema/api.graphql is the API of record; spec/contract.graphql the first
 * contract. The API may grow, never break it. (test/composition.test.ts checks
 * that the committed api.graphql is what the subgraphs compose to.)
 */
describe("the client-facing API against the contract", () => {
  const contract = contractSchema();
  const api = apiSchema();

  it("schema/api.graphql is standalone, valid SDL without federation internals", () => {
    expect(validateSchema(api)).toEqual([]);
    const sdl = fs.readFileSync(API_SCHEMA_FILE, "utf8");
    expect(sdl).not.toMatch(/\b(join__|link__|federation__)|@link\b|\b_entities\b|\b_service\b|\b_Any\b|\b_Entity\b|\b_Service\b/);
    expect(api.getQueryType()?.getFields().complaint?.description).toBe("NOT_FOUND when it does not exist or is outside your scope.");
  });

  it("keeps every type, field, argument and enum value of spec/contract.graphql", () => {
    const dangerous = findDangerousChanges(contract, api);
    if (dangerous.length) console.warn(`dangerous changes against spec/contract.graphql:\n${dangerous.map((c) => `  ${c.type}: ${c.description}`).join("\n")}`);
    expect(findBreakingChanges(contract, api).map((c) => `${c.type}: ${c.description}`)).toEqual([]);
  });
});
