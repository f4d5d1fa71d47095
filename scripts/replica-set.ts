import type { ServiceName } from "../lib/config";
import { ReplicaProxy } from "./replica-proxy";
import { ServiceProcess, freePort } from "./soak-processes";

/** The variable that sets a service's own port (GATEWAY_PORT, INTAKE_PORT, …). */
const portVariable = (name: ServiceName) => `${name.toUpperCase()}_PORT`;

/**
 * N processes of one service on loopback behind one ReplicaProxy, as a
 * Deployment behind its Service. Peers and clients are given `url` (the
 * proxy); each replica listens on a port of its own. Logs go to
 * `<logDir>/<name>-<i>.log`.
 */
export class ReplicaSet {
  readonly replicas: ServiceProcess[];
  readonly proxy: ReplicaProxy;

  private constructor(
    readonly name: ServiceName,
    readonly proxyPort: number,
    ports: number[],
    env: NodeJS.ProcessEnv,
    logDir: string,
    checkMs?: number,
  ) {
    this.replicas = ports.map((port, i) => new ServiceProcess(name, { ...env, [portVariable(name)]: String(port) }, logDir, `${name}-${i}`));
    this.proxy = new ReplicaProxy(
      ports.map((port) => ({ port, ready: false })),
      checkMs,
    );
  }

  /** Picks free ports for the proxy and the replicas; nothing runs yet. `checkMs`: how often the proxy asks /ready (100 ms unless given). */
  static async plan(
    name: ServiceName,
    count: number,
    logDir: string,
  ): Promise<{ proxyPort: number; create: (env: NodeJS.ProcessEnv, checkMs?: number) => ReplicaSet }> {
    const proxyPort = await freePort();
    const ports: number[] = [];
    for (let i = 0; i < count; i++) ports.push(await freePort());
    return { proxyPort, create: (env, checkMs) => new ReplicaSet(name, proxyPort, ports, env, logDir, checkMs) };
  }

  get url(): string {
    return `http://127.0.0.1:${this.proxyPort}`;
  }

  /** Starts the replicas one after the other (the first one creates keys and databases), then the proxy. */
  async start(): Promise<void> {
    for (const replica of this.replicas) await replica.start();
    await this.proxy.listen(this.proxyPort);
    await this.proxy.allReady();
  }

  /** SIGTERM to every replica at once; their exit codes. */
  async stop(): Promise<(number | null)[]> {
    const codes = await Promise.all(this.replicas.map((r) => r.stop()));
    await this.proxy.close();
    return codes;
  }

  /** SIGKILL to replica `i`; resolves once the proxy has dropped it (at its next /ready check, or the first refused connection). */
  async kill(i: number): Promise<void> {
    await this.replicas[i].kill();
    while (this.proxy.backends[i].ready) await new Promise((r) => setTimeout(r, 10));
  }

  /** Starts replica `i` again; resolves once the proxy sends it requests. */
  async restart(i: number): Promise<void> {
    await this.replicas[i].start();
    const deadline = Date.now() + 60_000;
    while (!this.proxy.backends[i].ready) {
      if (Date.now() > deadline) throw new Error(`${this.replicas[i].label} not ready 60 s after its restart`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /**
   * A rolling restart: each replica in turn gets SIGTERM (it drains, SHUTDOWN_DRAIN_MS), its exit is awaited, it is
   * started again on its port, and the next one waits until the proxy has seen every replica ready without a break for
   * `minReadyMs` (a Deployment's minReadySeconds: a fresh process, still catching up with the feeds, may falter).
   * Resolves to the exit codes.
   */
  async restartOneByOne(readyTimeoutMs = 30_000, minReadyMs = 0): Promise<(number | null)[]> {
    const codes: (number | null)[] = [];
    for (const [i, replica] of this.replicas.entries()) {
      codes.push(await replica.stop());
      // Gone: the proxy would learn it at its next check; the wait below must see the new process's /ready.
      this.proxy.backends[i].ready = false;
      await replica.start();
      await this.proxy.allReady(readyTimeoutMs);
      const deadline = Date.now() + readyTimeoutMs;
      for (let since = Date.now(); Date.now() - since < minReadyMs; await new Promise((r) => setTimeout(r, 50))) {
        if (Date.now() > deadline) throw new Error(`${this.name}: replicas not ready for ${minReadyMs} ms in a row`);
        if (!this.proxy.backends.every((b) => b.ready)) since = Date.now();
      }
    }
    return codes;
  }
}
