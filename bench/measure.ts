import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { SUBGRAPHS, databaseFor, loadConfig, type SubgraphName } from "../lib/config";
import { dropMysqlDatabase, openDatabase } from "../lib/platform/database";
import { SUBGRAPH_MODULES } from "../runtime/subgraphs";
import { benchEnvironment, type BenchEnvironment } from "./environment";
import { runLoad, type LoadResult } from "./load";
import { body, operations, type Operation } from "./operations";
import type { BenchOptions } from "./options";
import { npmScriptArgs, startService, type Service } from "./processes";
import { seedYear } from "./seed";
import { generateYear } from "./year";

export const TARGETS = ["gateway", "hive", "direct"] as const;
export type Target = (typeof TARGETS)[number];

export interface OperationResult {
  name: string;
  description: string;
  directWhole: boolean;
  directSubgraph: SubgraphName;
  runs: Record<Target, LoadResult[]>;
}

export interface SizeResult {
  complaints: number;
  year: number;
  seedSeconds: number;
  operations: OperationResult[];
  peakRssMb: Record<string, number>;
}

const log = (message: string) => console.error(`[bench] ${message}`);

async function seed(env: NodeJS.ProcessEnv, complaints: number, year: number): Promise<number> {
  const started = Date.now();
  const config = loadConfig(env);
  const dataSources = {} as Record<SubgraphName, DataSource>;
  try {
    for (const name of SUBGRAPHS) dataSources[name] = await openDatabase(databaseFor(config, name), SUBGRAPH_MODULES[name].database);
    const generated = generateYear(complaints, year, new Date());
    await seedYear(dataSources, generated.complaints, year);
  } finally {
    for (const ds of Object.values(dataSources)) await ds.destroy();
  }
  return (Date.now() - started) / 1000;
}

/** Fills `services` as each process starts, so the caller stops the started ones when a later one fails. */
async function startAll(bench: BenchEnvironment, services: Record<string, Service>): Promise<void> {
  for (const name of SUBGRAPHS) {
    services[name] = await startService(name, npmScriptArgs(`start:${name}`), bench.env, `${bench.url(name)}/health`);
  }
  services.gateway = await startService("gateway", npmScriptArgs("start:gateway"), bench.env, `${bench.url("gateway")}/health`);
  // Hive Gateway under the same Node flags as ours (the heap cap), so both pay the same for garbage collection.
  const flags = npmScriptArgs("start:gateway").filter((a) => a.startsWith("--"));
  services.hive = await startService("hive", [...flags, "dist/bench/hive-gateway.js"], bench.env, `${bench.url("hive")}/healthcheck`);
}

/** Where a target is reached and with which token per connection. */
async function targetLoad(bench: BenchEnvironment, op: Operation, target: Target, connections: number) {
  const range = Array.from({ length: connections }, (_, i) => i);
  if (target === "direct") {
    return {
      url: `${bench.url(op.direct.subgraph)}/`,
      tokens: await Promise.all(range.map((i) => bench.serviceToken(op.direct.subgraph, op.caller(i)))),
    };
  }
  return {
    url: target === "gateway" ? `${bench.url("gateway")}/` : `${bench.url("hive")}/graphql`,
    tokens: await Promise.all(range.map((i) => bench.callerToken(op.caller(i)))),
  };
}

/** One request per target before loading: no errors, and both gateways return the same data. */
async function check(bench: BenchEnvironment, op: Operation): Promise<void> {
  const answers: Partial<Record<Target, unknown>> = {};
  for (const target of TARGETS) {
    const { url, tokens } = await targetLoad(bench, op, target, 1);
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tokens[0]}` },
      body: body(op, target === "direct"),
    });
    const json = (await res.json()) as { data?: unknown; errors?: unknown };
    if (res.status !== 200 || json.errors || !json.data) throw new Error(`${op.name} via ${target}: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
    answers[target] = json.data;
  }
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(answers.gateway, answers.hive)) throw new Error(`${op.name}: our gateway and Hive Gateway answer differently`);
  if (op.direct.whole && !same(answers.gateway, answers.direct)) throw new Error(`${op.name}: the gateway and the subgraph answer differently`);
}

/** Seeds a fresh year of `complaints`, starts every process in production mode, loads each operation on each target. */
export async function measure(options: BenchOptions, complaints: number): Promise<SizeResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-bench-"));
  const mysql = process.env.MYSQL_URL;
  const prefix = "ibz_bench_";
  const database: NodeJS.ProcessEnv = mysql ? { MYSQL_URL: mysql, MYSQL_DATABASE_PREFIX: prefix } : {};
  const dropAll = async () => {
    if (mysql) for (const name of SUBGRAPHS) await dropMysqlDatabase({ kind: "mysql", url: mysql, database: `${prefix}${name}` });
  };
  const services: Record<string, Service> = {};
  try {
    await dropAll();
    const bench = await benchEnvironment(dir, database);
    const year = new Date().getUTCFullYear() - 1;
    log(`seeding ${complaints} complaints of ${year} (${mysql ? "MySQL" : "SQLite"})`);
    const seedSeconds = await seed(bench.env, complaints, year);
    log(`seeded in ${seedSeconds.toFixed(1)} s; starting processes`);
    await startAll(bench, services);

    const results: OperationResult[] = [];
    for (const op of operations(year).filter((o) => !options.only || o.name.includes(options.only))) {
      await check(bench, op);
      const runs: Record<Target, LoadResult[]> = { gateway: [], hive: [], direct: [] };
      const load = async (target: Target, seconds: number) => {
        const { url, tokens } = await targetLoad(bench, op, target, options.connections);
        const result = await runLoad({ url, body: body(op, target === "direct"), tokens, seconds });
        // Requests still running when the run ends are not counted: a run where none came back measured nothing.
        if (result.requests === 0) throw new Error(`${op.name} via ${target}: not one response within ${seconds} s (${complaints} complaints)`);
        return result;
      };
      const fail = (r: LoadResult) => r.non2xx + r.graphqlErrors + r.transportErrors > 0;
      if (options.warmupSeconds > 0) {
        for (const target of TARGETS) {
          const warm = await load(target, options.warmupSeconds);
          if (fail(warm)) throw new Error(`${op.name} via ${target}: errors during warm-up ${JSON.stringify(warm)}`);
        }
      }
      for (let round = 0; round < options.rounds; round++) {
        // Alternate the order so no target always runs on a warmer or cooler machine.
        const order = TARGETS.map((_, i) => TARGETS[(i + round) % TARGETS.length]);
        for (const target of order) {
          const r = await load(target, options.seconds);
          runs[target].push(r);
          log(`${complaints} ${op.name} ${target}: ${r.rps} rps, p50 ${r.p50} ms, p99 ${r.p99} ms`);
        }
      }
      results.push({ name: op.name, description: op.description, directWhole: op.direct.whole, directSubgraph: op.direct.subgraph, runs });
    }
    const peakRssMb = Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.peakRssMb()]));
    return { complaints, year, seedSeconds, operations: results, peakRssMb };
  } finally {
    for (const s of Object.values(services).reverse()) await s.stop();
    await dropAll();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
