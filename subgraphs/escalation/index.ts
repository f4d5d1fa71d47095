// First: traces must be set up before anything loads http or mysql2 (runtime/tracing.ts).
import "../../runtime/tracing";
import { runMain } from "../../runtime/main";
import { startSubgraph, stopSubgraph } from "../../runtime/stack";

/** `npm run start:escalation`: this subgraph alone, listening on ESCALATION_PORT. */
runMain("escalation", async (config) => {
  const running = await startSubgraph("escalation", config);
  running.subgraph.startWorkers();
  return { stop: () => stopSubgraph(running), pending: () => [...running.unfinished], reload: () => running.reload(), urls: { escalation: running.url } };
});
