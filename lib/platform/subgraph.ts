import type { DataSource } from "typeorm";
import type { ServiceTokens } from "../auth/service-tokens";
import type { Clock } from "./clock";
import type { BelgianCalendar } from "../domain/brussels-calendar";
import type { SubgraphName } from "../config";
import { EventConsumer, consumerMetrics, httpFeed, localFeed, type EventHandlers } from "../events/consumer";
import { CatchUp } from "../events/catch-up";
import type { RequestContext } from "../graphql/context";
import { buildFederatedSchema, type SubgraphSchemaOptions } from "../graphql/subgraph-schema";
import { createSubgraphServer, type SubgraphServer } from "../graphql/subgraph-server";
import type { ServerOptions } from "./http-routes";
import type { MailConfig, PrivacySettings, ProcedureSettings, Quotas, RetentionSettings } from "../config";
import { pendingMigrations } from "./schema-check";
import { databasePoolMetrics } from "./database-metrics";
import type { BackgroundWorker } from "./worker";
import type { PeerEndpoint } from "./peer-calls";

/** Everything a subgraph factory is given; nothing is global. */
export interface SubgraphDeps extends ServerOptions {
  dataSource: DataSource;
  clock: Clock;
  /** The working days deadlines are counted in (the legal holidays and EXTRA_PUBLIC_HOLIDAYS). */
  calendar: BelgianCalendar;
  tokens: ServiceTokens;
  events: { pollMs: number; batchSize: number; catchUpTimeoutMs: number };
  mail: MailConfig;
  quotas: Quotas;
  procedure: ProcedureSettings;
  retention: RetentionSettings;
  privacy: PrivacySettings;
  /** Where a producer's feed is; read when the consumers start, after every server listens. */
  feedUrl: (source: SubgraphName) => string;
}

export interface Subgraph extends SubgraphServer {
  /** The subgraph SDL, as composition sees it. */
  sdl: string;
  consumers: EventConsumer[];
  /** Other loops beside the event consumers (intake's letter dispatcher). */
  workers: BackgroundWorker[];
  /** Starts the event consumers and the other workers, once the database has every migration (SCHEMA_BEHIND=wait). */
  startWorkers(): void;
}

export interface SubgraphDefinition<TContext extends RequestContext> {
  name: SubgraphName;
  schema: Omit<SubgraphSchemaOptions, "production" | "log">;
  context: (base: RequestContext) => TContext;
  /** The events this subgraph applies, per producing subgraph. */
  consumes: Partial<Record<SubgraphName, EventHandlers>>;
  workers?: BackgroundWorker[];
  /** Mutations that decide on this subgraph's own data only: they skip catching up with the peers' feeds (lib/events/catch-up.ts). */
  ownFactsOnly?: readonly string[];
  /** Calls the peers make on this subgraph, given the catching up with their feeds. */
  peerEndpoints?: (catchUp: CatchUp) => PeerEndpoint[];
}

const SCHEMA_RECHECK_MS = 2_000;

/** Builds a subgraph's schema, server and event consumers; does not listen. */
export async function assembleSubgraph<TContext extends RequestContext>(deps: SubgraphDeps, definition: SubgraphDefinition<TContext>): Promise<Subgraph> {
  const { schema, sdl } = await buildFederatedSchema({ ...definition.schema, production: deps.production, log: deps.log });
  const eventMetrics = consumerMetrics(deps.metrics);
  databasePoolMetrics(deps.metrics, deps.dataSource);
  const consumers = Object.entries(definition.consumes).map(
    ([source, handlers]) =>
      new EventConsumer({
        source: source as SubgraphName,
        feed:
          source === definition.name ? localFeed(deps.dataSource) : httpFeed(source as SubgraphName, () => deps.feedUrl(source as SubgraphName), deps.tokens),
        dataSource: deps.dataSource,
        handlers: handlers ?? {},
        batchSize: deps.events.batchSize,
        pollMs: deps.events.pollMs,
        log: deps.log,
        clock: deps.clock,
        metrics: eventMetrics,
        service: definition.name,
      }),
  );
  const workers = definition.workers ?? [];
  const peers = consumers.filter((c) => c.source !== definition.name);
  const pending = pendingMigrations(deps.dataSource);
  let stopped = false;
  const catchUp = new CatchUp(peers, deps.events.catchUpTimeoutMs, deps.metrics);
  const server = await createSubgraphServer({
    ...deps,
    name: definition.name,
    schema,
    context: definition.context,
    consistency: { catchUp, ownFactsOnly: definition.ownFactsOnly ?? [] },
    peerEndpoints: definition.peerEndpoints?.(catchUp),
    pendingMigrations: pending,
    onStop: async () => {
      stopped = true;
      await Promise.all([...consumers, ...workers].map((w) => w.stop()));
    },
  });
  /** Events and letters are not applied to a schema behind its code: the loops start once `npm run migrate` has run. */
  const startWhenCurrent = async (): Promise<void> => {
    const behind = await pending().catch(() => ["?"]);
    if (stopped) return;
    if (behind.length === 0) [...consumers, ...workers].forEach((w) => w.start());
    else setTimeout(() => void startWhenCurrent(), SCHEMA_RECHECK_MS).unref();
  };
  return { ...server, sdl, consumers, workers, startWorkers: () => void startWhenCurrent() };
}
