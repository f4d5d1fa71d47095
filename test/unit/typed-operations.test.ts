import { spawnSync } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/platform/project-root";

describe("operations/: the screens' typed documents", () => {
  it("operations/generated/ is what `npm run codegen` makes from schema/api.graphql and operations/**/*.graphql now", () => {
    // The codegen CLI is ESM-only inside; its own --check mode compares without writing.
    const cli = path.join(PROJECT_ROOT, "node_modules", ".bin", "graphql-codegen");
    const run = spawnSync(cli, ["--config", "operations/codegen.ts", "--check"], { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, CI: "true" } });
    expect({ status: run.status, stale: run.stdout.split("\n").filter((l) => l.trim().startsWith("- ")) }).toEqual({ status: 0, stale: [] });
  });
});
