import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Metrics } from "./metrics";
import { PROJECT_ROOT } from "./project-root";

export interface BuildInfo {
  version: string;
  commit: string;
}

/**
 * What runs: the version of package.json and the commit, from APP_COMMIT (the image's build argument, see the
 * Dockerfile), else from git when run from a checkout, else `unknown`.
 */
export function buildInfo(commit: string | undefined, root = PROJECT_ROOT): BuildInfo {
  const version = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  return { version, commit: commit ?? gitCommit(root) ?? "unknown" };
}

const commits = new Map<string, string | undefined>();

function gitCommit(root: string): string | undefined {
  if (!commits.has(root)) commits.set(root, readGitCommit(root));
  return commits.get(root);
}

function readGitCommit(root: string): string | undefined {
  try {
    const out = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"], timeout: 2_000 })
      .toString()
      .trim();
    return /^[0-9a-f]{40}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

/** `ibz_build_info{version, commit} 1`. */
export function registerBuildInfo(metrics: Metrics, info: BuildInfo): void {
  metrics.gauge("ibz_build_info", "The running build: version (package.json) and commit (APP_COMMIT or git); always 1", ["version", "commit"]).set(info, 1);
}
