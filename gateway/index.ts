import { runMain } from "../runtime/main";
import { startGateway } from "../runtime/stack";

/** `npm run start:gateway`: the gateway alone, in front of the subgraphs at *_URL. */
runMain("gateway", async (config) => {
  const { gateway, url } = await startGateway(config, config.subgraphUrls);
  console.log(`gateway ${url}/`);
  return gateway;
});
