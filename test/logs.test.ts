import path from "node:path";
import { DataSource } from "typeorm";
import { citizenOwner, fileInput } from "./helpers/callers";
import { spawnStack, type LogLine, type SpawnedStack } from "./helpers/spawned-stack";

const FILE = `mutation FileComplaint($i: FileComplaintInput!) { fileComplaint(input: $i) { id reference } }`;
const FOLLOW = `query FollowComplaint($id: ID!) { complaint(id: $id) { reference timeline { status } } }`;

/** `npm start` as a process: every line it writes is JSON, and the per-request lines say what an operator needs, without who. */
describe("logs of a running stack (npm start as a process) [sqlite]", () => {
  let stack: SpawnedStack;
  let lines: LogLine[] = [];
  let exitCode: number | null;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await spawnStack({ EVENT_POLL_MS: "50" });
    const token = await stack.token(citizenOwner);
    const auth = { authorization: `Bearer ${token}` };
    const filed = await stack.post(FILE, { i: fileInput() }, auth);
    expect(filed.body.errors).toBeUndefined();
    ids.filed = filed.headers.get("x-request-id")!;
    const refused = await stack.post(FILE, { i: fileInput({ subject: "" }) }, auth);
    expect(refused.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    ids.refused = refused.headers.get("x-request-id")!;
    const anonymous = await stack.post(`query Directorates { directorates { code } }`);
    ids.anonymous = anonymous.headers.get("x-request-id")!;
    const badToken = await stack.post(`{ directorates { code } }`, {}, { authorization: "Bearer not-a-token" });
    expect(badToken.status).toBe(401);
    ids.badToken = badToken.headers.get("x-request-id")!;
    // A table gone from under the running process: the timeline's query fails in a way no client caused.
    const db = await new DataSource({ type: "better-sqlite3", database: path.join(stack.dataDir, "intake.sqlite") }).initialize();
    await db.query("ALTER TABLE status_change RENAME TO status_change_gone");
    await db.destroy();
    const broken = await stack.post(FOLLOW, { id: filed.body.data.fileComplaint.id }, auth);
    expect(broken.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
    ids.broken = broken.headers.get("x-request-id")!;
    exitCode = await stack.stop();
    lines = stack.lines();
  });

  const requestLine = (service: string, requestId: string) =>
    lines.find((l) => l.service === service && l.requestId === requestId && l.msg.startsWith("request"));

  it("writes nothing but JSON lines, to stdout only, from start-up to shutdown", () => {
    expect(exitCode).toBe(0);
    expect(stack.stderr()).toBe("");
    expect(lines.length).toBeGreaterThan(5);
    const lifecycle = lines.filter((l) => l.service === "stack").map((l) => l.msg);
    expect(lifecycle).toEqual(["started", "SIGTERM, shutting down", "stopped"]);
    const started = lines.find((l) => l.msg === "started")!;
    expect(Object.keys(started.urls as object).sort()).toEqual(["directorates", "escalation", "gateway", "intake"]);
  });

  it("the gateway's line per request: operation, role, status, duration and error codes; the intake's line carries the same request id", () => {
    expect(requestLine("gateway", ids.filed)).toMatchObject({ level: 30, operation: "FileComplaint", role: "citizen", status: 200, codes: [] });
    expect(requestLine("gateway", ids.filed)?.ms).toEqual(expect.any(Number));
    expect(requestLine("intake", ids.filed)).toMatchObject({ operation: "FileComplaint__intake__0", role: "citizen", status: 200, codes: [] });
    expect(requestLine("gateway", ids.refused)).toMatchObject({ operation: "FileComplaint", role: "citizen", codes: ["BAD_USER_INPUT"] });
    expect(requestLine("gateway", ids.anonymous)).toMatchObject({ operation: "Directorates", role: "anonymous", status: 200, codes: [] });
    expect(requestLine("gateway", ids.badToken)).toMatchObject({ level: 40, role: "anonymous", status: 401, codes: ["UNAUTHENTICATED"] });
    expect(requestLine("gateway", ids.broken)).toMatchObject({ operation: "FollowComplaint", codes: ["INTERNAL_SERVER_ERROR"] });
  });

  it("never names the caller: no sub, name or e-mail in any line", () => {
    const text = stack.stdout();
    for (const personal of [citizenOwner.sub, citizenOwner.name!, citizenOwner.email!]) expect(text).not.toContain(personal);
  });

  it("logs an internal error at error level with its stack and the client's request id, in the subgraph where it happened", () => {
    const internal = lines.filter((l) => l.msg === "internal error");
    expect(internal.map((l) => [l.service, l.requestId, l.level])).toEqual([["intake", ids.broken, 50]]);
    const err = internal[0].err as { message: string; stack: string };
    expect(err.message).toMatch(/no such table: status_change/);
    expect(err.stack).toMatch(/\n\s+at /);
    expect(lines.find((l) => l.service === "gateway" && l.msg === "subgraph answered an error")).toMatchObject({
      requestId: ids.broken,
      level: 40,
      code: "INTERNAL_SERVER_ERROR",
    });
  });
});
