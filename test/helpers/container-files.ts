import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../../lib/platform/project-root";

export interface DockerInstruction {
  keyword: string;
  args: string;
  stage: number;
}

/** The Dockerfile's instructions in order (continuation lines joined, comments dropped), each with the index of its build stage. */
export function dockerfile(file = path.join(PROJECT_ROOT, "Dockerfile")): DockerInstruction[] {
  const joined = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => !line.trim().startsWith("#"))
    .join("\n")
    .replace(/\\\n/g, " ");
  let stage = -1;
  return joined
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      if (keyword.toUpperCase() === "FROM") stage++;
      return { keyword: keyword.toUpperCase(), args: rest.join(" "), stage };
    });
}

export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  init?: boolean;
}

/** docker-compose.yml with its anchors and merge keys resolved. */
export function compose(file = path.join(PROJECT_ROOT, "docker-compose.yml")): { services: Record<string, ComposeService> } {
  return parse(fs.readFileSync(file, "utf8"), { merge: true }) as { services: Record<string, ComposeService> };
}

/** The long-running processes of the compose file: the gateway and the three subgraphs. */
export const SERVING = ["gateway", "intake", "directorates", "escalation"] as const;
