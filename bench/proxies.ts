import { ReplicaProxy } from "../scripts/replica-proxy";

/**
 * The bench's stand-in for a Kubernetes Service per subgraph: one ReplicaProxy
 * per entry of BENCH_PROXIES (`[{ "port": 1234, "backends": [1235, 1236] }]`),
 * in a process of its own so the proxying does not share autocannon's event
 * loop. Listens once every backend is ready; stops on SIGTERM.
 */
const READY_CHECK_MS = 1_000;

async function main() {
  const sets = JSON.parse(process.env.BENCH_PROXIES ?? "[]") as { port: number; backends: number[] }[];
  // /ready checked every second, each check given 5 s: a subgraph whose database pool is busy under load answers
  // /ready late, and at the soak's 100 ms (500 ms timeout) both replicas were dropped at once (503s) in trials.
  const proxies = sets.map((set) => ({
    set,
    proxy: new ReplicaProxy(
      set.backends.map((port) => ({ port, ready: false })),
      READY_CHECK_MS,
    ),
  }));
  for (const { set, proxy } of proxies) {
    await proxy.listen(set.port);
    await proxy.allReady();
  }
  console.log(`proxies ${sets.map((s) => `http://127.0.0.1:${s.port} -> ${s.backends.join(",")}`).join("; ")}`);
  process.once("SIGTERM", () => {
    void Promise.all(proxies.map(({ proxy }) => proxy.close())).then(() => {
      for (const { set, proxy } of proxies) console.error(`proxy ${set.port}: ${JSON.stringify(proxy.counts)}`);
      process.exit(0);
    });
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
