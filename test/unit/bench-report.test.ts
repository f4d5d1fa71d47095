import type { LoadResult } from "../../bench/load";
import type { SizeResult } from "../../bench/measure";
import { resultTables } from "../../bench/report";

const run = (rps: number, cpuMsPerRequest = 1): LoadResult => ({
  rps,
  p50: 10,
  p99: 20,
  requests: rps * 5,
  non2xx: 0,
  graphqlErrors: 0,
  transportErrors: 0,
  cpuMsPerRequest,
});

function size(database: "sqlite" | "mysql", replicas: number, gateway: number, hive: number, hiveRust: number, direct: number): SizeResult {
  return {
    database,
    replicas,
    complaints: 10_000,
    year: 2025,
    seedSeconds: 1,
    operations: [
      {
        name: "public directorates",
        description: "",
        directWhole: true,
        directSubgraph: "directorates",
        runs: { gateway: [run(gateway, 0.5)], hive: [run(hive, 2)], "hive-rust": [run(hiveRust, 1)], direct: [run(direct)] },
      },
    ],
    peakRssMb: { gateway: 150, hive: 190 },
  };
}

describe("bench report tables", () => {
  const text = resultTables([size("sqlite", 1, 1000, 500, 800, 2000), size("mysql", 1, 400, 300, 350, 1000), size("mysql", 2, 600, 300, 400, 1500)]);

  it("gives ours over each Hive variant and over the faster one, and the CPU per response of the three gateways", () => {
    // 1000 / 500, 1000 / 800, and the faster Hive is the Rust one (800).
    expect(text).toContain("| public directorates | 0.5 | 2 | 1.25 | 1.25 | 0.5 · 2 · 1 |");
  });

  it("compares MySQL with SQLite and 2 replicas with one, marking a ratio below half", () => {
    expect(text).toContain("### MySQL / SQLite at 10,000 complaints");
    // 400 / 1000 is below half; 1000 / 2000 is exactly half, not below.
    expect(text).toContain("| public directorates | our gateway | 1000 | 400 | **0.4** (below half) |");
    expect(text).toContain("| public directorates | direct directorates | 2000 | 1000 | 0.5 |");
    expect(text).toContain("### MySQL ×2 / MySQL at 10,000 complaints");
    expect(text).toContain("| public directorates | our gateway | 400 | 600 | 1.5 |");
    expect(text).toContain("10,000 complaints, MySQL, 2 processes per subgraph behind a round-robin proxy");
  });

  it("flags our gateway's peak RSS against the 250 MB target", () => {
    expect(text).toContain("| gateway | 150 (target < 250) |");
  });
});
