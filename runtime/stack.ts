import fs from "node:fs";
import type { DataSource, Logger as QueryLogger } from "typeorm";
import { createCallerVerifier } from "../lib/auth/caller-verifier";
import { ServiceTokens, reloadServiceKeys } from "../lib/auth/service-tokens";
import { systemClock, type Clock } from "../lib/platform/clock";
import { BelgianCalendar } from "../lib/domain/brussels-calendar";
import { SUBGRAPHS, databaseFor, type AppConfig, type DatabaseConfig, type SubgraphName } from "../lib/config";
import { openDatabase } from "../lib/platform/database";
import { createLogger, type Logger } from "../lib/platform/logger";
import { Metrics } from "../lib/platform/metrics";
import { knownOperationNames } from "../lib/platform/operation-names";
import { buildInfo, registerBuildInfo } from "../lib/platform/build-info";
import { traceSqliteStatements } from "../lib/platform/spans";
import type { Subgraph } from "../lib/platform/subgraph";
import { createGateway, type GatewayServer } from "../gateway/server";
import { rememberVerifiedCallers } from "../gateway/verified-callers";
import { SUPERGRAPH_FILE } from "./schema-files";
import { SUBGRAPH_MODULES } from "./subgraphs";

export { SUPERGRAPH_FILE };

export interface RunningSubgraph {
  name: SubgraphName;
  subgraph: Subgraph;
  dataSource: DataSource;
  url: string;
  /** The steps of its stop not done yet, named for the log line of a stop cut short. */
  unfinished: Set<string>;
  tokens: ServiceTokens;
  /** SIGHUP: its service keys read again. */
  reload(): void;
}

/** Opens a subgraph's database, builds it and makes it listen. Consumers start separately. */
export async function startSubgraph(
  name: SubgraphName,
  config: AppConfig,
  options: {
    clock?: Clock;
    port?: number;
    /** Where /metrics is served when METRICS_PORT is set (default: METRICS_PORT). */
    metricsPort?: number;
    database?: DatabaseConfig;
    feedUrl?: (source: SubgraphName) => string;
    logger?: (service: string) => Logger;
    /** Receives every SQL statement the subgraph runs. */
    queryLogger?: QueryLogger;
  } = {},
): Promise<RunningSubgraph> {
  const module = SUBGRAPH_MODULES[name];
  const database = options.queryLogger ? { ...module.database, logger: options.queryLogger } : module.database;
  // Production never changes the schema (`npm run migrate` does); development migrates when its account may.
  const policy = !config.production ? "apply-if-allowed" : config.schemaBehind === "wait" ? "await-applied" : "require-applied";
  const dataSource = await openDatabase(options.database ?? databaseFor(config, name), database, policy);
  traceSqliteStatements(dataSource, name);
  try {
    const tokens = await ServiceTokens.load(config.serviceKeysDir, name, { generate: !config.production });
    const log = (options.logger ?? createLogger)(name);
    const subgraph = await module.create({
      production: config.production,
      dataSource,
      clock: options.clock ?? systemClock,
      calendar: new BelgianCalendar(config.extraPublicHolidays),
      tokens,
      log,
      metrics: processMetrics(name, config),
      metricsToken: config.metricsToken,
      metricsPort: options.metricsPort ?? config.metricsPort,
      hstsMaxAgeSeconds: config.hstsMaxAgeSeconds,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      shutdownDrainMs: config.shutdownDrainMs,
      bodyLimitBytes: config.bodyLimitBytes,
      events: config.events,
      mail: config.mail,
      quotas: config.quotas,
      procedure: config.procedure,
      retention: config.retention,
      privacy: config.privacy,
      feedUrl: options.feedUrl ?? ((source) => config.subgraphUrls[source]),
    });
    const url = await subgraph.listen(options.port ?? config.ports[name], config.host);
    return { name, subgraph, dataSource, url, unfinished: new Set(), tokens, reload: () => reloadServiceKeys(tokens, log) };
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }
}

/** A server's registry: operation labels from the allow-list, and the build it runs. */
function processMetrics(service: string, config: AppConfig): Metrics {
  const metrics = new Metrics(service, knownOperationNames(config.metricsOperations));
  registerBuildInfo(metrics, buildInfo(config.appCommit));
  return metrics;
}

export async function stopSubgraph(running: RunningSubgraph): Promise<void> {
  const steps = [`${running.name}: requests in flight and event/letter workers`, `${running.name}: database connections`];
  steps.forEach((step) => running.unfinished.add(step));
  await running.subgraph.stop();
  running.unfinished.delete(steps[0]);
  await running.dataSource.destroy();
  running.unfinished.delete(steps[1]);
}

