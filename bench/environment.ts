import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { SignJWT } from "jose";
import type { Caller } from "../lib/auth/caller";
import { ensureKeyPair, publicJwk, readPrivateKey, readPublicKey, SERVICE_ALG, serviceKeyFiles } from "../lib/auth/keys";
import { ServiceTokens } from "../lib/auth/service-tokens";
import { LOAD_TEST_LIMITS, SUBGRAPHS, type ServiceName, type SubgraphName } from "../lib/config";

export const BENCH_ISSUER = "ibz-bench-issuer";
const ISSUER_ALG = "ES256";

export type ProcessName = SubgraphName | "gateway" | "hive" | "hive-rust";

export interface BenchEnvironment {
  /** Environment of every process: production mode, the bench issuer, generated service keys. */
  env: NodeJS.ProcessEnv;
  /** Where each is reached: with replicas, a subgraph's port is its proxy's. */
  ports: Record<ProcessName, number>;
  /** The port of each process of a subgraph: its own port without replicas. */
  replicaPorts: Record<SubgraphName, number[]>;
  url(name: ProcessName): string;
  /** A caller token as an identity provider would issue it (ES256, one hour). */
  callerToken(caller: Caller): Promise<string>;
  /** A gateway token for a subgraph, as the gateway signs it (EdDSA, 60 s): for direct calls. */
  serviceToken(subgraph: SubgraphName, caller: Caller | null): Promise<string>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Keys and settings for a production-mode stack in `dir` with `replicas` processes per subgraph; nothing of the development issuer. */
export async function benchEnvironment(dir: string, database: NodeJS.ProcessEnv, replicas = 1): Promise<BenchEnvironment> {
  const keysDir = path.join(dir, "keys");
  for (const service of ["gateway", "intake", "directorates", "escalation"] as ServiceName[]) {
    await ensureKeyPair(serviceKeyFiles(keysDir, service), SERVICE_ALG);
  }
  const issuer = { privateKey: path.join(dir, "issuer", "private.pem"), publicKey: path.join(dir, "issuer", "public.pem") };
  await ensureKeyPair(issuer, ISSUER_ALG);
  const issuerKey = await readPrivateKey(issuer.privateKey, ISSUER_ALG);
  const { kid } = await publicJwk(await readPublicKey(issuer.publicKey, ISSUER_ALG), ISSUER_ALG);
  const gatewayTokens = await ServiceTokens.load(keysDir, "gateway", { generate: false });

  const ports = {} as Record<ProcessName, number>;
  for (const name of ["intake", "directorates", "escalation", "gateway", "hive", "hive-rust"] as ProcessName[]) ports[name] = await freePort();
  const replicaPorts = {} as Record<SubgraphName, number[]>;
  for (const name of SUBGRAPHS) {
    replicaPorts[name] = replicas === 1 ? [ports[name]] : [];
    for (let i = 0; replicas > 1 && i < replicas; i++) replicaPorts[name].push(await freePort());
  }
  const url = (name: ProcessName) => `http://127.0.0.1:${ports[name]}`;
  fs.mkdirSync(path.join(dir, "data"), { recursive: true });

  return {
    env: {
      ...database,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      ...LOAD_TEST_LIMITS,
      DATA_DIR: path.join(dir, "data"),
      MAIL_DIR: path.join(dir, "data", "mail"),
      SERVICE_KEYS_DIR: keysDir,
      AUTH_ISSUER: BENCH_ISSUER,
      AUTH_PUBLIC_KEY_FILE: issuer.publicKey,
      GATEWAY_PORT: String(ports.gateway),
      INTAKE_PORT: String(ports.intake),
      DIRECTORATES_PORT: String(ports.directorates),
      ESCALATION_PORT: String(ports.escalation),
      HIVE_PORT: String(ports.hive),
      INTAKE_URL: url("intake"),
      DIRECTORATES_URL: url("directorates"),
      ESCALATION_URL: url("escalation"),
    },
    ports,
    replicaPorts,
    url,
    callerToken: ({ sub, ...claims }) =>
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg: ISSUER_ALG, kid, typ: "JWT" })
        .setSubject(sub)
        .setIssuer(BENCH_ISSUER)
        .setAudience("ibz-complaints")
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(issuerKey),
    serviceToken: (subgraph, caller) => gatewayTokens.sign(subgraph, caller),
  };
}
