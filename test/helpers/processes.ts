import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/platform/project-root";

/** A loopback port free at the time of asking. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export interface StartedProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  exited: Promise<number | null>;
}

/** Runs a compiled entry point (`dist/...`) as its container does: `node <script>` with exactly `env`. */
export function startProcess(script: string, env: NodeJS.ProcessEnv): StartedProcess {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, script)], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, output: () => output, exited };
}

/** How long a process may take to start or stop: loading the code alone takes tens of seconds on a loaded 2-core machine. */
export const PROCESS_PATIENCE_MS = 90_000;

/** Waits until `url` answers 200 (or the process exits, or PROCESS_PATIENCE_MS pass); whether it did. */
export async function answers(url: string, started: StartedProcess): Promise<boolean> {
  const deadline = Date.now() + PROCESS_PATIENCE_MS;
  while (started.child.exitCode === null && Date.now() < deadline) {
    if (
      (await fetch(url).then(
        (r) => r.status,
        () => 0,
      )) === 200
    )
      return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}
