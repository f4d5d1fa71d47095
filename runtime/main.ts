import "reflect-metadata";
import { ConfigError, loadConfig, type AppConfig } from "../lib/config";
import { createLifecycleLogger } from "../lib/platform/logger";
import { stopTracing } from "./tracing";

/** How long past SHUTDOWN_DRAIN_MS + SHUTDOWN_TIMEOUT_MS a stop may take (workers finishing a pass, pools closing) before it is cut short. */
export const SHUTDOWN_MARGIN_MS = 2_000;

export interface RunningProcess {
  stop(): Promise<void>;
  /** What the stop has not finished yet (a stuck query holds a worker or a pool), for the log line when it is cut short. */
  pending?(): string[];
  /** The operator's SIGHUP: read keys again (service keys; the gateway also fetches the identity provider's). */
  reload?(): void;
  /** Where it listens, per service, for the start-up line. */
  urls?: Record<string, string>;
}

/**
 * Runs an entry point: config validated first (failing fast), SIGTERM/SIGINT stop it cleanly (drain, close, finish). A
 * stop that is still not done SHUTDOWN_MARGIN_MS after SHUTDOWN_DRAIN_MS + SHUTDOWN_TIMEOUT_MS (a database query that does not return) is cut short: the
 * process logs what it cut and exits 1, which closes its database connections.
 */
export function runMain(name: string, start: (config: AppConfig) => Promise<RunningProcess>): void {
  // Start-up and shutdown lines are JSON like every other line (lib/platform/logger.ts).
  const log = createLifecycleLogger(name);
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    log.fatal(err instanceof ConfigError ? { problems: err.problems } : { err }, "invalid configuration: not started");
    process.exit(2);
  }
  start(config)
    .then((running) => {
      let stopping = false;
      log.info({ urls: running.urls, production: config.production }, "started");
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info({ signal, drainMs: config.shutdownDrainMs, timeoutMs: config.shutdownTimeoutMs }, `${signal}, shutting down`);
        const limitMs = config.shutdownDrainMs + config.shutdownTimeoutMs + SHUTDOWN_MARGIN_MS;
        setTimeout(() => {
          log.error({ signal, afterMs: limitMs, cut: running.pending?.() ?? [] }, "shutdown cut short: exiting with work unfinished");
          process.exit(1);
        }, limitMs).unref();
        running.stop().then(
          async () => {
            // The spans of the last requests are still buffered: exported before exiting (a no-op without traces).
            await stopTracing().catch((err: unknown) => log.warn({ err }, "traces not all exported"));
            log.info({ signal }, "stopped");
            process.exit(0);
          },
          (err) => {
            log.error({ err }, "stop failed");
            process.exit(1);
          },
        );
      };
      // `on`, not `once`: a dependency's signal-exit handler re-sends the signal (killing the process
      // mid-drain) when it finds itself the only listener left.
      process.on("SIGTERM", () => shutdown("SIGTERM"));
      process.on("SIGINT", () => shutdown("SIGINT"));
      process.on("SIGHUP", () => running.reload?.());
    })
    .catch((err) => {
      log.fatal({ err }, "failed to start");
      process.exit(1);
    });
}
