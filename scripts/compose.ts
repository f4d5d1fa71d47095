import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../lib/config";
import { composeSupergraph } from "../runtime/compose";
import { SUPERGRAPH_FILE } from "../runtime/stack";

/** `npm run compose`: writes schema/<subgraph>.graphql and schema/supergraph.graphql. */
async function main() {
  const config = loadConfig();
  const { subgraphs, supergraph } = await composeSupergraph(config.serviceKeysDir);
  const dir = path.dirname(SUPERGRAPH_FILE);
  for (const [name, sdl] of Object.entries(subgraphs)) fs.writeFileSync(path.join(dir, `${name}.graphql`), sdl);
  fs.writeFileSync(SUPERGRAPH_FILE, supergraph);
  console.log(`wrote ${Object.keys(subgraphs).length} subgraph schemas and ${path.relative(process.cwd(), SUPERGRAPH_FILE)}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
