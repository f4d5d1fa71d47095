import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../lib/platform/project-root";
import { SERVING, compose } from "./helpers/container-files";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** The image's HEALTHCHECK command, run as Docker runs it: its exit code. */
const healthcheck = (env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [path.join(PROJECT_ROOT, "dist/scripts/healthcheck.js")], { env: { PATH: process.env.PATH, HEALTH_PORT: env.HEALTH_PORT } })
    .status;

/**
 * The compose file's command line of each serving process, run here as a process (SQLite instead of MySQL, free
 * ports) and stopped the way a container runtime stops PID 1: SIGTERM to that process, nothing else.
 */
describe("container command lines: SIGTERM to the process the container runs drains and exits 0 [sqlite]", () => {
  const { services } = compose();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-container-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it.each(SERVING)("%s", async (name) => {
    const ports = Object.fromEntries(await Promise.all(SERVING.map(async (s) => [s, await freePort()] as const)));
    const env: NodeJS.ProcessEnv = {
      ...services[name].environment,
      PATH: process.env.PATH,
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SERVICE_KEYS_DIR: path.join(dataDir, "service-keys"),
      LOG_LEVEL: "warn",
      ...Object.fromEntries(SERVING.map((s) => [`${s.toUpperCase()}_PORT`, String(ports[s])])),
      ...Object.fromEntries(SERVING.filter((s) => s !== "gateway").map((s) => [`${s.toUpperCase()}_URL`, `http://127.0.0.1:${ports[s]}`])),
      HEALTH_PORT: String(ports[name]),
    };
    delete env.MYSQL_URL;
    delete env.MYSQL_DATABASE_PREFIX;
    const [command, ...args] = services[name].command as string[];
    expect(command).toBe("node");
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once("exit", (code, signal) => resolve({ code, signal })),
    );

    const deadline = Date.now() + 30_000;
    while (healthcheck(env) !== 0) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${name} did not become healthy: ${stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    child.kill("SIGTERM");
    const result = await Promise.race([exited, new Promise<"hung">((r) => setTimeout(() => r("hung"), 15_000))]);
    if (result === "hung") child.kill("SIGKILL");
    expect(result).toEqual({ code: 0, signal: null });
    // The lifecycle lines are JSON on stdout, shown at LOG_LEVEL=warn too (lib/platform/logger.ts).
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(["started", "SIGTERM, shutting down", "stopped"]));
    expect(healthcheck(env)).toBe(1);
  });
});
