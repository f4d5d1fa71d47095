import type { ServiceName } from "../lib/config";
import type { ProxyCounts } from "./replica-proxy";
import { ReplicaSet } from "./replica-set";
import { ServiceProcess, freePort } from "./soak-processes";

const START_ORDER: ServiceName[] = ["intake", "directorates", "escalation", "gateway"];
const STOP_ORDER: ServiceName[] = ["gateway", "intake", "directorates", "escalation"];

/** A process the soak SIGKILLs halfway and starts again. */
export interface Victim {
  service: ServiceName;
  label: string;
  kill(): Promise<void>;
  /** Starts it again; resolves once requests reach it again. */
  restart(): Promise<void>;
}

/** The soak's processes: one per service, or a replica set per service behind its proxy. */
export interface SoakTopology {
  replicas: number;
  gatewayUrl: string;
  victims: Victim[];
  start(): Promise<void>;
  /** SIGTERM to everything; every process's exit code. */
  stop(): Promise<(number | null)[]>;
  /** With replicas: what each service's proxy did (forwarded, retried after a refusal, 502 in flight, 503 without a backend). */
  proxyCounts(): Partial<Record<ServiceName, ProxyCounts>>;
}

/** Today's soak: the four processes, the directorates subgraph killed. */
export async function singleProcesses(env: NodeJS.ProcessEnv, dir: string): Promise<SoakTopology> {
  const ports = Object.fromEntries(await Promise.all(START_ORDER.map(async (name) => [name, await freePort()]))) as Record<ServiceName, number>;
  const withPorts: NodeJS.ProcessEnv = { ...env };
  for (const name of START_ORDER) withPorts[`${name.toUpperCase()}_PORT`] = String(ports[name]);
  const services = Object.fromEntries(START_ORDER.map((name) => [name, new ServiceProcess(name, withPorts, dir)])) as Record<ServiceName, ServiceProcess>;
  const victim = services.directorates;
  return {
    replicas: 1,
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/`,
    victims: [{ service: "directorates", label: victim.label, kill: () => victim.kill(), restart: () => victim.start() }],
    start: async () => {
      for (const name of START_ORDER) await services[name].start();
    },
    stop: async () => {
      const codes: (number | null)[] = [];
      for (const name of STOP_ORDER) codes.push(await services[name].stop());
      return codes;
    },
    proxyCounts: () => ({}),
  };
}

/** `count` processes of every service, each group behind a ReplicaProxy; peers and clients use the proxies. Replica 0 of each is the victim. */
export async function replicaSets(count: number, env: NodeJS.ProcessEnv, dir: string): Promise<SoakTopology> {
  const plans = await Promise.all(START_ORDER.map((name) => ReplicaSet.plan(name, count, dir)));
  const proxied: NodeJS.ProcessEnv = { ...env };
  START_ORDER.forEach((name, i) => {
    if (name !== "gateway") proxied[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${plans[i].proxyPort}`;
  });
  const sets = Object.fromEntries(START_ORDER.map((name, i) => [name, plans[i].create(proxied)])) as Record<ServiceName, ReplicaSet>;
  return {
    replicas: count,
    gatewayUrl: `${sets.gateway.url}/`,
    victims: STOP_ORDER.map((service) => ({
      service,
      label: sets[service].replicas[0].label,
      kill: () => sets[service].kill(0),
      restart: () => sets[service].restart(0),
    })),
    start: async () => {
      for (const name of START_ORDER) await sets[name].start();
    },
    stop: async () => {
      const codes: (number | null)[] = [];
      for (const name of STOP_ORDER) codes.push(...(await sets[name].stop()));
      return codes;
    },
    proxyCounts: () => Object.fromEntries(START_ORDER.map((name) => [name, { ...sets[name].proxy.counts }])),
  };
}
