import { spawn } from "node:child_process";
import path from "node:path";

/**
 * The soak with two processes of every service on MariaDB, short: one replica of each service SIGKILLed and
 * restarted mid-run (scripts/soak.ts). MySQL only (replicas share a database); without MYSQL_URL it is skipped,
 * and under CI=true (where .ci/run starts MariaDB) it fails.
 */
const SOAK = path.join(__dirname, "..", "scripts", "soak.js");
const ARGS = ["--replicas", "2", "--seconds", "30", "--down", "3"];

interface Report {
  replicas: number;
  kills: { service: string }[];
  failedOutsideKillWindows: Record<string, number>;
  complaints: { acknowledged: number; acknowledgedMissing: number; duplicateReferences: number; referenceGaps: number; malformedReferences: number };
  contradictions: Record<string, unknown>;
  feeds: { feed: string; produced: number; applied: number; duplicates: number; missing: number }[];
  letters: { byEmail: number; unsent: number; deliveries: number; notDelivered: number; duplicatedOutsideInFlight: string[] };
  quotas: { filings: { atQuota: number; over: string[]; refusedBelowQuota: string[]; counterMismatch: string[]; bursts: { exact: boolean }[] } };
  exitCodes: (number | null)[];
}

function runSoak(): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SOAK, ...ARGS], { env: { ...process.env, LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.once("exit", (code) => resolve({ code, stdout }));
  });
}

/** The JSON the soak prints between its progress lines. */
const reportIn = (stdout: string): Report => JSON.parse(stdout.slice(stdout.indexOf("\n{") + 1, stdout.lastIndexOf("\n}") + 2)) as Report;

const suite = () => {
  it("two replicas of every service, one of each killed and restarted: events once, letters sent once, references gapless, quotas exact, no failure outside the kill windows", async () => {
    const { code, stdout } = await runSoak();
    const report = reportIn(stdout);
    expect({ code, verdict: stdout.trim().split("\n").pop() }).toEqual({ code: 0, verdict: "soak: OK" });
    expect(report.replicas).toBe(2);
    expect(report.kills.map((k) => k.service).sort()).toEqual(["directorates", "escalation", "gateway", "intake"]);
    expect(report.failedOutsideKillWindows).toEqual({});
    expect(report.complaints).toMatchObject({ acknowledgedMissing: 0, duplicateReferences: 0, referenceGaps: 0, malformedReferences: 0 });
    expect(report.complaints.acknowledged).toBeGreaterThan(0);
    expect(report.contradictions).toEqual({});
    expect(report.feeds).toHaveLength(6);
    for (const f of report.feeds) expect(f).toEqual({ ...f, duplicates: 0, missing: 0, applied: f.produced });
    expect(report.feeds[0].produced).toBeGreaterThan(0);
    expect(report.letters.byEmail).toBeGreaterThan(0);
    expect(report.letters).toMatchObject({ unsent: 0, notDelivered: 0, duplicatedOutsideInFlight: [] });
    expect(report.letters.deliveries).toBeGreaterThanOrEqual(report.letters.byEmail);
    const filings = report.quotas.filings;
    expect(filings.atQuota).toBeGreaterThan(0);
    expect({ over: filings.over, refusedBelowQuota: filings.refusedBelowQuota, counterMismatch: filings.counterMismatch }).toEqual({
      over: [],
      refusedBelowQuota: [],
      counterMismatch: [],
    });
    expect(filings.bursts.map((b) => b.exact)).toEqual([true, true]);
    expect(report.exitCodes).toEqual(Array(8).fill(0));
  }, 300_000);
};

if (process.env.MYSQL_URL) {
  describe("soak with --replicas 2 [mysql]", suite);
} else if (process.env.CI === "true") {
  describe("soak with --replicas 2 [mysql]", () => {
    it("needs MYSQL_URL", () => {
      throw new Error("CI=true but MYSQL_URL is unset: the replica soak runs on MariaDB (.ci/run starts it)");
    });
  });
} else {
  console.warn('SKIPPED "soak with --replicas 2": MYSQL_URL is unset; under CI=true this fails');
  describe.skip("soak with --replicas 2 [mysql]", suite);
}
