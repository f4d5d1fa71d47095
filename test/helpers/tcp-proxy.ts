import net from "node:net";

/**
 * A TCP proxy on loopback in front of a real server (MariaDB in the tests):
 * `cut()` drops every open connection and refuses new ones, as a database
 * that went away; `restore()` accepts again.
 */
export class TcpProxy {
  private readonly sockets = new Set<net.Socket>();
  private server?: net.Server;
  port = 0;
  /** When set, the first client packet it matches is not forwarded: the proxy cuts instead. */
  cutBefore?: (packet: Buffer) => boolean;
  /** Resolves when a `cutBefore` match has cut the connections. */
  tripped?: Promise<void>;
  private trip?: () => void;

  /** Cuts just before the client sends a packet `match` accepts (e.g. one statement of a transaction). */
  armCut(match: (packet: Buffer) => boolean): void {
    this.cutBefore = match;
    this.tripped = new Promise((resolve) => (this.trip = resolve));
  }

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<number> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => undefined);
      }
      client.on("data", (packet: Buffer) => {
        if (this.cutBefore?.(packet)) {
          this.cutBefore = undefined;
          void this.cut().then(() => this.trip?.());
          return;
        }
        upstream.write(packet);
      });
      upstream.pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(this.port, "127.0.0.1", resolve);
    });
    this.port = (this.server.address() as net.AddressInfo).port;
    return this.port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  /** Listens again on the same port (nothing to do if it is not cut). */
  async restore(): Promise<number> {
    return this.server ? this.port : this.start();
  }
}
