import type http from "node:http";

/**
 * The first step of a graceful stop: the process still serves, but tells its load balancer to stop sending (/ready
 * answers 503 "stopping") and ends every keep-alive connection after its current response (`Connection: close`), so
 * that clients holding a pooled connection open a new one (through the balancer, to another replica) rather than
 * send a request on a connection that closes with the listener. A connection idle since before the drain is left
 * alone: closing it now could race with a request the balancer sends before it notices; it is closed with the
 * listener, once nothing is sent here any more.
 */
export class Drain {
  private started = false;
  private readonly unanswered = new Set<http.ServerResponse>();

  /** Whether the drain has begun (the process is stopping). */
  get stopping(): boolean {
    return this.started;
  }

  /** Follows `server`'s responses; runs before its own request listener, so a response sent at once is covered. */
  attach(server: http.Server): void {
    server.prependListener("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
      if (this.started) {
        res.shouldKeepAlive = false;
        return;
      }
      this.unanswered.add(res);
      res.once("close", () => this.unanswered.delete(res));
    });
  }

  /** Begins the drain: responses not yet started close their connection too (Node keeps it alive past server.close()). */
  begin(): void {
    this.started = true;
    for (const res of this.unanswered) if (!res.headersSent) res.shouldKeepAlive = false;
    this.unanswered.clear();
  }
}
