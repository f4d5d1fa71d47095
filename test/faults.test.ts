import { SUBGRAPHS } from "../lib/config";
import { OutboxEvent } from "../lib/events/event.entities";
import { Complaint } from "../subgraphs/intake/complaint.entity";
import { central, citizenOwner, coordinatorOwn, fileInput } from "./helpers/callers";
import { freshDatabases } from "./helpers/databases";
import { codes, startTestStack, type GraphQLResult, type TestStack } from "./helpers/stack";
import { TcpProxy } from "./helpers/tcp-proxy";

const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id reference } }`;
const FOLLOW = `query($id: ID!) { complaint(id: $id) { reference status firstLine { answerOverdue } escalation { id } ombudsman { name } } }`;

/** Retries `attempt` until `ok`, at most `tries` times, 100 ms apart; returns the last result and how many tries it took. */
async function until<T>(attempt: () => Promise<T>, ok: (value: T) => boolean, tries = 50): Promise<{ value: T; tries: number }> {
  let value = await attempt();
  for (let n = 1; n < tries; n++) {
    if (ok(value)) return { value, tries: n };
    await new Promise((r) => setTimeout(r, 100));
    value = await attempt();
  }
  return { value, tries };
}

describe("a subgraph down [sqlite]", () => {
  let t: TestStack;
  let id: string;
  beforeAll(async () => {
    t = await startTestStack("sqlite");
    id = (await t.query(FILE, { i: fileInput() }, citizenOwner)).data!.fileComplaint.id;
    await t.settle();
  });
  afterAll(() => t.stop());

  it("returns the others' data with SERVICE_UNAVAILABLE on the missing part (HTTP 200), and recovers when it is back", async () => {
    const whole = await t.query(FOLLOW, { id }, citizenOwner);
    expect(whole.errors).toBeUndefined();
    expect(whole.data!.complaint.firstLine).toEqual({ answerOverdue: false });

    await t.stack.stopSubgraph("directorates");
    const partial = await t.query(FOLLOW, { id }, citizenOwner);
    expect(partial.status).toBe(200);
    expect(partial.data!.complaint).toEqual({
      reference: whole.data!.complaint.reference,
      status: "RECEIVED",
      firstLine: null,
      escalation: null,
      ombudsman: null,
    });
    expect(partial.errors?.map((e) => ({ code: e.extensions?.code, path: e.path }))).toEqual([{ code: "SERVICE_UNAVAILABLE", path: ["complaint"] }]);
    // In a list the gateway marks the items with an internal "@"; the client sees the list's path.
    const list = await t.query(`{ complaints(first: 5) { items { reference firstLine { answerOverdue } } } }`, {}, central);
    expect(list.errors?.map((e) => ({ code: e.extensions?.code, path: e.path }))).toEqual([{ code: "SERVICE_UNAVAILABLE", path: ["complaints", "items"] }]);

    // A root field of the missing subgraph beside one of a live subgraph.
    const roots = await t.query(`{ directorate(code: ICT) { code } escalation(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, central);
    expect(roots.status).toBe(200);
    expect(codes(roots).sort()).toEqual(["NOT_FOUND", "SERVICE_UNAVAILABLE"]);
    expect(roots.data).toEqual({ directorate: null, escalation: null });

    await t.stack.restartSubgraph("directorates");
    const back = await until(
      () => t.query(FOLLOW, { id }, citizenOwner),
      (r) => r.errors === undefined,
      5,
    );
    expect(back.value.data).toEqual(whole.data);
    expect(back.tries).toBe(1);
  });

  it("a write to a live subgraph still works while another is down; the missing one catches up on its events", async () => {
    await t.stack.stopSubgraph("directorates");
    const filed = await t.query(FILE, { i: fileInput() }, citizenOwner);
    expect(filed.errors).toBeUndefined();
    await t.settle();
    await t.stack.restartSubgraph("directorates");
    await t.settle();
    const read = await t.query(FOLLOW, { id: filed.data!.fileComplaint.id }, citizenOwner);
    expect(read.errors).toBeUndefined();
    expect(read.data!.complaint.firstLine).toEqual({ answerOverdue: false });
  });
});

