import fs from "node:fs";
import path from "node:path";
import { SUBGRAPHS, type SubgraphName } from "../../lib/config";
import { PROJECT_ROOT } from "../../lib/platform/project-root";
import { SHUTDOWN_MARGIN_MS } from "../../runtime/main";
import { SERVING, compose } from "../helpers/container-files";
import { OVERLAYS, findKubectl, render, selects, validateSchemas, type K8sObject } from "../helpers/kubernetes";

/*
 * deploy/kubernetes rendered offline (`kubectl kustomize`, no cluster) and checked: every object
 * against the Kubernetes schemas, then the rules of docs/deploying.md as policy checks.
 */
const kubectl = findKubectl();
if (!kubectl) {
  // CI installs kubectl (.ci/run); a developer's machine without it skips, visibly.
  if (process.env.CI === "true") throw new Error("kubectl is not on PATH: CI must render deploy/kubernetes (see .ci/run)");
  console.warn("SKIPPED test/unit/kubernetes.test.ts: kubectl is not on PATH, the Kubernetes manifests were not rendered");
}

type Obj = K8sObject;
const byKind = (objects: Obj[], kind: string) => objects.filter((o) => o.kind === kind);
const podLabels = (d: Obj): Record<string, string> => d.spec.template.metadata.labels;
const workloads = (objects: Obj[]) => [...byKind(objects, "Deployment"), ...byKind(objects, "Job")];
const containersOf = (w: Obj): any[] => w.spec.template.spec.containers;
const settings = (objects: Obj[]) => byKind(objects, "ConfigMap").find((c) => c.metadata.name.startsWith("ibz-settings-"))!.data!;

/** Who pulls whose event feed, read from the subgraphs' definitions (`consumes`). */
function feedConsumers(): Record<SubgraphName, SubgraphName[]> {
  const consumers = Object.fromEntries(SUBGRAPHS.map((s) => [s, [] as SubgraphName[]])) as Record<SubgraphName, SubgraphName[]>;
  for (const consumer of SUBGRAPHS) {
    const source = fs.readFileSync(path.join(PROJECT_ROOT, "subgraphs", consumer, "server.ts"), "utf8");
    const block = /consumes:\s*\{([^}]*)\}/.exec(source)?.[1] ?? "";
    for (const [, producer] of block.matchAll(/\b(intake|directorates|escalation)\s*:/g)) {
      if (producer !== consumer) consumers[producer as SubgraphName].push(consumer);
    }
  }
  for (const s of SUBGRAPHS) consumers[s].sort();
  return consumers;
}

