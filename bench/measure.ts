import crypto from "node:crypto";
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
import type { BenchOptions, DatabaseKind } from "./options";
import { npmScriptArgs, startService, type Service } from "./processes";
import { seedYear } from "./seed";
import { generateYear } from "./year";

export const TARGETS = ["gateway", "hive", "hive-rust", "direct"] as const;
export type Target = (typeof TARGETS)[number];

export interface OperationResult {
  name: string;
  description: string;
  directWhole: boolean;
  directSubgraph: SubgraphName;
  runs: Record<Target, LoadResult[]>;
}

export interface SizeResult {
  database: DatabaseKind;
  /** Processes per subgraph (behind a proxy when more than one). */
  replicas: number;
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

/**
 * Fills `services` as each process starts, so the caller stops the started ones when a later one fails.
 * With replicas, each subgraph's processes get ports of their own and one process of proxies listens on the
 * subgraphs' ports, which every peer, gateway and the direct baseline are given.
 */
async function startAll(bench: BenchEnvironment, services: Record<string, Service>, gatewayNodeArgs: string[]): Promise<void> {
  for (const name of SUBGRAPHS) {
    const ports = bench.replicaPorts[name];
    for (const [i, port] of ports.entries()) {
      const label = ports.length > 1 ? `${name}-${i}` : name;
      const env = { ...bench.env, [`${name.toUpperCase()}_PORT`]: String(port) };
      services[label] = await startService(label, npmScriptArgs(`start:${name}`), env, `http://127.0.0.1:${port}/health`);
    }
  }
  if (bench.replicaPorts.intake.length > 1) {
    const sets = SUBGRAPHS.map((name) => ({ port: bench.ports[name], backends: bench.replicaPorts[name] }));
    const last = SUBGRAPHS[SUBGRAPHS.length - 1];
    services.proxies = await startService("proxies", ["dist/bench/proxies.js"], { BENCH_PROXIES: JSON.stringify(sets) }, `${bench.url(last)}/health`);
  }
  const gatewayArgs = npmScriptArgs("start:gateway");
  services.gateway = await startService("gateway", gatewayArgs, bench.env, `${bench.url("gateway")}/health`, gatewayNodeArgs);
  // Hive Gateway under the same Node flags as ours (the heap cap), so both pay the same for garbage collection.
  const flags = gatewayArgs.filter((a) => a.startsWith("--"));
  services.hive = await startService("hive", [...flags, "dist/bench/hive-gateway.js"], bench.env, `${bench.url("hive")}/healthcheck`);
  const rustEnv = { ...bench.env, HIVE_PORT: String(bench.ports["hive-rust"]) };
  services["hive-rust"] = await startService(
    "hive-rust",
    [...flags, "dist/bench/hive-gateway.js", "--rust-planner"],
    rustEnv,
    `${bench.url("hive-rust")}/healthcheck`,
  );
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
    url: target === "gateway" ? `${bench.url("gateway")}/` : `${bench.url(target)}/graphql`,
    tokens: await Promise.all(range.map((i) => bench.callerToken(op.caller(i)))),
  };
}

/** One request per target before loading: no errors, and the three gateways return the same data. */
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
  for (const peer of ["hive", "hive-rust"] as const) {
    if (!same(answers.gateway, answers[peer])) throw new Error(`${op.name}: our gateway and ${peer} answer differently`);
  }
  if (op.direct.whole && !same(answers.gateway, answers.direct)) throw new Error(`${op.name}: the gateway and the subgraph answer differently`);
}

/**
 * Seeds a fresh year of `complaints` in `kind` of database, starts every process in production mode, loads each
 * operation on each target. MySQL databases get a random prefix (others may share the server) and are dropped after.
 */
export async function measure(options: BenchOptions, kind: DatabaseKind, replicas: number, complaints: number): Promise<SizeResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-bench-"));
  const mysql = kind === "mysql" ? process.env.MYSQL_URL : undefined;
  const prefix = `ibz_bench_${crypto.randomBytes(4).toString("hex")}_`;
  const database: NodeJS.ProcessEnv = mysql ? { MYSQL_URL: mysql, MYSQL_DATABASE_PREFIX: prefix } : {};
  const dropAll = async () => {
    if (mysql) for (const name of SUBGRAPHS) await dropMysqlDatabase({ kind: "mysql", url: mysql, database: `${prefix}${name}` });
  };
  const services: Record<string, Service> = {};
  try {
    await dropAll();
    const bench = await benchEnvironment(dir, database, replicas);
    const year = new Date().getUTCFullYear() - 1;
    log(`seeding ${complaints} complaints of ${year} (${mysql ? `MySQL, databases ${prefix}*` : "SQLite"}; ${replicas} process(es) per subgraph)`);
    const seedSeconds = await seed(bench.env, complaints, year);
    log(`seeded in ${seedSeconds.toFixed(1)} s; starting processes`);
    await startAll(bench, services, options.gatewayNodeArgs);

    const results: OperationResult[] = [];
    for (const op of operations(year).filter((o) => !options.only || o.name.includes(options.only))) {
      await check(bench, op);
      const runs = Object.fromEntries(TARGETS.map((t) => [t, []])) as unknown as Record<Target, LoadResult[]>;
      const load = async (target: Target, seconds: number) => {
        const { url, tokens } = await targetLoad(bench, op, target, options.connections);
        const own = Object.values(services).filter((s) => (target === "direct" ? s.name.replace(/-\d+$/, "") === op.direct.subgraph : s.name === target));
        const cpu = () => own.reduce((sum, s) => sum + s.cpuSeconds(), 0);
        const cpuBefore = cpu();
        const result = await runLoad({ url, body: body(op, target === "direct"), tokens, seconds });
        result.cpuMsPerRequest = Math.round(((cpu() - cpuBefore) * 1000 * 100) / Math.max(1, result.requests)) / 100;
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
          log(`${kind} ${complaints} ${op.name} ${target}: ${r.rps} rps, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.cpuMsPerRequest} ms CPU/request`);
        }
      }
      results.push({ name: op.name, description: op.description, directWhole: op.direct.whole, directSubgraph: op.direct.subgraph, runs });
    }
    const peakRssMb = Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.peakRssMb()]));
    return { database: kind, replicas, complaints, year, seedSeconds, operations: results, peakRssMb };
  } finally {
    for (const s of Object.values(services).reverse()) await s.stop();
    await dropAll();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
