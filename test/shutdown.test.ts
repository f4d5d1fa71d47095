import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { DataSource } from "typeorm";
import { issueDevToken } from "../lib/auth/dev-issuer";
import { loadConfig } from "../lib/config";
import { createConnection, type Connection } from "mysql2/promise";
import { SHUTDOWN_MARGIN_MS } from "../runtime/main";
import { citizenOwner, fileInput } from "./helpers/callers";
import { DATABASE_KINDS, freshDatabases } from "./helpers/databases";

const START_SCRIPT = path.join(__dirname, "..", "scripts", "start.js");
const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id reference } }`;

interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  /** Everything it wrote to stdout (JSON log lines). */
  output: () => string;
}

/** `npm start` as a real process on free ports, its SQLite files in `dataDir`. */
async function startProcess(dataDir: string, pollMs: number, extraEnv: NodeJS.ProcessEnv = {}): Promise<Running> {
  const env = {
    PATH: process.env.PATH,
    DATA_DIR: dataDir,
    LOG_LEVEL: "error",
    EVENT_POLL_MS: String(pollMs),
    GATEWAY_PORT: "0",
    INTAKE_PORT: "0",
    DIRECTORATES_PORT: "0",
    ESCALATION_PORT: "0",
    ...extraEnv,
  };
  const child = spawn(process.execPath, [START_SCRIPT], { env, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      // The start-up line is JSON, written at any LOG_LEVEL but silent: {"msg":"started","urls":{"gateway":…}}.
      const match = /"urls":\{"gateway":"(http:\/\/[^"]+)"/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`start.js exited with ${code}`)));
  });
  return { child, url, exited, output: () => out };
}

const post = async (url: string, token: string, query: string, variables: Record<string, unknown>) => {
  const res = await fetch(`${url}/`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: unknown[] } };
};

describe("graceful shutdown on SIGTERM (npm start as a process) [sqlite]", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-shutdown-"));
  let running: Running | undefined;
  afterAll(() => {
    running?.child.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("finishes the request in flight, refuses new connections, exits 0; after restart every committed event is applied once", async () => {
    // Consumers poll once at start, then only after a minute: the events below are still undelivered at SIGTERM.
    running = await startProcess(dataDir, 60_000);
    const config = loadConfig({ DATA_DIR: dataDir });
    const token = await issueDevToken(config.dataDir, config.auth, citizenOwner);
    const before = await post(running.url, token, FILE, { i: fileInput() });
    expect(before.body.errors).toBeUndefined();

    // A filing whose body is still being uploaded when SIGTERM arrives.
    const body = Buffer.from(JSON.stringify({ query: FILE, variables: { i: fileInput({ subject: "Sent during shutdown" }) } }));
    const port = Number(new URL(running.url).port);
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/",
          headers: { "content-type": "application/json", "content-length": body.length, authorization: `Bearer ${token}` },
        },
        (res) => {
          let text = "";
          res.on("data", (c: Buffer) => (text += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.write(body.subarray(0, 100));
      setTimeout(() => {
        running!.child.kill("SIGTERM");
        setTimeout(() => {
          // The listener is closed by now: a new connection is refused while the old request is still open.
          expect(fetch(`${running!.url}/health`))
            .rejects.toThrow()
            .then(() => req.end(body.subarray(100)), reject);
        }, 300);
      }, 200);
    });
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    const during = JSON.parse(answered.text) as { data: { fileComplaint: { reference: string } } };
    expect(during.data.fileComplaint.reference).toBe("IBZ-2026-000002");
    expect(await running.exited).toBe(0);

    running = await startProcess(dataDir, 50);
    const deadline = Date.now() + 10_000;
    let lines: { firstLine: unknown }[] = [];
    while (Date.now() < deadline) {
      const mine = await post(running.url, token, `{ myComplaints { reference firstLine { acknowledgedAt } } }`, {});
      lines = mine.body.data.myComplaints;
      if (lines.every((c) => c.firstLine !== null)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(lines).toHaveLength(2);
    expect(lines.every((c) => c.firstLine !== null)).toBe(true);
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);

    const count = async (file: string, sql: string) => {
      const db = await new DataSource({ type: "better-sqlite3", database: path.join(dataDir, file), readonly: true }).initialize();
      try {
        return Number((await db.query<{ n: number }[]>(sql))[0].n);
      } finally {
        await db.destroy();
      }
    };
    const produced = await count("intake.sqlite", "SELECT COUNT(*) AS n FROM outbox_event");
    expect(produced).toBe(2);
    for (const consumer of ["directorates.sqlite", "escalation.sqlite"]) {
      expect(await count(consumer, "SELECT COUNT(*) AS n FROM inbox_event WHERE source = 'intake'")).toBe(produced);
    }
  });
});

describe.each(DATABASE_KINDS.filter((kind) => kind === "mysql"))(
  "a stop that a stuck database query holds is cut short after SHUTDOWN_TIMEOUT_MS [%s]",
  (kind) => {
    const databases = freshDatabases(kind);
    let running: Running | undefined;
    let locker: Connection | undefined;
    afterAll(async () => {
      running?.child.kill("SIGKILL");
      await locker?.end();
      await databases.drop();
    });

    it("a filing stuck behind a table lock: SIGTERM exits 1 within SHUTDOWN_TIMEOUT_MS + the margin, logging what was cut", async () => {
      await databases.migrate();
      const config = databases.configs.intake as { kind: "mysql"; url: string; database: string };
      const prefix = config.database.slice(0, -"intake".length);
      running = await startProcess(databases.dataDir, 60_000, {
        MYSQL_URL: config.url,
        MYSQL_DATABASE_PREFIX: prefix,
        SHUTDOWN_TIMEOUT_MS: "1000",
        LOG_LEVEL: "error",
      });
      const token = await issueDevToken(databases.dataDir, loadConfig({ DATA_DIR: databases.dataDir }).auth, citizenOwner);
      locker = await createConnection(config.url);
      await locker.query(`LOCK TABLES \`${config.database}\`.complaint WRITE`);
      const stuck = post(running.url, token, FILE, { i: fileInput() }).catch((err: Error) => err);
      await new Promise((r) => setTimeout(r, 500));

      const signalled = Date.now();
      running.child.kill("SIGTERM");
      expect(await running.exited).toBe(1);
      const tookMs = Date.now() - signalled;
      expect(tookMs).toBeLessThan(1000 + SHUTDOWN_MARGIN_MS + 2000);
      const line = running
        .output()
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as { msg: string; cut?: string[] })
        .find((l) => l.msg.startsWith("shutdown cut short"));
      expect(line?.cut).toEqual(expect.arrayContaining(["intake: database connections"]));
      await stuck;
      await locker.query("UNLOCK TABLES");
    });
  },
);
