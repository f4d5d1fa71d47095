import pino from "pino";

export type Logger = pino.Logger;

/** Structured JSON logs; LOG_LEVEL=silent in tests. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? "info", destination?: pino.DestinationStream): Logger {
  const options = { name: service, level, base: { service } };
  return destination ? pino(options, destination) : pino(options);
}
