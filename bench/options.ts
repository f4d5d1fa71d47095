export interface BenchOptions {
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

const USAGE = `npm run bench -- [--complaints 10000[,100000]] [--seconds 6] [--warmup 3] [--rounds 2] [--connections 16] [--only <operation>] [--no-write | --append]`;

export function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = { sizes: [10_000], seconds: 6, warmupSeconds: 3, rounds: 2, connections: 16, write: true, append: false };
  const int = (flag: string, raw: string | undefined, min: number, max: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${flag} must be an integer between ${min} and ${max}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
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
  return options;
}
