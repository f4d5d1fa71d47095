import path from "node:path";
import type { Caller } from "../../lib/auth/caller";
import { issueDevToken } from "../../lib/auth/dev-issuer";
import { SettableClock } from "../../lib/platform/clock";
import { LOAD_TEST_LIMITS, loadConfig, type AppConfig } from "../../lib/config";
import { createLogger } from "../../lib/platform/logger";
import { startStack, type Stack, type StackOptions } from "../../runtime/stack";
import { START } from "./callers";
import { freshDatabases, type DatabaseKind, type TestDatabases } from "./databases";
import { hooked } from "./hooked";

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface TestStack {
  url: string;
  config: AppConfig;
  clock: SettableClock;
  stack: Stack;
  databases: TestDatabases;
  /** POSTs a GraphQL operation to the gateway, as `as` (a Caller, a raw token string, or anonymous). */
  /** Asks in English (the language the suites' message assertions are written in) unless `headers` say otherwise. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: Caller | string | null,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
  /** A development-issuer token for `caller`. */
  token(caller: Caller): Promise<string>;
  /** Applies every pending domain event. */
  settle(): Promise<void>;
  stop(): Promise<void>;
  /** Every log line of every process, parsed (only with `captureLogs`). */
  logs: Record<string, unknown>[];
}

export { START };

export interface TestStackOptions {
  env?: NodeJS.ProcessEnv;
  clock?: string;
  pollEvents?: boolean;
  captureLogs?: boolean;
  databases?: TestDatabases;
  queryLoggers?: StackOptions["queryLoggers"];
}

/**
 * The three subgraphs and the gateway in this process on port 0, on fresh
 * databases, with a settable clock; real HTTP and real tokens throughout.
 * Event feeds are applied with `settle()` so tests are deterministic.
 */
export async function startTestStack(kind: DatabaseKind = "sqlite", options: TestStackOptions = {}): Promise<TestStack> {
  const databases = options.databases ?? freshDatabases(kind);
  const logs: Record<string, unknown>[] = [];
  const destination = { write: (line: string) => void logs.push(JSON.parse(line)) };
  // Suites act as a few citizens from one address within seconds; test/quotas.test.ts sets the limits it tests.
  // MAIL_DIR said explicitly (its default): production refuses to write letters as files unless told where.
  const defaults = { DATA_DIR: databases.dataDir, MAIL_DIR: path.join(databases.dataDir, "mail"), HOST: "127.0.0.1" };
  const config = loadConfig({ ...defaults, ...LOAD_TEST_LIMITS, ...options.env });
  const clock = new SettableClock(options.clock ?? START);
  // A production process never migrates: the operator runs `npm run migrate` first.
  if (config.production) await databases.migrate();
  const stack = await startStack(config, {
    clock,
    ephemeralPorts: true,
    databases: databases.configs,
    pollEvents: options.pollEvents ?? false,
    logger: options.captureLogs ? (service) => createLogger(service, "info", destination) : undefined,
    queryLoggers: options.queryLoggers,
  });
  const tokens = new Map<string, string>();
  const token = async (caller: Caller) => {
    const key = JSON.stringify(caller);
    let t = tokens.get(key);
    if (!t) {
      t = await issueDevToken(config.dataDir, config.auth, caller);
      tokens.set(key, t);
    }
    return t;
  };
  return {
    url: stack.url,
    config,
    clock,
    stack,
    databases,
    logs,
    token,
    async query(query, variables, as, extra = {}) {
      const headers: Record<string, string> = { "content-type": "application/json", "accept-language": "en", ...extra };
      if (typeof as === "string") headers.authorization = `Bearer ${as}`;
      else if (as) headers.authorization = `Bearer ${await token(as)}`;
      const res = await fetch(`${stack.url}/`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as GraphQLResult;
      return { status: res.status, data: body.data, errors: body.errors } as GraphQLResult<any>;
    },
    settle: () => stack.settle(),
    async stop() {
      await stack.stop();
      await databases.drop();
    },
  };
}

/**
 * A suite's stack: started before its tests (before any `beforeAll` declared
 * after this call) and stopped after them. The value returned stands for the
 * started stack inside tests and hooks.
 */
export function useTestStack(kind: DatabaseKind = "sqlite", options: TestStackOptions = {}): TestStack {
  let started: TestStack | undefined;
  beforeAll(async () => {
    started = await startTestStack(kind, options);
  });
  afterAll(async () => {
    await started?.stop();
  });
  return hooked("beforeAll", () => started);
}

/** The codes of a result's errors, for exact assertions. */
export const codes = (result: GraphQLResult) => (result.errors ?? []).map((e) => e.extensions?.code);