export async function startGateway(
  config: AppConfig,
  subgraphUrls: Record<SubgraphName, string>,
  port = config.ports.gateway,
  logger: (service: string) => Logger = createLogger,
): Promise<{ gateway: GatewayServer; url: string }> {
  const log = logger("gateway");
  const metrics = processMetrics("gateway", config);
  const jwksFailures = metrics.counter("ibz_jwks_fetch_failures_total", "Failed fetches of the identity provider's JWKS", []);
  const verifier = await createCallerVerifier(config.auth, config.dataDir, config.production, {
    fetchFailed: (err, failures) => {
      jwksFailures.inc();
      log.warn(
        { err: err.message, failures },
        "identity provider keys could not be fetched (the last good keys, if any, stay in use up to AUTH_JWKS_STALE_MAX_MS)",
      );
    },
    fetched: (kids) => log.info({ kids }, "identity provider keys fetched"),
  });
  const gateway = await createGateway({
    supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, "utf8"),
    subgraphUrls,
    verifyCaller: rememberVerifiedCallers(verifier, Date.now, config.auth.tokenCacheMs),
    tokens: await ServiceTokens.load(config.serviceKeysDir, "gateway", { generate: !config.production }),
    production: config.production,
    log,
    bodyLimitBytes: config.bodyLimitBytes,
    limits: config.limits,
    rates: config.rates,
    corsOrigins: config.corsOrigins,
    metrics,
    metricsToken: config.metricsToken,
    metricsPort: config.metricsPort,
    hstsMaxAgeSeconds: config.hstsMaxAgeSeconds,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    shutdownDrainMs: config.shutdownDrainMs,
  });
  return { gateway, url: await gateway.listen(port, config.host) };
}

export interface Stack {
  /** The gateway's URL. */
  url: string;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  /** Applies every pending event and runs every worker (letters) in every subgraph until all are quiet. */
  settle(): Promise<void>;
  /** Stops one subgraph (its port stays reserved for restart). */
  stopSubgraph(name: SubgraphName): Promise<void>;
  restartSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
  /** The steps of the stop not done yet. */
  pending(): string[];
  /** SIGHUP: every process's keys read again. */
  reload(): void;
  gateway: GatewayServer;
}

export interface StackOptions {
  clock?: Clock;
  /** Port 0 for every process (tests). */
  ephemeralPorts?: boolean;
  databases?: Partial<Record<SubgraphName, DatabaseConfig>>;
  /** Background polling of the event feeds; tests call settle() instead. */
  pollEvents?: boolean;
  /** Each process's logger (tests capture the lines). */
  logger?: (service: string) => Logger;
  queryLoggers?: Partial<Record<SubgraphName, QueryLogger>>;
}

/** One process holding all four: the gateway's /metrics on METRICS_PORT, the subgraphs' on the next three ports (0: each any free port). */
const stackMetricsPort = (base: number | undefined, offset: number) => (base ? base + offset : base);

/** The three subgraphs and the gateway in this process: `npm start` and the whole-stack tests. */
export async function startStack(config: AppConfig, options: StackOptions = {}): Promise<Stack> {
  const urls = { ...config.subgraphUrls };
  const ports = { ...config.ports };
  const running = {} as Record<SubgraphName, RunningSubgraph>;
  const feedUrl = (source: SubgraphName) => urls[source];
  // In one process only the gateway faces clients: it drains, the subgraphs behind it need not.
  const subgraphConfig = { ...config, shutdownDrainMs: 0 };
  const start = async (name: SubgraphName) => {
    running[name] = await startSubgraph(name, subgraphConfig, {
      clock: options.clock,
      port: options.ephemeralPorts && !running[name] ? 0 : ports[name],
      metricsPort: stackMetricsPort(config.metricsPort, SUBGRAPHS.indexOf(name) + 1),
      database: options.databases?.[name],
      feedUrl,
      logger: options.logger,
      queryLogger: options.queryLoggers?.[name],
    });
    urls[name] = running[name].url;
    ports[name] = Number(new URL(running[name].url).port);
  };
  const stopped = new Set<SubgraphName>();
  try {
    for (const name of SUBGRAPHS) await start(name);
  } catch (err) {
    await Promise.all(Object.values(running).map(stopSubgraph));
    throw err;
  }
  if (options.pollEvents !== false) for (const name of SUBGRAPHS) running[name].subgraph.startWorkers();
  const { gateway, url } = await startGateway(config, urls, options.ephemeralPorts ? 0 : config.ports.gateway, options.logger);
  let gatewayStopping = false;

  return {
    url,
    gateway,
    subgraphs: running,
    async settle() {
      for (let round = 0; round < 20; round++) {
        let applied = 0;
        for (const name of SUBGRAPHS) {
          if (stopped.has(name)) continue;
          for (const consumer of running[name].subgraph.consumers) {
            // A stopped producer's events wait until it is back; any other failure (a handler bug) surfaces.
            if (stopped.has(consumer.source)) continue;
            applied += await consumer.drain();
          }
          for (const worker of running[name].subgraph.workers) applied += await worker.drain();
        }
        if (applied === 0) return;
      }
      throw new Error("events did not settle in 20 rounds");
    },
    async stopSubgraph(name) {
      await stopSubgraph(running[name]);
      stopped.add(name);
    },
    async restartSubgraph(name) {
      await start(name);
      stopped.delete(name);
      if (options.pollEvents !== false) running[name].subgraph.startWorkers();
    },
    async stop() {
      gatewayStopping = true;
      await gateway.stop();
      gatewayStopping = false;
      await Promise.all(SUBGRAPHS.filter((n) => !stopped.has(n)).map((n) => stopSubgraph(running[n])));
    },
    reload() {
      for (const name of SUBGRAPHS) if (!stopped.has(name)) running[name].reload();
      gateway.reload();
    },
    pending: () => [...(gatewayStopping ? ["gateway: requests in flight"] : []), ...SUBGRAPHS.flatMap((n) => [...running[n].unfinished])],
  };
}
