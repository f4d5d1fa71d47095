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
  ) {
    this.replicas = ports.map((port, i) => new ServiceProcess(name, { ...env, [portVariable(name)]: String(port) }, logDir, `${name}-${i}`));
    this.proxy = new ReplicaProxy(ports.map((port) => ({ port, ready: false })));
  }

  /** Picks free ports for the proxy and the replicas; nothing runs yet. */
  static async plan(name: ServiceName, count: number, logDir: string): Promise<{ proxyPort: number; create: (env: NodeJS.ProcessEnv) => ReplicaSet }> {
    const proxyPort = await freePort();
    const ports: number[] = [];
    for (let i = 0; i < count; i++) ports.push(await freePort());
    return { proxyPort, create: (env) => new ReplicaSet(name, proxyPort, ports, env, logDir) };
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
}
