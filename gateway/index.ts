// First: traces must be set up before anything loads http (runtime/tracing.ts).
import "../runtime/tracing";
import { runMain } from "../runtime/main";
import { startGateway } from "../runtime/stack";

/** `npm run start:gateway`: the gateway alone, in front of the subgraphs at *_URL. */
runMain("gateway", async (config) => {
  const { gateway, url } = await startGateway(config, config.subgraphUrls);
  return { stop: () => gateway.stop(), reload: () => gateway.reload(), urls: { gateway: url } };
});
