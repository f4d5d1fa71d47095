import { ReplicaProxy } from "../scripts/replica-proxy";

/**
 * The bench's stand-in for a Kubernetes Service per subgraph: one ReplicaProxy
 * per entry of BENCH_PROXIES (`[{ "port": 1234, "backends": [1235, 1236] }]`),
 * in a process of its own so the proxying does not share autocannon's event
 * loop. Listens once every backend is ready; stops on SIGTERM.
 */
async function main() {
  const sets = JSON.parse(process.env.BENCH_PROXIES ?? "[]") as { port: number; backends: number[] }[];
  const proxies = sets.map((set) => ({ set, proxy: new ReplicaProxy(set.backends.map((port) => ({ port, ready: false }))) }));
  for (const { set, proxy } of proxies) {
    await proxy.listen(set.port);
    await proxy.allReady();
  }
  console.log(`proxies ${sets.map((s) => `http://127.0.0.1:${s.port} -> ${s.backends.join(",")}`).join("; ")}`);
  process.once("SIGTERM", () => {
    void Promise.all(proxies.map(({ proxy }) => proxy.close())).then(() => {
      for (const { set, proxy } of proxies) console.log(`proxy ${set.port}: ${JSON.stringify(proxy.counts)}`);
      process.exit(0);
    });
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
