import path from "node:path";
import type { JwksSettings } from "./auth/jwks-keys";
import { DEFAULT_REASONED_MIN_CHARS } from "./domain/reasoned-answer";
import { TEXT_LIMITS } from "./domain/text-limits";
import { isCalendarDate } from "./domain/brussels-calendar";
import { DEFAULT_ESCALATION_WINDOW_DAYS } from "./domain/finished";
import { tracingConfig, type TracingConfig } from "./tracing-config";

export const SUBGRAPHS = ["intake", "directorates", "escalation"] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];
export type ServiceName = SubgraphName | "gateway";

export type DatabaseConfig = { kind: "sqlite"; file: string } | { kind: "mysql"; url: string; database: string };

export interface AuthConfig {
  issuer: string;
  audience: string;
  jwksUrl?: string;
  publicKeyFile?: string;
  /** True when callers' tokens are checked against the generated development key. */
  devIssuer: boolean;
  /** How the keys of AUTH_JWKS_URL are kept (docs/operations.md, "Identity provider keys"). */
  jwks: JwksSettings;
  /** How long a verified token is trusted without checking its signature again. */
  tokenCacheMs: number;
}

/** Letters to complainants: SMTP when SMTP_URL is set, otherwise .eml files in `dir`. */
export interface MailConfig {
  smtpUrl?: string;
  from: string;
  dir: string;
  pollMs: number;
  /** First retry after a failed send; doubles per attempt up to an hour. */
  retryMs: number;
  /** A letter whose e-mail failed this often (or was refused for good) goes by post when a postal address is known. */
  maxEmailAttempts: number;
  /** How long a replica owns a letter it is sending: a crashed replica's letters wait this long before another sends them. */
  claimMs: number;
}

export interface AppConfig {
  env: string;
  production: boolean;
  host: string;
  dataDir: string;
  ports: Record<ServiceName, number>;
  subgraphUrls: Record<SubgraphName, string>;
  /** The serving account: SELECT, INSERT, UPDATE on its databases (no DELETE: audit entries stay). */
  mysqlUrl?: string;
  /** The account `npm run migrate` creates the databases and applies the migrations with; MYSQL_URL when unset. */
  mysqlMigrationUrl?: string;
  mysqlDatabasePrefix: string;
  auth: AuthConfig;
  serviceKeysDir: string;
  /** Event feeds: polling, and the bound on catching up with peers before a request (read-your-writes; 0 = off). */
  events: { pollMs: number; batchSize: number; catchUpTimeoutMs: number };
  bodyLimitBytes: number;
  mail: MailConfig;
  limits: RequestLimits;
  quotas: Quotas;
  rates: RequestRates;
  procedure: ProcedureSettings;
  retention: RetentionSettings;
  privacy: PrivacySettings;
  /** Bearer token that opens /metrics to non-loopback clients; unset = loopback only. */
  metricsToken?: string;
  /** Operation names metrics label by, beside those of operations/ (METRICS_OPERATIONS). */
  metricsOperations: string[];
  /** Where /metrics is served instead of the GraphQL port (so a NetworkPolicy can tell them apart); unset = the main port. */
  metricsPort?: number;
  /** What a production subgraph does when its MySQL schema is behind its migrations: stop (`exit`), or serve /ready 503 until `npm run migrate` (`wait`). */
  schemaBehind: "exit" | "wait";
  /** How long a stopping process lets in-flight requests finish before it cuts their connections. */
  shutdownTimeoutMs: number;
  /**
   * How long a process keeps serving after SIGTERM with /ready at 503 ("stopping") and every response closing its
   * connection, so load balancers stop sending before the listener closes (SHUTDOWN_DRAIN_MS).
   */
  shutdownDrainMs: number;
  /** Strict-Transport-Security max-age in seconds, sent only when set (served behind TLS); 0 = none. */
  hstsMaxAgeSeconds: number;
  /** Browser origins granted cross-origin access to the gateway's GraphQL (exact `scheme://host[:port]`); empty = same origin only. */
  corsOrigins: string[];
  /** OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT); undefined = off. Started by runtime/tracing.ts before the rest loads. */
  tracing?: TracingConfig;
  /** The commit this build was made from (APP_COMMIT, set by the image build); git's HEAD or `unknown` when unset (lib/platform/build-info.ts). */
  appCommit?: string;
  /** Days (YYYY-MM-DD) that count as public holidays for the deadlines beside the legal ones (lib/domain/brussels-calendar.ts). */
  extraPublicHolidays: string[];
}

