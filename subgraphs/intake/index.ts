// First: traces must be set up before anything loads http or mysql2 (runtime/tracing.ts).
import "../../runtime/tracing";
import { runMain } from "../../runtime/main";
import { startSubgraph, stopSubgraph } from "../../runtime/stack";

/** `npm run start:intake`: this subgraph alone, listening on INTAKE_PORT. */
runMain("intake", async (config) => {
  const running = await startSubgraph("intake", config);
  running.subgraph.startWorkers();
  return { stop: () => stopSubgraph(running), pending: () => [...running.unfinished], reload: () => running.reload(), urls: { intake: running.url } };
});
