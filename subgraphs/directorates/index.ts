// First: traces must be set up before anything loads http or mysql2 (runtime/tracing.ts).
import "../../runtime/tracing";
import { runMain } from "../../runtime/main";
import { startSubgraph, stopSubgraph } from "../../runtime/stack";

/** `npm run start:directorates`: this subgraph alone, listening on DIRECTORATES_PORT. */
runMain("directorates", async (config) => {
  const running = await startSubgraph("directorates", config);
  running.subgraph.startWorkers();
  return { stop: () => stopSubgraph(running), pending: () => [...running.unfinished], reload: () => running.reload(), urls: { directorates: running.url } };
});
