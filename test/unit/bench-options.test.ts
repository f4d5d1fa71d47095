import { parseOptions, settings } from "../../bench/options";

const URL = "mysql://ibz:ibz@127.0.0.1:3306";

describe("npm run bench options: databases and replicas", () => {
  it("runs on SQLite by default, on MySQL by default when MYSQL_URL is set, one process per subgraph", () => {
    expect(settings(parseOptions([], undefined))).toEqual([{ database: "sqlite", replicas: 1 }]);
    expect(settings(parseOptions([], URL))).toEqual([{ database: "mysql", replicas: 1 }]);
  });

  it("runs every database with every replica count, but SQLite only with one process (a SQLite file is one process's)", () => {
    const options = parseOptions(["--database", "sqlite,mysql", "--replicas", "1,2"], URL);
    expect(settings(options)).toEqual([
      { database: "sqlite", replicas: 1 },
      { database: "mysql", replicas: 1 },
      { database: "mysql", replicas: 2 },
    ]);
  });

  it("refuses what cannot run: replicas on SQLite alone, MySQL without MYSQL_URL, an unknown database, one replica too many", () => {
    expect(() => parseOptions(["--replicas", "2"], undefined)).toThrow(/--replicas above 1 needs --database mysql/);
    expect(() => parseOptions(["--database", "mysql"], undefined)).toThrow(/needs MYSQL_URL/);
    expect(() => parseOptions(["--database", "oracle"], URL)).toThrow(/--database takes sqlite, mysql/);
    expect(() => parseOptions(["--database", "mysql", "--replicas", "9"], URL)).toThrow(/between 1 and 8/);
  });

  it("passes node flags to our gateway's process, split on spaces", () => {
    expect(parseOptions(["--gateway-node-args", "--cpu-prof  --cpu-prof-dir /tmp/p"], undefined).gatewayNodeArgs).toEqual([
      "--cpu-prof",
      "--cpu-prof-dir",
      "/tmp/p",
    ]);
  });
});
