import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { issueDevToken } from "../../lib/auth/dev-issuer";
import type { Caller } from "../../lib/auth/caller";
import { LOAD_TEST_LIMITS, loadConfig } from "../../lib/config";

const START_SCRIPT = path.join(__dirname, "..", "..", "scripts", "start.js");

export interface LogLine {
  level: number;
  time: number;
  service: string;
  msg: string;
  [field: string]: unknown;
}

export interface SpawnedStack {
  child: ChildProcess;
  dataDir: string;
  /** Each service's URL, from the JSON start-up line. */
  urls: Record<"gateway" | "intake" | "directorates" | "escalation", string>;
  stdout(): string;
  stderr(): string;
  /** Every stdout line parsed as JSON (throws on a line that is not). */
  lines(): LogLine[];
  token(caller: Caller): Promise<string>;
  /** POSTs to the gateway; the response's status, headers and parsed body. */
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any }>;
  /** SIGTERM; resolves to the exit code. */
  stop(): Promise<number | null>;
}

/** `npm start` as a real process on free ports in a fresh DATA_DIR, with `env` added; resolves once it has logged its start-up line. */
export async function spawnStack(env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<SpawnedStack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-spawned-"));
  const child = spawn(process.execPath, [...nodeArgs, START_SCRIPT], {
    env: {
      PATH: process.env.PATH,
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      GATEWAY_PORT: "0",
      INTAKE_PORT: "0",
      DIRECTORATES_PORT: "0",
      ESCALATION_PORT: "0",
      ...LOAD_TEST_LIMITS,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const urls = await new Promise<SpawnedStack["urls"]>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const started = parseLines(out.slice(0, out.lastIndexOf("\n") + 1)).find((l) => l.msg === "started");
      if (started) resolve(started.urls as SpawnedStack["urls"]);
    });
    child.once("exit", (code) => reject(new Error(`start.js exited with ${code}: ${err}${out}`)));
  });
  const config = loadConfig({ DATA_DIR: dataDir });
  return {
    child,
    dataDir,
    urls,
    stdout: () => out,
    stderr: () => err,
    lines: () => parseLines(out),
    token: (caller) => issueDevToken(config.dataDir, config.auth, caller),
    async post(query, variables = {}, headers = {}) {
      const res = await fetch(`${urls.gateway}/`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: await res.json() };
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const code = await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

function parseLines(text: string): LogLine[] {
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as LogLine);
}
