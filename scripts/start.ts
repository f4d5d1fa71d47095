import { runMain } from "../runtime/main";
import { startStack } from "../runtime/stack";

/** `npm start`: the gateway and the three subgraphs in one process, on SQLite in ./data by default. */
runMain("stack", async (config) => {
  const stack = await startStack(config);
  console.log(`gateway    ${stack.url}/`);
  for (const [name, running] of Object.entries(stack.subgraphs)) console.log(`${name.padEnd(12)} ${running.url}/`);
  return stack;
});
