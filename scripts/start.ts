// First: traces must be set up before anything loads http or mysql2 (runtime/tracing.ts).
import "../runtime/tracing";
import { runMain } from "../runtime/main";
import { startStack } from "../runtime/stack";

/** `npm start`: the gateway and the three subgraphs in one process, on SQLite in ./data by default. */
runMain("stack", async (config) => {
  const stack = await startStack(config);
  const urls = { gateway: stack.url, ...Object.fromEntries(Object.entries(stack.subgraphs).map(([name, running]) => [name, running.url])) };
  return { stop: () => stack.stop(), pending: () => stack.pending(), reload: () => stack.reload(), urls };
});
