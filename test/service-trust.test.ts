import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { citizenOwner } from "./helpers/callers";
import { DATABASE_KINDS, type DatabaseKind } from "./helpers/databases";
import { codes, startTestStack, type TestStack } from "./helpers/stack";

const ready = async (url: string) => {
  const res = await fetch(`${url}/ready`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const metricValue = (text: string, line: RegExp) => Number(line.exec(text)?.[1] ?? 0);

/**
 * Before: a subgraph given the wrong gateway public key answered every call with UNAUTHENTICATED (which the caller
 * takes for their own token's fault) while every /ready said 200. Now the gateway's /ready makes a signed round trip
 * to each subgraph and names the one that refuses it, and the caller gets SERVICE_UNAVAILABLE.
 */
describe.each(DATABASE_KINDS)("broken service trust and subgraph readiness in the gateway's /ready [%s]", (kind: DatabaseKind) => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack(kind, { captureLogs: true });
  });
  afterAll(() => t.stop());

  it("all trusted and ready: 200, every subgraph ok", async () => {
    expect(await ready(t.url)).toEqual({
      status: 200,
      body: { status: "ok", service: "gateway", subgraphs: { intake: "ok", directorates: "ok", escalation: "ok" } },
    });
  });

  it("intake given the wrong gateway public key: /ready 503 naming intake; callers get SERVICE_UNAVAILABLE, logged as the gateway's fault", async () => {
    const file = path.join(t.config.serviceKeysDir, "gateway.public.pem");
    const right = fs.readFileSync(file);
    fs.writeFileSync(file, generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }));
    t.stack.subgraphs.intake.reload();
    try {
      expect(await ready(t.url)).toEqual({
        status: 503,
        body: { status: "unavailable", service: "gateway", subgraphs: { intake: "untrusted", directorates: "ok", escalation: "ok" } },
      });
      // The subgraph's own /ready (no token) knows nothing of it: only the signed round trip finds it.
      expect((await ready(t.stack.subgraphs.intake.url)).status).toBe(200);

      const metricsBefore = await (await fetch(`${t.url}/metrics`)).text();
      const r = await t.query(`{ myComplaints { id } }`, {}, citizenOwner);
      expect(r.status).toBe(200);
      expect(codes(r)).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(codes(r)).not.toContain("UNAUTHENTICATED");
      // A query not touching intake is served as before.
      const other = await t.query(`{ directorates { code } }`, {}, citizenOwner);
      expect([codes(other), other.data?.directorates.length]).toEqual([[], 7]);

      const refusal = t.logs.filter((l) => l.service === "gateway" && l.msg === "subgraph refused the gateway's service token: service keys out of step");
      expect(refusal.at(-1)).toMatchObject({ level: 50, subgraph: "intake", requestId: expect.any(String) });
      expect(t.logs.filter((l) => l.service === "intake" && l.msg === "service token refused").at(-1)).toMatchObject({ level: 40, kid: "gateway" });
      const metricsAfter = await (await fetch(`${t.url}/metrics`)).text();
      const refusedFetches = /ibz_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="intake"[^}]*outcome="refused"[^}]*\} (\d+)/;
      expect(metricValue(metricsAfter, refusedFetches) - metricValue(metricsBefore, refusedFetches)).toBe(1);
    } finally {
      fs.writeFileSync(file, right);
      t.stack.subgraphs.intake.reload();
    }
    expect((await ready(t.url)).status).toBe(200);
    const r = await t.query(`{ myComplaints { id } }`, {}, citizenOwner);
    expect([r.status, codes(r)]).toEqual([200, []]);
  });

  it("a subgraph whose own /ready fails (its database) makes the gateway unready, naming it", async () => {
    const escalation = t.stack.subgraphs.escalation;
    await escalation.dataSource.destroy();
    try {
      expect(await ready(t.url)).toEqual({
        status: 503,
        body: { status: "unavailable", service: "gateway", subgraphs: { intake: "ok", directorates: "ok", escalation: "unready" } },
      });
    } finally {
      await escalation.dataSource.initialize();
    }
    expect((await ready(t.url)).status).toBe(200);
  });

  it("the signed probe route answers only the gateway", async () => {
    const res = await fetch(`${t.stack.subgraphs.directorates.url}/internal/ready`);
    expect(res.status).toBe(401);
  });
});
