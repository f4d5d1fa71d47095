import type { DataSource } from "typeorm";
import type { ServiceTokens } from "./auth/service-tokens";
import type { Clock } from "./clock";
import type { SubgraphName } from "./config";
import { EventConsumer, consumerMetrics, type EventHandlers } from "./events/consumer";
import type { RequestContext } from "./graphql/context";
import { buildFederatedSchema, type SubgraphSchemaOptions } from "./graphql/subgraph-schema";
import { createSubgraphServer, type SubgraphServer } from "./graphql/subgraph-server";
import type { Logger } from "./logger";
import type { Metrics } from "./metrics";

/** Everything a subgraph factory is given; nothing is global. */
export interface SubgraphDeps {
  production: boolean;
  dataSource: DataSource;
  clock: Clock;
  tokens: ServiceTokens;
  log: Logger;
  /** This process's registry, served on /metrics. */
  metrics: Metrics;
  metricsToken?: string;
  shutdownTimeoutMs: number;
  bodyLimitBytes: number;
  events: { pollMs: number; batchSize: number };
  /** Where a producer's feed is; read when the consumers start, after every server listens. */
  feedUrl: (source: SubgraphName) => string;
}

export interface Subgraph extends SubgraphServer {
  /** The subgraph SDL, as composition sees it. */
  sdl: string;
  consumers: EventConsumer[];
  startConsumers(): void;
}

export interface SubgraphDefinition<TContext extends RequestContext> {
  name: SubgraphName;
  schema: Omit<SubgraphSchemaOptions, "production">;
  context: (base: RequestContext) => TContext;
  /** The events this subgraph applies, per producing subgraph. */
  consumes: Partial<Record<SubgraphName, EventHandlers>>;
}

/** Builds a subgraph's schema, server and event consumers; does not listen. */
export async function assembleSubgraph<TContext extends RequestContext>(
  deps: SubgraphDeps,
  definition: SubgraphDefinition<TContext>,
): Promise<Subgraph> {
  const { schema, sdl } = await buildFederatedSchema({ ...definition.schema, production: deps.production });
  const eventMetrics = consumerMetrics(deps.metrics);
  const consumers = Object.entries(definition.consumes).map(
    ([source, handlers]) =>
      new EventConsumer({
        source: source as SubgraphName,
        get feedUrl() {
          return deps.feedUrl(source as SubgraphName);
        },
        dataSource: deps.dataSource,
        tokens: deps.tokens,
        handlers: handlers ?? {},
        batchSize: deps.events.batchSize,
        pollMs: deps.events.pollMs,
        log: deps.log,
        clock: deps.clock,
        metrics: eventMetrics,
      }),
  );
  const server = await createSubgraphServer({
    name: definition.name,
    schema,
    dataSource: deps.dataSource,
    tokens: deps.tokens,
    production: deps.production,
    log: deps.log,
    metrics: deps.metrics,
    metricsToken: deps.metricsToken,
    shutdownTimeoutMs: deps.shutdownTimeoutMs,
    bodyLimitBytes: deps.bodyLimitBytes,
    context: definition.context,
    onStop: async () => {
      await Promise.all(consumers.map((c) => c.stop()));
    },
  });
  return { ...server, sdl, consumers, startConsumers: () => consumers.forEach((c) => c.start()) };
}