const MYSQL_URL = process.env.MYSQL_URL;
(MYSQL_URL ? describe : describe.skip)("the database down under a running stack [mysql]", () => {
  let t: TestStack;
  let proxy: TcpProxy;
  const mysql = new URL(MYSQL_URL ?? "mysql://x@127.0.0.1:3306");

  beforeAll(async () => {
    proxy = new TcpProxy({ host: mysql.hostname, port: Number(mysql.port || 3306) });
    const port = await proxy.start();
    const databases = freshDatabases("mysql");
    const viaProxy = new URL(mysql.toString());
    viaProxy.port = String(port);
    for (const name of SUBGRAPHS) {
      const db = databases.configs[name];
      if (db.kind === "mysql") databases.configs[name] = { ...db, url: viaProxy.toString() };
    }
    t = await startTestStack("mysql", { databases });
  });
  afterAll(async () => {
    await proxy.restore();
    await t.stop();
    await proxy.cut();
  });

  const count = async () => {
    const ds = t.stack.subgraphs.intake.dataSource;
    return { complaints: await ds.getRepository(Complaint).count(), events: await ds.getRepository(OutboxEvent).countBy({ type: "ComplaintFiled" }) };
  };

  it("answers SERVICE_UNAVAILABLE without crashing, writes nothing, and serves again without a restart when it is back", async () => {
    const first = await t.query(FILE, { i: fileInput() }, citizenOwner);
    expect(first.data!.fileComplaint.reference).toBe("IBZ-2026-000001");

    await proxy.cut();
    const read: GraphQLResult = await t.query(`{ complaints { totalCount } }`, {}, central);
    expect({ status: read.status, codes: codes(read), data: read.data ?? null }).toEqual({ status: 200, codes: ["SERVICE_UNAVAILABLE"], data: null });
    const write = await t.query(FILE, { i: fileInput() }, citizenOwner);
    expect({ codes: codes(write), data: write.data ?? null }).toEqual({ codes: ["SERVICE_UNAVAILABLE"], data: null });
    const ack = await t.query(
      `mutation($id: ID!) { acknowledgeComplaint(complaintId: $id) { acknowledgedAt } }`,
      { id: first.data!.fileComplaint.id },
      coordinatorOwn,
    );
    expect(codes(ack)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(JSON.stringify([read, write, ack])).not.toMatch(/ECONN|PROTOCOL_|3306|127\.0\.0\.1|mysql/i);
    expect((await fetch(`${t.stack.subgraphs.intake.url}/ready`)).status).toBe(503);
    expect((await fetch(`${t.stack.subgraphs.intake.url}/health`)).status).toBe(200);
    expect((await fetch(`${t.url}/health`)).status).toBe(200);

    await proxy.restore();
    const again = await until(
      () => t.query(`{ complaints { totalCount } }`, {}, central),
      (r) => r.errors === undefined,
      30,
    );
    expect(again.value.data).toEqual({ complaints: { totalCount: 1 } });
    expect((await fetch(`${t.stack.subgraphs.intake.url}/ready`)).status).toBe(200);
    const second = await t.query(FILE, { i: fileInput() }, citizenOwner);
    expect(second.errors).toBeUndefined();
    // The refused filing left no row, no event and no used-up reference number.
    expect(second.data!.fileComplaint.reference).toBe("IBZ-2026-000002");
    expect(await count()).toEqual({ complaints: 2, events: 2 });
    await t.settle();
    const acked = await t.query(
      `mutation($id: ID!) { acknowledgeComplaint(complaintId: $id) { acknowledgedAt } }`,
      { id: first.data!.fileComplaint.id },
      coordinatorOwn,
    );
    expect(acked.errors).toBeUndefined();
  });

  it("a connection lost in the middle of a filing's transaction leaves no half-written complaint", async () => {
    const before = await count();
    // By the outbox insert, the transaction has taken a reference number and written the complaint and its
    // first status change: the connection dies right there, before the event and the commit.
    proxy.armCut((packet) => packet.includes("INSERT INTO `outbox_event`"));
    const cut = await t.query(FILE, { i: fileInput() }, citizenOwner);
    await proxy.tripped;
    expect({ codes: codes(cut), data: cut.data ?? null }).toEqual({ codes: ["SERVICE_UNAVAILABLE"], data: null });
    await proxy.restore();
    const next = await until(
      () => t.query(FILE, { i: fileInput() }, citizenOwner),
      (r) => r.errors === undefined,
      30,
    );
    expect(await count()).toEqual({ complaints: before.complaints + 1, events: before.events + 1 });
    // The rolled-back transaction gave its reference number back.
    expect(next.value.data!.fileComplaint.reference).toBe(`IBZ-2026-${String(before.complaints + 1).padStart(6, "0")}`);
  });
});