/** What the gateway accepts in one GraphQL request (see docs/api.md, "Request limits"). */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  maxQueryBytes: number;
}

/** Business quotas per citizen and Brussels calendar day, counted exactly in the owning subgraph's database. */
export interface Quotas {
  filingsPerDay: number;
  escalationRequestsPerDay: number;
}

/** What the privacy notice names (README, "Personal data"); the acknowledgement letter carries its short form. */
export interface PrivacySettings {
  /** Who processes the data (GDPR art. 13(1)(a)): PRIVACY_CONTROLLER; unset = the FOD and its central address, in the reader's language. */
  controller?: string;
  /** How to reach the data protection officer (art. 13(1)(b)): PRIVACY_DPO_CONTACT. */
  dpoContact: string;
  /** Where the full notice is published: PRIVACY_NOTICE_URL. */
  noticeUrl: string;
  /** RETENTION_YEARS: years after a complaint is finished; unset = as the FOD's approved archive selection list prescribes. */
  retentionYears?: number;
}

export const DEFAULT_PRIVACY: Readonly<PrivacySettings> = {
  dpoContact: "dpo@ibz.fgov.be",
  noticeUrl: "http://www.ibz.fgov.be",
};

/** Settings of the procedure's rules (see docs/procedure.md). */
export interface ProcedureSettings {
  /** Visible characters an answer or a second-line decision needs at least to count as reasoned. */
  reasonedAnswerMinChars: number;
  /** Days after an answer or an inadmissibility decision within which the second line may be asked; then the complaint is finished (lib/domain/finished.ts). */
  escalationWindowDays: number;
}

/** How long personal data and audit entries are kept (docs: "Personal data"). */
export interface RetentionSettings {
  /** Years after a complaint is finished before its personal data is erased; undefined (RETENTION_YEARS unset): never by age. */
  years?: number;
  /** Years an audit entry is kept before `npm run retention` (migration account) deletes it; undefined: never. */
  auditYears?: number;
  /** How often each subgraph's retention job looks for complaints past the period. */
  intervalMs: number;
}

/** Request rates per gateway replica and minute (N replicas admit up to N times these). */
export interface RequestRates {
  perCallerPerMinute: number;
  /** For requests without a token only. */
  perAddressPerMinute: number;
  /** Proxies whose X-Forwarded-For names the client address. */
  trustedProxies: string[];
}

/**
 * Quotas and rates out of the way of the test stack, bench and soak, which act as a few callers from one
 * address within seconds; the limits are tested on their own (test/quotas.test.ts).
 */
export const LOAD_TEST_LIMITS: Readonly<Record<string, string>> = {
  FILINGS_PER_CITIZEN_PER_DAY: "1000000",
  ESCALATION_REQUESTS_PER_CITIZEN_PER_DAY: "1000000",
  GATEWAY_RATE_PER_CALLER: "10000000",
  GATEWAY_RATE_PER_ADDRESS: "10000000",
};

export const DEV_ISSUER = "ibz-dev-issuer";
export const DEFAULT_AUDIENCE = "ibz-complaints";

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
  }
}

/** SHUTDOWN_DRAIN_MS when unset in production. */
export const SHUTDOWN_DRAIN_PRODUCTION_MS = 5_000;

