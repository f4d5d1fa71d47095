import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { Histogram } from "prom-client";
import type { Fetcher } from "@apollo/utils.fetcher";
import type { SubgraphName } from "../lib/config";
import { SERVICE_UNAVAILABLE } from "../lib/errors";
import type { Logger } from "../lib/platform/logger";
import type { GatewayContext } from "./context";
import { SignedDataSource } from "./signed-data-source";
import { inSpan } from "../lib/platform/spans";
import { SpanKind } from "@opentelemetry/api";
import type { SubgraphTokens } from "./subgraph-tokens";

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_SOCKET"]);
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/** A subgraph that could not be reached (no connection, or a proxy's 502/503/504), as opposed to one that answered. */
function unreachable(err: unknown): boolean {
  const e = err as { code?: string; type?: string; extensions?: { response?: { status?: number } } };
  if (e.code && NETWORK_CODES.has(e.code)) return true;
  if (e.type === "system" || e.type === "request-timeout") return true;
  return UNAVAILABLE_STATUSES.has(e.extensions?.response?.status ?? 0);
}

/** The subgraph answered 401: it refused the token the gateway signed. */
const refused = (err: unknown) => (err as { extensions?: { response?: { status?: number } } }).extensions?.response?.status === 401;

/**
 * Times every subgraph fetch, and turns an unreachable subgraph into a
 * SERVICE_UNAVAILABLE error on the part of the result it should have given:
 * the gateway still returns what the other subgraphs answered (HTTP 200).
 */
export class MeasuredDataSource extends SignedDataSource {
  constructor(
    private readonly name: SubgraphName,
    url: string,
    tokens: SubgraphTokens,
    fetcher: Fetcher,
    private readonly duration: Histogram<"subgraph" | "outcome">,
    private readonly log: Logger,
  ) {
    super(name, url, tokens, fetcher);
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const attributes = { "ibz.service": "gateway", "ibz.subgraph": this.name, "graphql.operation.name": options.request.operationName ?? "" };
    return inSpan(`subgraph ${this.name}`, { kind: SpanKind.CLIENT, attributes }, () => this.measured(options));
  }

  private async measured(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const end = this.duration.startTimer({ subgraph: this.name });
    try {
      const response = await super.process(options);
      end({ outcome: response.errors?.length ? "errors" : "ok" });
      return response;
    } catch (err) {
      const requestId = (options.context as Partial<GatewayContext>).requestId;
      if (refused(err)) {
        // The subgraph does not trust the gateway's signature: our keys, not the caller's token (docs/operations.md "Service keys").
        end({ outcome: "refused" });
        this.log.error({ requestId, subgraph: this.name }, "subgraph refused the gateway's service token: service keys out of step");
        return { errors: [SERVICE_UNAVAILABLE({ path: [] })] };
      }
      const down = unreachable(err);
      end({ outcome: down ? "unreachable" : "failed" });
      this.log.warn({ requestId, subgraph: this.name, err: String(err) }, down ? "subgraph unreachable" : "subgraph fetch failed");
      if (!down) throw err;
      // Path [] puts the error where this fetch's data would have gone.
      return { errors: [SERVICE_UNAVAILABLE({ path: [] })] };
    }
  }
}
