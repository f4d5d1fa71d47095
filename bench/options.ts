export const DATABASES = ["sqlite", "mysql"] as const;
export type DatabaseKind = (typeof DATABASES)[number];

export interface BenchOptions {
  /** One full run per database and size; MySQL needs MYSQL_URL. */
  databases: DatabaseKind[];
  /** Processes per subgraph, one full run each; more than one puts a round-robin proxy in front of each subgraph (MySQL only). */
  replicas: number[];
  /** Extra node arguments of our gateway's process (e.g. --cpu-prof --cpu-prof-dir /tmp/prof). */
  gatewayNodeArgs: string[];
  /** One full run per size (seed, start, measure, stop); two sizes also give the scaling ratio. */
  sizes: number[];
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  connections: number;
  /** Only the operations whose name contains this. */
  only?: string;
  /** Write bench/results.json and bench/RESULTS.md. */
  write: boolean;
  /** Add this run to the ones already in bench/results.json instead of replacing them. */
  append: boolean;
}

const USAGE = `npm run bench -- [--database sqlite[,mysql]] [--replicas 1[,2]] [--gateway-node-args "<node flags>"] [--complaints 10000[,100000]] [--seconds 6] [--warmup 3] [--rounds 2] [--connections 16] [--only <operation>] [--no-write | --append]`;

export function parseOptions(argv: string[], mysqlUrl: string | undefined): BenchOptions {
  const options: BenchOptions = {
    databases: [mysqlUrl ? "mysql" : "sqlite"],
    replicas: [1],
    gatewayNodeArgs: [],
    sizes: [10_000],
    seconds: 6,
    warmupSeconds: 3,
    rounds: 2,
    connections: 16,
    write: true,
    append: false,
  };
  const int = (flag: string, raw: string | undefined, min: number, max: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${flag} must be an integer between ${min} and ${max}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case "--database": {
        const kinds = (value ?? "").split(",");
        const unknown = kinds.filter((k) => !(DATABASES as readonly string[]).includes(k));
        if (unknown.length > 0 || kinds.length === 0) throw new Error(`--database takes ${DATABASES.join(", ")} (comma-separated)\n${USAGE}`);
        options.databases = [...new Set(kinds as DatabaseKind[])];
        i++;
        break;
      }
      case "--replicas":
        options.replicas = [...new Set((value ?? "").split(",").map((n) => int(flag, n, 1, 8)))];
        i++;
        break;
      case "--gateway-node-args":
        options.gatewayNodeArgs = (value ?? "").split(/\s+/).filter(Boolean);
        i++;
        break;
      case "--complaints":
        options.sizes = (value ?? "").split(",").map((s) => int(flag, s, 10, 1_000_000));
        i++;
        break;
      case "--seconds":
        options.seconds = int(flag, value, 1, 600);
        i++;
        break;
      case "--warmup":
        options.warmupSeconds = int(flag, value, 0, 600);
        i++;
        break;
      case "--rounds":
        options.rounds = int(flag, value, 1, 20);
        i++;
        break;
      case "--connections":
        options.connections = int(flag, value, 1, 1000);
        i++;
        break;
      case "--only":
        options.only = value;
        i++;
        break;
      case "--no-write":
        options.write = false;
        break;
      case "--append":
        options.append = true;
        break;
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  if (options.databases.includes("mysql") && !mysqlUrl) throw new Error(`--database mysql needs MYSQL_URL (mysql://user:password@host:port)\n${USAGE}`);
  if (settings(options).length === 0) {
    throw new Error(`--replicas above 1 needs --database mysql: replicas of a subgraph share its database, a SQLite file is one process's\n${USAGE}`);
  }
  return options;
}

/** The runs asked for, database by database: SQLite only with one process per subgraph (replicas share a database). */
export function settings(options: Pick<BenchOptions, "databases" | "replicas">): { database: DatabaseKind; replicas: number }[] {
  return options.databases.flatMap((database) => options.replicas.filter((r) => r === 1 || database === "mysql").map((replicas) => ({ database, replicas })));
}