/** Reads and validates every setting in one place; throws a ConfigError listing all problems. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const production = env.NODE_ENV === "production";

  const int = (name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  /** A setting without a default: undefined when unset. */
  const optionalInt = (name: string, min: number, max: number): number | undefined => (env[name] ? int(name, min, min, max) : undefined);
  const url = (name: string, fallback: string): string => {
    const raw = env[name] || fallback;
    try {
      new URL(raw);
    } catch {
      problems.push(`${name} must be a URL, got "${raw}"`);
    }
    return raw.replace(/\/$/, "");
  };

  const dataDir = path.resolve(env.DATA_DIR || "data");
  const ports = {
    gateway: int("GATEWAY_PORT", 4000, 0, 65535),
    intake: int("INTAKE_PORT", 4001, 0, 65535),
    directorates: int("DIRECTORATES_PORT", 4002, 0, 65535),
    escalation: int("ESCALATION_PORT", 4003, 0, 65535),
  };
  const subgraphUrls = {
    intake: url("INTAKE_URL", `http://127.0.0.1:${ports.intake}`),
    directorates: url("DIRECTORATES_URL", `http://127.0.0.1:${ports.directorates}`),
    escalation: url("ESCALATION_URL", `http://127.0.0.1:${ports.escalation}`),
  };

  const mysqlUrl = env.MYSQL_URL || undefined;
  if (mysqlUrl && !/^mysql:\/\//.test(mysqlUrl)) problems.push(`MYSQL_URL must start with mysql://`);
  const mysqlMigrationUrl = env.MYSQL_MIGRATION_URL || undefined;
  if (mysqlMigrationUrl && !/^mysql:\/\//.test(mysqlMigrationUrl)) problems.push(`MYSQL_MIGRATION_URL must start with mysql://`);
  const mysqlDatabasePrefix = env.MYSQL_DATABASE_PREFIX || "ibz_";
  if (!/^[A-Za-z0-9_]+$/.test(mysqlDatabasePrefix)) problems.push("MYSQL_DATABASE_PREFIX may hold letters, digits and _ only");

  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  const publicKeyFile = env.AUTH_PUBLIC_KEY_FILE ? path.resolve(env.AUTH_PUBLIC_KEY_FILE) : undefined;
  const devIssuer = !jwksUrl && !publicKeyFile;
  const auth: AuthConfig = {
    issuer: env.AUTH_ISSUER || DEV_ISSUER,
    audience: env.AUTH_AUDIENCE || DEFAULT_AUDIENCE,
    jwksUrl,
    publicKeyFile,
    devIssuer,
    jwks: {
      refreshAfterMs: int("AUTH_JWKS_REFRESH_MS", 300_000, 1_000),
      staleMaxMs: int("AUTH_JWKS_STALE_MAX_MS", 86_400_000, 0),
      unknownKidCooldownMs: int("AUTH_JWKS_UNKNOWN_KID_COOLDOWN_MS", 30_000, 0),
      fetchTimeoutMs: int("AUTH_JWKS_FETCH_TIMEOUT_MS", 5_000, 100, 60_000),
      backoffMaxMs: int("AUTH_JWKS_BACKOFF_MAX_MS", 60_000, 1_000),
      revokedKids: (env.AUTH_REVOKED_KIDS ?? "")
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean),
    },
    tokenCacheMs: int("AUTH_TOKEN_CACHE_MS", 60_000, 0, 3_600_000),
  };
  if (jwksUrl && publicKeyFile) problems.push("set AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE, not both");
  if (jwksUrl) url("AUTH_JWKS_URL", jwksUrl);

  const serviceKeysDir = path.resolve(env.SERVICE_KEYS_DIR || path.join(dataDir, "keys"));

  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]/.test(smtpUrl)) problems.push("SMTP_URL must be smtp://host[:port] or smtps://host[:port]");
  const mailFrom = env.MAIL_FROM || "FOD Binnenlandse Zaken - Klachten <klachten@localhost>";
  if (!/<[^@<>\s]+@[^@<>\s]+>$|^[^@<>\s]+@[^@<>\s]+$/.test(mailFrom)) problems.push(`MAIL_FROM must be an address, e.g. "Name <a@b.be>"`);

  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16) problems.push("METRICS_TOKEN must be at least 16 characters");
  const metricsOperations = (env.METRICS_OPERATIONS ?? "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  for (const name of metricsOperations) if (!/^[A-Za-z_]\w{0,63}$/.test(name)) problems.push(`METRICS_OPERATIONS: "${name}" is not an operation name`);
  const metricsPort = env.METRICS_PORT ? int("METRICS_PORT", 0, 0, 65535) : undefined;
  if (metricsPort && Object.values(ports).includes(metricsPort)) problems.push(`METRICS_PORT must differ from the service ports, got ${metricsPort}`);
  const tracing = tracingConfig(env, problems);
  const appCommit = env.APP_COMMIT || undefined;
  if (appCommit !== undefined && !/^[0-9A-Za-z._-]{1,64}$/.test(appCommit))
    problems.push(`APP_COMMIT must be a commit id (letters, digits, . _ -; at most 64), got "${appCommit}"`);
  const schemaBehind = env.SCHEMA_BEHIND || "exit";
  if (schemaBehind !== "exit" && schemaBehind !== "wait") problems.push(`SCHEMA_BEHIND must be exit or wait, got "${schemaBehind}"`);

  const corsOrigins = (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins)
    if (!isOrigin(origin))
      problems.push(`CORS_ORIGINS entries must be exact origins like https://app.example.be (scheme, host, port; no path, no *), got "${origin}"`);

  const extraPublicHolidays = (env.EXTRA_PUBLIC_HOLIDAYS ?? "")
    .split(",")
    .map((d) => d.trim())
    .filter(Boolean);
  const notDates = extraPublicHolidays.filter((d) => !isCalendarDate(d));
  if (notDates.length) problems.push(`EXTRA_PUBLIC_HOLIDAYS must list dates as YYYY-MM-DD separated by commas, got "${notDates.join('", "')}"`);

  const privacy = privacySettings(env, problems);

  if (production) {
    if (devIssuer) problems.push("production needs AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE (the development issuer is refused)");
    if (auth.issuer === DEV_ISSUER) problems.push(`production needs AUTH_ISSUER (not "${DEV_ISSUER}")`);
    if (!env.SERVICE_KEYS_DIR) problems.push("production needs SERVICE_KEYS_DIR (keys are never generated in production)");
    if (!smtpUrl && !env.MAIL_DIR) problems.push("production needs SMTP_URL (or MAIL_DIR, to write the letters as .eml files on purpose)");
  }

  // Read before the problems are reported, so a bad value is among them.
  const tuning = {
    events: {
      pollMs: int("EVENT_POLL_MS", 250, 10, 60_000),
      batchSize: int("EVENT_BATCH_SIZE", 200, 1, 10_000),
      catchUpTimeoutMs: int("CATCH_UP_TIMEOUT_MS", 1_000, 0, 30_000),
    },
    bodyLimitBytes: int("BODY_LIMIT_BYTES", 1_000_000, 1_000, 50_000_000),
    mail: {
      smtpUrl,
      from: mailFrom,
      dir: path.resolve(env.MAIL_DIR || path.join(dataDir, "mail")),
      pollMs: int("MAIL_POLL_MS", 1_000, 10, 600_000),
      retryMs: int("MAIL_RETRY_MS", 30_000, 1, 3_600_000),
      maxEmailAttempts: int("LETTER_EMAIL_MAX_ATTEMPTS", 10, 1, 1_000),
      claimMs: int("MAIL_CLAIM_MS", 120_000, 1_000, 3_600_000),
    },
    limits: {
      maxDepth: int("GRAPHQL_MAX_DEPTH", 5, 1, 100),
      maxAliases: int("GRAPHQL_MAX_ALIASES", 15, 0, 1_000),
      maxCost: int("GRAPHQL_MAX_COST", 5_000, 1, 1_000_000),
      maxTokens: int("GRAPHQL_MAX_TOKENS", 1_000, 10, 100_000),
      maxDirectives: int("GRAPHQL_MAX_DIRECTIVES", 50, 0, 1_000),
      maxQueryBytes: int("GRAPHQL_MAX_QUERY_BYTES", 10_000, 100, 1_000_000),
    },
    quotas: {
      filingsPerDay: int("FILINGS_PER_CITIZEN_PER_DAY", 10, 1, 1_000_000),
      escalationRequestsPerDay: int("ESCALATION_REQUESTS_PER_CITIZEN_PER_DAY", 10, 1, 1_000_000),
    },
    procedure: {
      reasonedAnswerMinChars: int("REASONED_ANSWER_MIN_CHARS", DEFAULT_REASONED_MIN_CHARS, 1, TEXT_LIMITS.remedy),
      escalationWindowDays: int("ESCALATION_WINDOW_DAYS", DEFAULT_ESCALATION_WINDOW_DAYS, 1, 3_650),
    },
    retention: {
      years: optionalInt("RETENTION_YEARS", 1, 100),
      auditYears: optionalInt("AUDIT_RETENTION_YEARS", 1, 100),
      intervalMs: int("RETENTION_INTERVAL_MS", 3_600_000, 1_000, 604_800_000),
    },
    rates: {
      perCallerPerMinute: int("GATEWAY_RATE_PER_CALLER", 120, 1, 10_000_000),
      perAddressPerMinute: int("GATEWAY_RATE_PER_ADDRESS", 60, 1, 10_000_000),
      trustedProxies: (env.TRUSTED_PROXIES ?? "")
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean),
    },
    metricsToken,
    metricsOperations,
    metricsPort,
    appCommit,
    tracing,
    schemaBehind: schemaBehind as AppConfig["schemaBehind"],
    shutdownTimeoutMs: int("SHUTDOWN_TIMEOUT_MS", 10_000, 0, 300_000),
    // Production: two failed /ready checks of a load balancer polling every 2 s, plus margin. Development has none in front.
    shutdownDrainMs: int("SHUTDOWN_DRAIN_MS", production ? SHUTDOWN_DRAIN_PRODUCTION_MS : 0, 0, 120_000),
    // Two years is the longest max-age browsers and the preload list expect.
    hstsMaxAgeSeconds: int("HSTS_MAX_AGE", 0, 0, 63_072_000),
  };

  if (problems.length) throw new ConfigError(problems);
  return {
    env: env.NODE_ENV || "development",
    production,
    host: env.HOST || "127.0.0.1",
    dataDir,
    ports,
    subgraphUrls,
    mysqlUrl,
    mysqlMigrationUrl,
    mysqlDatabasePrefix,
    auth,
    serviceKeysDir,
    corsOrigins,
    extraPublicHolidays,
    // The notice states the period the retention job applies (RETENTION_YEARS, read once with the retention settings).
    privacy: tuning.retention.years ? { ...privacy, retentionYears: tuning.retention.years } : privacy,
    ...tuning,
  };
}