(kubectl ? describe.each(OVERLAYS) : describe.skip.each(OVERLAYS))("deploy/kubernetes/overlays/%s", (overlay) => {
  const objects = kubectl ? render(kubectl, overlay) : []; // a skipped describe still runs its body
  const deployments = byKind(objects, "Deployment");
  const policies = byKind(objects, "NetworkPolicy");

  it("renders the four services, the migration Job, the Ingress and the policies; every object is valid against the Kubernetes schemas", () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...SERVING].sort());
    expect(byKind(objects, "Job").map((j) => j.metadata.name)).toEqual(["migrate"]);
    expect(byKind(objects, "Secret")).toEqual([]); // created with kubectl, never committed
    const results = validateSchemas(objects);
    expect(results).toHaveLength(objects.length);
    expect(results.filter((r) => r.errors.length > 0)).toEqual([]);
  });

  it("the schema check can fail: a wrongly typed field and an unknown kind are reported", () => {
    const broken = structuredClone(deployments[0]);
    broken.spec.replicas = "two";
    const [bad, unknown] = validateSchemas([broken, { apiVersion: "v1", kind: "Pood", metadata: { name: "x" } }]);
    expect(bad.errors).toEqual(["/spec/replicas must be integer"]);
    expect(unknown.errors).toEqual(["no schema for v1 Pood"]);
  });

  it("every container: requests and limits, non-root, read-only root, no privilege escalation, all capabilities dropped, a pinned image tag", () => {
    for (const w of workloads(objects)) {
      const pod = w.spec.template.spec;
      expect({
        name: w.metadata.name,
        automount: pod.automountServiceAccountToken,
        nonRoot: pod.securityContext?.runAsNonRoot,
        uid: pod.securityContext?.runAsUser,
      }).toEqual({
        name: w.metadata.name,
        automount: false,
        nonRoot: true,
        uid: 1000,
      });
      for (const c of containersOf(w)) {
        const seen = {
          name: w.metadata.name,
          resources: Object.keys(c.resources ?? {}).map((k) => `${k}: ${Object.keys(c.resources[k]).sort().join(",")}`),
          readOnlyRoot: c.securityContext?.readOnlyRootFilesystem,
          escalation: c.securityContext?.allowPrivilegeEscalation,
          drop: c.securityContext?.capabilities?.drop,
          tag: /:([^:/@]+)$/.exec(c.image)?.[1],
        };
        expect(seen).toEqual({
          name: w.metadata.name,
          resources: ["limits: cpu,memory", "requests: cpu,memory"],
          readOnlyRoot: true,
          escalation: false,
          drop: ["ALL"],
          tag: expect.not.stringMatching(/^latest$/),
        });
        expect(seen.tag).toBeDefined();
        // Writable only where needed: emptyDirs for DATA_DIR and /tmp; the keys read-only.
        const mounts = (c.volumeMounts ?? []).map((m: { mountPath: string; readOnly?: boolean }) => `${m.mountPath}${m.readOnly ? " (ro)" : ""}`);
        expect(mounts.filter((m: string) => !["/app/data", "/tmp", "/app/keys (ro)"].includes(m))).toEqual([]);
      }
    }
  });

  it("every Deployment: startup, liveness (/health) and readiness (/ready) probes on its service port, a preStop pause, rolling update with maxUnavailable 0", () => {
    for (const d of deployments) {
      const [c] = containersOf(d);
      const http = c.ports.find((p: { name: string }) => p.name === "http").containerPort;
      const env = settings(objects);
      expect(String(http)).toBe(env[`${d.metadata.name.toUpperCase()}_PORT`]);
      expect({
        name: d.metadata.name,
        startup: c.startupProbe?.httpGet,
        liveness: c.livenessProbe?.httpGet,
        readiness: c.readinessProbe?.httpGet,
        preStop: c.lifecycle?.preStop?.sleep?.seconds,
        maxUnavailable: d.spec.strategy.rollingUpdate.maxUnavailable,
      }).toEqual({
        name: d.metadata.name,
        startup: { path: "/health", port: "http" },
        liveness: { path: "/health", port: "http" },
        readiness: { path: "/ready", port: "http" },
        preStop: expect.any(Number),
        maxUnavailable: 0,
      });
      // The pause, the drain and the requests in flight fit in the grace period.
      expect(Number(env.SHUTDOWN_DRAIN_MS)).toBeGreaterThan(0);
      expect(d.spec.template.spec.terminationGracePeriodSeconds * 1000).toBeGreaterThan(
        c.lifecycle.preStop.sleep.seconds * 1000 + Number(env.SHUTDOWN_DRAIN_MS) + Number(env.SHUTDOWN_TIMEOUT_MS) + SHUTDOWN_MARGIN_MS,
      );
    }
  });

  it("runs the same node command lines as docker-compose.yml", () => {
    const { services } = compose();
    for (const d of deployments) expect(containersOf(d)[0].command).toEqual(services[d.metadata.name].command);
    expect(containersOf(byKind(objects, "Job")[0])[0].command).toEqual(services.migrate.command);
  });

  it("the HorizontalPodAutoscalers own the replica counts: no Deployment sets one (an apply would reset a scaled-out service)", () => {
    expect(deployments.filter((d) => d.spec.replicas !== undefined).map((d) => d.metadata.name)).toEqual([]);
  });

  it("every Deployment has a Service, an HPA, a PodDisruptionBudget and its own NetworkPolicy", () => {
    for (const d of deployments) {
      const labels = podLabels(d);
      const name = d.metadata.name;
      expect({ name, services: byKind(objects, "Service").filter((s) => selects({ matchLabels: s.spec.selector }, labels)).length }).toEqual({
        name,
        services: 1,
      });
      expect({ name, hpas: byKind(objects, "HorizontalPodAutoscaler").filter((h) => h.spec.scaleTargetRef.name === name).length }).toEqual({ name, hpas: 1 });
      expect({ name, pdbs: byKind(objects, "PodDisruptionBudget").filter((p) => selects(p.spec.selector, labels)).length }).toEqual({ name, pdbs: 1 });
      const own = policies.filter((p) => Object.keys(p.spec.podSelector).length > 0 && selects(p.spec.podSelector, labels));
      expect({ name, own: own.map((p) => p.metadata.name) }).toEqual({ name, own: expect.arrayContaining([name]) });
    }
  });

  it("NetworkPolicies: default deny; GraphQL of the gateway from the ingress namespace only; a subgraph's port from the gateway and its feed consumers only; metrics from the monitoring namespace only; MySQL only from the subgraphs and the migration; DNS", () => {
    const deny = policies.find((p) => p.metadata.name === "default-deny")!;
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
    expect(policies.find((p) => p.metadata.name === "dns")?.spec.egress[0].ports).toEqual([
      { protocol: "UDP", port: 53 },
      { protocol: "TCP", port: 53 },
    ]);

    /** Who may reach `name`'s pods on `port`: pod names, or `namespace:<name>`. */
    const allowedFrom = (name: string, port: string) => {
      const target = podLabels(deployments.find((d) => d.metadata.name === name)!);
      return policies
        .filter((p) => selects(p.spec.podSelector, target))
        .flatMap((p) => p.spec.ingress ?? [])
        .filter((rule: any) => rule.ports?.some((p: { port: string }) => p.port === port))
        .flatMap((rule: any) => rule.from)
        .map((peer: any) =>
          peer.namespaceSelector
            ? `namespace:${peer.namespaceSelector.matchLabels["kubernetes.io/metadata.name"]}`
            : peer.podSelector.matchLabels["app.kubernetes.io/name"],
        )
        .sort();
    };
    expect(allowedFrom("gateway", "http")).toEqual(["namespace:ingress-nginx"]);
    const consumers = feedConsumers();
    expect(consumers).toEqual({ intake: ["directorates", "escalation"], directorates: ["escalation", "intake"], escalation: ["directorates", "intake"] });
    for (const s of SUBGRAPHS) expect({ s, from: allowedFrom(s, "http") }).toEqual({ s, from: ["gateway", ...consumers[s]].sort() });
    for (const name of SERVING) expect({ name, from: allowedFrom(name, "metrics") }).toEqual({ name, from: ["namespace:monitoring"] });

    const mysqlFrom = policies
      .filter((p) => (p.spec.egress ?? []).some((rule: { ports?: { port: number }[] }) => rule.ports?.some((port) => port.port === 3306)))
      .map((p) => p.spec.podSelector.matchLabels["app.kubernetes.io/name"])
      .sort();
    expect(mysqlFrom).toEqual([...SUBGRAPHS, "migrate"].sort());
    // No egress rule opens every port.
    expect(policies.flatMap((p) => (p.spec.egress ?? []).filter((rule: { ports?: unknown[] }) => !rule.ports?.length))).toEqual([]);
  });

  it("the Ingress routes to the gateway's GraphQL port only", () => {
    const backends = byKind(objects, "Ingress").flatMap((i) => i.spec.rules.flatMap((r: any) => r.http.paths.map((p: any) => p.backend.service)));
    expect(backends).toEqual([{ name: "gateway", port: { name: "http" } }]);
  });

  it("settings: /metrics on its own port (the containers' metrics port), pods on an old schema stay unready; secrets referenced, not included", () => {
    const env = settings(objects);
    expect(env.SCHEMA_BEHIND).toBe("wait");
    for (const d of deployments) {
      expect(containersOf(d)[0].ports.find((p: { name: string }) => p.name === "metrics").containerPort).toBe(Number(env.METRICS_PORT));
    }
    const referenced = new Set<string>();
    for (const w of workloads(objects)) {
      for (const v of w.spec.template.spec.volumes ?? []) if (v.secret) referenced.add(v.secret.secretName);
      for (const c of containersOf(w)) for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef) referenced.add(e.valueFrom.secretKeyRef.name);
    }
    expect([...referenced].sort()).toEqual(["ibz-mail", "ibz-metrics", "ibz-mysql", "ibz-mysql-migration", "ibz-service-keys"]);
    // Each is documented with the kubectl command that creates it.
    const docs = fs.readFileSync(path.join(PROJECT_ROOT, "docs", "deploying.md"), "utf8");
    for (const secret of referenced)
      expect({ secret, documented: docs.includes(`kubectl create secret generic ${secret}`) }).toEqual({ secret, documented: true });
  });

  if (overlay === "production") {
    it("production: at least two replicas of everything (the HPA minimum), NODE_ENV=production, intake requires the SMTP secret", () => {
      for (const h of byKind(objects, "HorizontalPodAutoscaler"))
        expect({ name: h.metadata.name, min: h.spec.minReplicas >= 2 }).toEqual({ name: h.metadata.name, min: true });
      expect(settings(objects).NODE_ENV).toBe("production");
      const intakeEnv = containersOf(deployments.find((d) => d.metadata.name === "intake")!)[0].env;
      expect(intakeEnv.find((e: { name: string }) => e.name === "SMTP_URL").valueFrom.secretKeyRef).toEqual({ name: "ibz-mail", key: "SMTP_URL" });
      expect(intakeEnv.some((e: { name: string }) => e.name === "MAIL_DIR")).toBe(false);
    });
  }
});
