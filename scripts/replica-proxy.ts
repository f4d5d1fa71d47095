import http from "node:http";
import type { AddressInfo } from "node:net";

/** One process behind the proxy. `ready` follows its /ready answers. */
export interface Backend {
  port: number;
  ready: boolean;
}

export interface ProxyCounts {
  /** Requests answered by a backend. */
  forwarded: number;
  /** Sent again to another backend because the first one refused the connection (nothing reached it). */
  retried: number;
  /** 502: the backend went away with the request in flight. */
  failedInFlight: number;
  /** 503: no backend was ready. */
  noBackend: number;
}

/** Late /ready answers in a row (each past the check's timeout) after which a backend is dropped. */
const SLOW_CHECKS_TO_DROP = 3;

/**
 * What a Kubernetes Service does for the soak and the bench, on loopback only:
 * round-robin over the backends whose `GET /ready` answered 200 at the last
 * check (every `checkMs`), dropping one at once when it refuses a connection.
 * A request whose connection was refused never reached a process and is sent
 * to the next backend; any other failure (a reset, the backend dying with the
 * request in flight) is answered 502, never retried: the request may have
 * been applied. A process that stops gracefully is expected to answer /ready
 * 503 for a while before it closes (SHUTDOWN_DRAIN_MS), as a pod does.
 */
export class ReplicaProxy {
  readonly counts: ProxyCounts = { forwarded: 0, retried: 0, failedInFlight: 0, noBackend: 0 };
  private readonly server: http.Server;
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  private next = 0;
  private timer?: NodeJS.Timeout;
  /** Checks in a row that got no answer in time, per backend. */
  private readonly slow = new Map<Backend, number>();

  constructor(
    readonly backends: Backend[],
    private readonly checkMs = 100,
  ) {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
  }

  async listen(port = 0): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(port, "127.0.0.1", resolve));
    this.timer = setInterval(() => void this.checkAll(), this.checkMs);
    await this.checkAll();
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
    this.agent.destroy();
  }

  /** Resolves once every backend answered /ready 200 (or rejects after `timeoutMs`). */
  async allReady(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.backends.every((b) => b.ready)) {
      if (Date.now() > deadline)
        throw new Error(
          `backends not ready: ${this.backends
            .filter((b) => !b.ready)
            .map((b) => b.port)
            .join(", ")}`,
        );
      await new Promise((r) => setTimeout(r, this.checkMs));
    }
  }

  private async checkAll(): Promise<void> {
    await Promise.all(
      this.backends.map(async (b) => {
        try {
          const res = await fetch(`http://127.0.0.1:${b.port}/ready`, { signal: AbortSignal.timeout(Math.max(500, this.checkMs * 5)) });
          await res.arrayBuffer();
          b.ready = res.status === 200;
          this.slow.delete(b);
        } catch (err) {
          // A busy process that answers late has not said no: only SLOW_CHECKS_TO_DROP late answers in a row drop it
          // (a probe's failureThreshold); a refused connection or a 503 drops it at once.
          const late = (this.slow.get(b) ?? 0) + 1;
          this.slow.set(b, late);
          if ((err as Error).name !== "TimeoutError" || late >= SLOW_CHECKS_TO_DROP) b.ready = false;
        }
      }),
    );
  }

  private pick(tried: Set<Backend>): Backend | undefined {
    for (let i = 0; i < this.backends.length; i++) {
      const b = this.backends[(this.next + i) % this.backends.length];
      if (b.ready && !tried.has(b)) {
        this.next = (this.next + i + 1) % this.backends.length;
        return b;
      }
    }
    return undefined;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const tried = new Set<Backend>();
    for (;;) {
      const backend = this.pick(tried);
      if (!backend) {
        this.counts.noBackend++;
        res.writeHead(503, { "content-type": "text/plain", "retry-after": "1" }).end("no ready backend");
        return;
      }
      tried.add(backend);
      const outcome = await this.forward(backend, req, body, res);
      if (outcome === "answered") return;
      if (outcome === "in-flight") {
        this.counts.failedInFlight++;
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
        res.end();
        return;
      }
      backend.ready = false;
      this.counts.retried++;
    }
  }

  private forward(backend: Backend, req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): Promise<"answered" | "unreached" | "in-flight"> {
    return new Promise((resolve) => {
      const upstream = http.request(
        {
          host: "127.0.0.1",
          port: backend.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, "content-length": body.length },
          agent: this.agent,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.once("end", () => {
            this.counts.forwarded++;
            resolve("answered");
          });
          answer.once("error", () => resolve("in-flight"));
        },
      );
      upstream.once("error", (err: NodeJS.ErrnoException) => {
        resolve(err.code === "ECONNREFUSED" && !res.headersSent ? "unreached" : "in-flight");
      });
      upstream.end(body);
    });
  }
}
