/** A loop a process runs beside its HTTP server (event consumers, the letter dispatcher). */
export interface BackgroundWorker {
  start(): void;
  stop(): Promise<void>;
  /** Works until nothing is left to do now; resolves to how much it did. Tests call this instead of waiting. */
  drain(): Promise<number>;
}
