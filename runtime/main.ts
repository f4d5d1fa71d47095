import "reflect-metadata";
import { ConfigError, loadConfig, type AppConfig } from "../lib/config";

/** Runs an entry point: config validated first (failing fast), SIGTERM/SIGINT stop it cleanly. */
export function runMain(name: string, start: (config: AppConfig) => Promise<{ stop(): Promise<void> }>): void {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(2);
  }
  start(config)
    .then((running) => {
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.error(`${name}: ${signal}, shutting down`);
        running.stop().then(
          () => process.exit(0),
          (err) => {
            console.error(err);
            process.exit(1);
          },
        );
      };
      // `on`, not `once`: a dependency's signal-exit handler re-sends the signal (killing the process
      // mid-drain) when it finds itself the only listener left.
      process.on("SIGTERM", () => shutdown("SIGTERM"));
      process.on("SIGINT", () => shutdown("SIGINT"));
    })
    .catch((err) => {
      console.error(`${name} failed to start:`, err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
