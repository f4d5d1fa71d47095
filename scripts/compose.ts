import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../lib/config";
import { composeSupergraph } from "../runtime/compose";
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from "../runtime/schema-files";

/** `npm run compose`: writes schema/<subgraph>.graphql, schema/supergraph.graphql and schema/api.graphql. */
async function main() {
  const config = loadConfig();
  const { subgraphs, supergraph, api } = await composeSupergraph(config.serviceKeysDir);
  const dir = path.dirname(SUPERGRAPH_FILE);
  for (const [name, sdl] of Object.entries(subgraphs)) fs.writeFileSync(path.join(dir, `${name}.graphql`), sdl);
  fs.writeFileSync(SUPERGRAPH_FILE, supergraph);
  fs.writeFileSync(API_SCHEMA_FILE, api);
  const written = [SUPERGRAPH_FILE, API_SCHEMA_FILE].map((f) => path.relative(process.cwd(), f));
  console.log(`wrote ${Object.keys(subgraphs).length} subgraph schemas, ${written.join(" and ")}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
