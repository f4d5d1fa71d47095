import fs from "node:fs";
import http from "node:http";
import { createGatewayRuntime, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import { GraphQLError } from "graphql";
import type { Caller } from "../lib/auth/caller";
import { createCallerVerifier } from "../lib/auth/caller-verifier";
import { ServiceTokens } from "../lib/auth/service-tokens";
import { SUBGRAPHS, type SubgraphName } from "../lib/config";
import { runMain } from "../runtime/main";
import { SUPERGRAPH_FILE } from "../runtime/stack";
import { SubgraphTokens } from "../gateway/subgraph-tokens";
import { rememberVerifiedCallers } from "../gateway/verified-callers";

interface HiveContext {
  caller?: Caller | null;
  subgraphTokens?: Map<string, Promise<string>>;
}

/**
 * The benchmark's baseline: GraphQL Hive Gateway with its defaults on our
 * supergraph, plus the work our gateway does, with the same code: verify the
 * caller's JWT (remembered per token like ours), one token per subgraph per
 * request (signed tokens reused like ours). Listens on HIVE_PORT.
 *
 * With `--rust-planner`, the stronger peer: the same gateway and plugin with
 * the query planner and executor of Hive Router (a native addon) in place of
 * the default federation-to-stitching runtime.
 */
const rustPlanner = process.argv.includes("--rust-planner");
runMain(rustPlanner ? "hive-rust" : "hive-gateway", async (config) => {
  const verifyCaller = rememberVerifiedCallers(await createCallerVerifier(config.auth, config.dataDir, config.production));
  const tokens = new SubgraphTokens(await ServiceTokens.load(config.serviceKeysDir, "gateway", { generate: !config.production }));
  let supergraph = fs.readFileSync(SUPERGRAPH_FILE, "utf8");
  for (const name of SUBGRAPHS) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: )"[^"]*"`), `$1"${config.subgraphUrls[name]}/"`);
  }
  // Hive's federation-to-stitching refuses the audit trail's @requires ("Multiple canonical definitions for AuditEntry");
  // no benched operation reads the audit trail, so the peer is given the supergraph without it.
  supergraph = supergraph.replace(/, requires: "specialCategoryData"/g, "");

  const identity: GatewayPlugin<HiveContext> = {
    onContextBuilding({ context, extendContext }) {
      const header = context.request.headers.get("authorization");
      const token = header?.match(/^Bearer (.+)$/i)?.[1];
      if (!token) return extendContext({ caller: null });
      return verifyCaller(token).then(
        (caller) => extendContext({ caller }),
        () => {
          throw new GraphQLError("The access token is invalid or expired", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
        },
      );
    },
  };

  const gateway = createGatewayRuntime<HiveContext>({
    supergraph,
    logging: "warn",
    landingPage: false,
    graphiql: false,
    ...(config.production ? { disableIntrospection: {} } : {}),
    plugins: () => [identity],
    ...(rustPlanner ? { unifiedGraphHandler } : {}),
    propagateHeaders: {
      fromClientToSubgraphs: async ({ context, subgraphName }) => {
        const signed = (context.subgraphTokens ??= new Map<string, Promise<string>>());
        let token = signed.get(subgraphName);
        if (!token) {
          token = tokens.get(subgraphName as SubgraphName, context.caller ?? null);
          signed.set(subgraphName, token);
        }
        return { authorization: `Bearer ${await token}` };
      },
    },
  });
  // The adapter catches its own errors (a 500 response, or a console line), so its promise never rejects.
  const server = http.createServer((req, res) => void gateway(req, res));
  const port = Number(process.env.HIVE_PORT ?? 4100);
  await new Promise<void>((resolve) => server.listen(port, config.host, resolve));
  console.log(`${rustPlanner ? "hive-rust" : "hive-gateway"} http://${config.host}:${port}/graphql`);
  return {
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
});
