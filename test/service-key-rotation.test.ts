import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import { SUBGRAPHS } from "../lib/config";
import { citizenOwner, coordinatorOwn, fileInput } from "./helpers/callers";
import { PROCESS_PATIENCE_MS, answers, freePort, startProcess } from "./helpers/processes";
import { DATABASE_KINDS, type DatabaseKind } from "./helpers/databases";
import { startTestStack, type GraphQLResult, type TestStack } from "./helpers/stack";

/** A token as `service` signed them with the key named after it (kid = service), from that key's PEM. */
const signedWith = (privatePem: string, service: string, audience: string) =>
  new SignJWT({})
    .setProtectedHeader({ alg: "EdDSA", kid: service })
    .setIssuer(service)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime("60s")
    .sign(createPrivateKey(privatePem));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A query that makes the gateway call all three subgraphs, each with a token it signs. */
const ACROSS = `query Across($id: ID!) { complaint(id: $id) { status directorate { name } firstLine { acknowledgedAt } escalation { id } } directorates { code } }`;

/**
 * The rotation of docs/operations.md "Rotating the service keys", step by step, under a steady stream of
 * requests through the gateway: the new public key to the subgraphs (reload), the gateway signing with the new
 * key (reload), the old public key removed (reload). Not one request may fail.
 */
describe.each(DATABASE_KINDS)("rotating the gateway's service key without a failed request [%s]", (kind: DatabaseKind) => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack(kind, { captureLogs: true });
  });
  afterAll(() => t.stop());

  it("add the new public key, switch the signing key, remove the old key: every request succeeds, and the old key is refused after", async () => {
    const dir = t.config.serviceKeysDir;
    const filed = await t.query(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, { i: fileInput() }, citizenOwner);
    const id = filed.data?.fileComplaint.id as string;
    await t.settle();
    const oldPrivate = fs.readFileSync(path.join(dir, "gateway.private.pem"), "utf8");

    const phases = ["before", "new key published", "signing with the new key", "old key removed"] as const;
    let phase: (typeof phases)[number] = "before";
    const answered = new Map<string, number>(phases.map((p) => [p, 0]));
    const failures: { phase: string; result: GraphQLResult }[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        const at = phase;
        const r = await t.query(ACROSS, { id }, citizenOwner);
        if (r.status !== 200 || r.errors || r.data?.complaint?.status !== "RECEIVED" || r.data.directorates.length !== 7)
          failures.push({ phase: at, result: r });
        else answered.set(at, answered.get(at)! + 1);
      }
    };
    const clients = Array.from({ length: 4 }, client);
    const reloadSubgraphs = () => SUBGRAPHS.forEach((name) => t.stack.subgraphs[name].reload());
    /** Each phase lasts until 8 requests started in it have succeeded (however slow the machine), then the next step. */
    const served = async () => {
      const deadline = Date.now() + 60_000;
      while (answered.get(phase)! < 8 && failures.length === 0 && Date.now() < deadline) await sleep(20);
    };
    const next = async (p: (typeof phases)[number], step: () => void) => {
      await served();
      step();
      phase = p;
    };

    // 1. A new pair; its public key beside the old one on every subgraph, which read their keys again.
    const fresh = generateKeyPairSync("ed25519");
    await next("new key published", () => {
      fs.writeFileSync(path.join(dir, "gateway.k2.public.pem"), fresh.publicKey.export({ type: "spki", format: "pem" }));
      reloadSubgraphs();
    });
    // 2. The gateway's private key replaced by the new one, and the gateway reloaded.
    await next("signing with the new key", () => {
      fs.writeFileSync(path.join(dir, "gateway.k2.private.pem"), fresh.privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
      fs.rmSync(path.join(dir, "gateway.private.pem"));
      t.stack.gateway.reload();
    });
    // 3. The old public key removed from every subgraph.
    await next("old key removed", () => {
      fs.rmSync(path.join(dir, "gateway.public.pem"));
      reloadSubgraphs();
    });
    await served();
    running = false;
    await Promise.all(clients);

    expect(failures).toEqual([]);
    for (const p of phases) expect([p, answered.get(p)! >= 8]).toEqual([p, true]);
    const reloads = t.logs.filter((l) => l.msg === "service keys reloaded");
    expect(reloads.filter((l) => l.service === "gateway").map((l) => l.signing)).toEqual(["gateway.k2"]);
    expect(reloads.filter((l) => l.service === "intake").map((l) => l.verifying)).toEqual([
      ["directorates", "escalation", "gateway", "gateway.k2", "intake"],
      ["directorates", "escalation", "gateway.k2", "intake"],
    ]);

    // The old key is no longer trusted: a token it signs (as the gateway did before) is refused.
    const forged = await signedWith(oldPrivate, "gateway", "intake");
    const refused = await fetch(`${t.stack.subgraphs.intake.url}/`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${forged}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(refused.status).toBe(401);
    // The event feeds (peer tokens) were untouched by the gateway's rotation.
    await t.settle();
  });

  it("a subgraph's key, which signs its event-feed requests, rotates the same way: the feeds deliver at every step", async () => {
    const dir = t.config.serviceKeysDir;
    const oldPrivate = fs.readFileSync(path.join(dir, "directorates.private.pem"), "utf8");
    const fresh = generateKeyPairSync("ed25519");
    /** A filing in intake that directorates learns through intake's feed (a token directorates signs), then acknowledges. */
    const fileAndAcknowledge = async () => {
      const filed = await t.query(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, { i: fileInput() }, citizenOwner);
      await t.settle();
      const ack = await t.query(
        `mutation($id: ID!) { acknowledgeComplaint(complaintId: $id) { acknowledgedAt } }`,
        { id: filed.data?.fileComplaint.id },
        coordinatorOwn,
      );
      await t.settle();
      return [ack.errors, typeof ack.data?.acknowledgeComplaint.acknowledgedAt];
    };
    const reloadAll = () => SUBGRAPHS.forEach((name) => t.stack.subgraphs[name].reload());

    expect(await fileAndAcknowledge()).toEqual([undefined, "string"]);
    fs.writeFileSync(path.join(dir, "directorates.k2.public.pem"), fresh.publicKey.export({ type: "spki", format: "pem" }));
    reloadAll();
    expect(await fileAndAcknowledge()).toEqual([undefined, "string"]);
    fs.writeFileSync(path.join(dir, "directorates.k2.private.pem"), fresh.privateKey.export({ type: "pkcs8", format: "pem" }));
    fs.rmSync(path.join(dir, "directorates.private.pem"));
    t.stack.subgraphs.directorates.reload();
    expect(await fileAndAcknowledge()).toEqual([undefined, "string"]);
    fs.rmSync(path.join(dir, "directorates.public.pem"));
    reloadAll();
    expect(await fileAndAcknowledge()).toEqual([undefined, "string"]);

    // intake's feed now refuses the old key.
    const old = await signedWith(oldPrivate, "directorates", "intake");
    const feed = await fetch(`${t.stack.subgraphs.intake.url}/internal/events?after=0`, { headers: { authorization: `Bearer ${old}` } });
    expect(feed.status).toBe(401);
  });

  it("a reload that finds an unusable key directory keeps the keys in use and says so", async () => {
    const dir = t.config.serviceKeysDir;
    fs.writeFileSync(
      path.join(dir, "gateway.k3.private.pem"),
      generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }),
    );
    t.stack.gateway.reload();
    fs.rmSync(path.join(dir, "gateway.k3.private.pem"));
    const line = t.logs.filter((l) => l.service === "gateway" && l.msg === "service keys not reloaded: the keys in use stay").at(-1);
    expect(line?.err).toContain("gateway has 2 private keys");
    expect((line?.inUse as { signing: string }).signing).toBe("gateway.k2");
    const r = await t.query(`{ directorates { code } }`);
    expect([r.status, r.errors]).toEqual([200, undefined]);
  });
});

