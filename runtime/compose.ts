import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { DataSource } from "typeorm";
import { ServiceTokens } from "../lib/auth/service-tokens";
import { systemClock } from "../lib/clock";
import { SUBGRAPHS, type SubgraphName } from "../lib/config";
import { createLogger } from "../lib/logger";
import { Metrics } from "../lib/metrics";
import { SUBGRAPH_MODULES } from "./subgraphs";

export interface Composition {
  subgraphs: Record<SubgraphName, string>;
  supergraph: string;
}

const DEFAULT_URLS: Record<SubgraphName, string> = {
  intake: "http://127.0.0.1:4001/",
  directorates: "http://127.0.0.1:4002/",
  escalation: "http://127.0.0.1:4003/",
};

/** Builds every subgraph in-process (on throwaway in-memory databases) and composes the supergraph. */
export async function composeSupergraph(keysDir: string): Promise<Composition> {
  const subgraphs = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPHS) {
    const module = SUBGRAPH_MODULES[name];
    const dataSource = new DataSource({ type: "better-sqlite3", database: ":memory:", entities: module.database.entities, synchronize: true });
    await dataSource.initialize();
    try {
      const subgraph = await module.create({
        production: false,
        dataSource,
        clock: systemClock,
        tokens: await ServiceTokens.load(keysDir, name, { generate: true }),
        log: createLogger(name, "silent"),
        metrics: new Metrics(name),
        shutdownTimeoutMs: 1_000,
        bodyLimitBytes: 1_000_000,
        events: { pollMs: 1000, batchSize: 1 },
        feedUrl: () => "http://127.0.0.1:1",
        mail: { from: "compose@localhost", dir: keysDir, pollMs: 1000, retryMs: 1000 },
      });
      subgraphs[name] = subgraph.sdl;
      await subgraph.stop();
    } finally {
      await dataSource.destroy();
    }
  }
  const result = composeServices(SUBGRAPHS.map((name) => ({ name, url: DEFAULT_URLS[name], typeDefs: parse(subgraphs[name]) })));
  if (result.errors?.length) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join("\n")}`);
  }
  if (!result.supergraphSdl) throw new Error("composition produced no supergraph");
  return { subgraphs, supergraph: result.supergraphSdl };
}
