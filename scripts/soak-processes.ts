import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { ServiceName } from "../lib/config";

/** The entry point of each process, as `npm run start:<name>` runs it. */
const ENTRY: Record<ServiceName, string> = {
  intake: "subgraphs/intake/index.js",
  directorates: "subgraphs/directorates/index.js",
  escalation: "subgraphs/escalation/index.js",
  gateway: "gateway/index.js",
};
const DIST = path.join(__dirname, "..");

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One of the four processes, on loopback, its output appended to `<logDir>/<label>.log` (the label is the name unless replicated). */
export class ServiceProcess {
  private child?: ChildProcess;

  constructor(
    readonly name: ServiceName,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logDir: string,
    readonly label: string = name,
  ) {}

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts it and resolves once it prints its URL. */
  async start(): Promise<void> {
    const logFile = path.join(this.logDir, `${this.label}.log`);
    const log = fs.openSync(logFile, "a");
    const child = spawn(process.execPath, [path.join(DIST, ENTRY[this.name])], { env: this.env, stdio: ["ignore", "pipe", log] });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        fs.appendFileSync(logFile, chunk);
        out += chunk.toString();
        if (out.includes("http://")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`${this.label} exited with ${code} before listening (see ${this.logDir})`)));
    });
    fs.closeSync(log);
  }

  /** SIGKILL: no drain, no clean close — what a crash or an OOM kill does. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }

  /** SIGTERM, and waits for the graceful exit. */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    return exited;
  }
}