/** The same steps with `kill -HUP` on `npm start`'s process (all four in one, one key directory). */
describe("SIGHUP reloads the service keys of a running process [sqlite]", () => {
  jest.setTimeout(3 * PROCESS_PATIENCE_MS);

  it("rotates the gateway's key by signal: requests pass before, between and after the three steps", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-hup-"));
    const ports = await Promise.all(Array.from({ length: 4 }, freePort));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      ...Object.fromEntries(["GATEWAY", "INTAKE", "DIRECTORATES", "ESCALATION"].map((s, i) => [`${s}_PORT`, String(ports[i])])),
    };
    const started = startProcess("dist/scripts/start.js", env);
    const url = `http://127.0.0.1:${ports[0]}`;
    try {
      expect(await answers(`${url}/ready`, started)).toBe(true);
      const ask = async () => {
        const res = await fetch(`${url}/`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ directorates { code } }" }),
        });
        const body = (await res.json()) as GraphQLResult;
        return [res.status, body.errors, body.data?.directorates.length];
      };
      const hup = async (step: () => void, logged: string) => {
        step();
        started.child.kill("SIGHUP");
        const deadline = Date.now() + 30_000;
        while (!started.output().includes(logged) && Date.now() < deadline) await sleep(100);
        expect(started.output()).toContain(logged);
        expect(await ask()).toEqual([200, undefined, 7]);
      };
      const dir = path.join(dataDir, "keys");
      const fresh = generateKeyPairSync("ed25519");
      expect(await ask()).toEqual([200, undefined, 7]);
      await hup(() => fs.writeFileSync(path.join(dir, "gateway.k2.public.pem"), fresh.publicKey.export({ type: "spki", format: "pem" })), '"gateway.k2"');
      await hup(() => {
        fs.writeFileSync(path.join(dir, "gateway.k2.private.pem"), fresh.privateKey.export({ type: "pkcs8", format: "pem" }));
        fs.rmSync(path.join(dir, "gateway.private.pem"));
      }, '"signing":"gateway.k2"');
      await hup(() => fs.rmSync(path.join(dir, "gateway.public.pem")), '"verifying":["directorates","escalation","gateway.k2","intake"]');
      expect(started.output()).not.toContain("service keys not reloaded");
    } finally {
      started.child.kill("SIGTERM");
      expect(await started.exited).toBe(0);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
