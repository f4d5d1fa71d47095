import autocannon from "autocannon";

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  /** 2xx responses whose body carries GraphQL `errors`. */
  graphqlErrors: number;
  /** Connection errors and timeouts. */
  transportErrors: number;
  /** CPU time the target's own processes (the gateway, or the subgraph's replicas for direct) spent per response. */
  cpuMsPerRequest?: number;
  /** The first answer that carried `errors` (its start), to say what failed. */
  firstError?: string;
}

export interface Load {
  url: string;
  body: string;
  /** One Authorization token per connection (connection i uses tokens[i]). */
  tokens: string[];
  seconds: number;
}

/** Loads `url` with one connection per token over loopback; every response body is checked for `errors`. */
export async function runLoad(load: Load): Promise<LoadResult> {
  let next = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url: load.url,
    method: "POST",
    connections: load.tokens.length,
    duration: load.seconds,
    body: load.body,
    headers: { "content-type": "application/json" },
    setupClient: (client) => {
      const token = load.tokens[next++ % load.tokens.length];
      client.setHeaders({ "content-type": "application/json", authorization: `Bearer ${token}` });
    },
    verifyBody: (body) => {
      const text = String(body ?? "");
      if (!text.includes('"errors"')) return true;
      firstError ??= text.slice(0, 500);
      return false;
    },
  });
  return {
    rps: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    transportErrors: result.errors + result.timeouts,
    ...(firstError ? { firstError } : {}),
  };
}
