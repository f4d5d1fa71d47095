import pino from "pino";

export type Logger = pino.Logger;

/** Structured JSON logs; LOG_LEVEL=silent in tests. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? "info", destination?: pino.DestinationStream): Logger {
  const options = { name: service, level, base: { service } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * A process's start-up and shutdown lines (info): written whatever LOG_LEVEL is, except `silent`, because they
 * say that the process is up (with its URLs) or going down, and LOG_LEVEL=warn must not hide that.
 */
export function createLifecycleLogger(service: string, level = process.env.LOG_LEVEL ?? "info", destination?: pino.DestinationStream): Logger {
  const log = createLogger(service, level, destination);
  if (level !== "silent" && log.levelVal > pino.levels.values.info) log.level = "info";
  return log;
}