/** PRIVACY_CONTROLLER, PRIVACY_DPO_CONTACT, PRIVACY_NOTICE_URL (one line each); the retention period comes from the retention settings. */
function privacySettings(env: NodeJS.ProcessEnv, problems: string[]): PrivacySettings {
  const line = (name: string, fallback: string): string => {
    const value = (env[name] ?? "").trim() || fallback;
    if (value.length > 300 || /\p{Cc}/u.test(value)) problems.push(`${name} must be one line of at most 300 characters`);
    return value;
  };
  const noticeUrl = line("PRIVACY_NOTICE_URL", DEFAULT_PRIVACY.noticeUrl);
  if (!/^https?:\/\/[^\s/]+/.test(noticeUrl)) problems.push(`PRIVACY_NOTICE_URL must be an http(s) URL, got "${noticeUrl}"`);
  const controller = line("PRIVACY_CONTROLLER", "");
  return {
    ...(controller ? { controller } : {}),
    dpoContact: line("PRIVACY_DPO_CONTACT", DEFAULT_PRIVACY.dpoContact),
    noticeUrl,
  };
}

/** An origin as a browser sends it in `Origin`: http(s), a host, a port only when not the default, nothing after. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === value;
  } catch {
    return false;
  }
}

export function databaseFor(config: Pick<AppConfig, "mysqlUrl" | "mysqlDatabasePrefix" | "dataDir">, subgraph: SubgraphName): DatabaseConfig {
  if (config.mysqlUrl) {
    return { kind: "mysql", url: config.mysqlUrl, database: `${config.mysqlDatabasePrefix}${subgraph}` };
  }
  return { kind: "sqlite", file: path.join(config.dataDir, `${subgraph}.sqlite`) };
}
