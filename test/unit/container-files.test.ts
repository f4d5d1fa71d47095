import { SERVING, compose, dockerfile } from "../helpers/container-files";

describe("the production image (Dockerfile)", () => {
  const instructions = dockerfile();
  const last = Math.max(...instructions.map((i) => i.stage));
  const runtime = instructions.filter((i) => i.stage === last);
  const build = instructions.filter((i) => i.stage < last);

  it("is multi-stage: the build stage compiles with the dev dependencies and prunes them; the runtime stage starts from a slim base and copies the result", () => {
    expect(last).toBeGreaterThanOrEqual(1);
    expect(build.some((i) => i.keyword === "RUN" && /npm ci\b/.test(i.args) && !/--omit=dev/.test(i.args.split("&&")[0]))).toBe(true);
    expect(build.some((i) => i.keyword === "RUN" && /npm prune --omit=dev/.test(i.args))).toBe(true);
    expect(runtime[0].args).toMatch(/^node:\d+-\w+-slim\b/);
    expect(runtime.filter((i) => i.keyword === "COPY").map((i) => i.args)).toEqual([expect.stringMatching(/^--from=build /)]);
    expect(runtime.some((i) => i.keyword === "RUN" && /npm (ci|install)/.test(i.args))).toBe(false);
  });

  it("runs as a non-root user, with only the data and keys folders writable by it", () => {
    const users = runtime.filter((i) => i.keyword === "USER").map((i) => i.args);
    expect(users).toEqual(["node"]);
    const userAt = runtime.findIndex((i) => i.keyword === "USER");
    const chowns = runtime.slice(0, userAt).filter((i) => i.keyword === "RUN" && /chown/.test(i.args));
    expect(chowns.map((i) => i.args.replace(/.*chown node:node /, ""))).toEqual(["/app/data /app/keys"]);
  });

  it("starts node directly (exec form, no npm, no shell), so SIGTERM reaches the process; has a HEALTHCHECK and version/commit labels", () => {
    const cmd = runtime.filter((i) => i.keyword === "CMD");
    expect(cmd).toHaveLength(1);
    const argv = JSON.parse(cmd[0].args) as string[];
    expect(argv[0]).toBe("node");
    expect(argv.at(-1)).toBe("dist/gateway/index.js");
    expect(runtime.some((i) => i.keyword === "ENTRYPOINT")).toBe(false);
    expect(runtime.filter((i) => i.keyword === "HEALTHCHECK").map((i) => i.args)).toEqual([
      expect.stringMatching(/CMD \["node", "dist\/scripts\/healthcheck.js"\]$/),
    ]);
    const labels = runtime
      .filter((i) => i.keyword === "LABEL")
      .map((i) => i.args)
      .join(" ");
    expect(labels).toMatch(/org\.opencontainers\.image\.version="\$\{VERSION\}"/);
    expect(labels).toMatch(/org\.opencontainers\.image\.revision="\$\{COMMIT\}"/);
    expect(runtime.find((i) => i.keyword === "ENV")?.args).toMatch(/NODE_ENV=production/);
  });
});

describe("docker-compose.yml", () => {
  const { services } = compose();

  it.each(SERVING)("%s: runs node directly from the image, exec form, with a healthcheck on its own port", (name) => {
    const service = services[name];
    expect(Array.isArray(service.command)).toBe(true);
    const argv = service.command as string[];
    expect(argv[0]).toBe("node");
    expect(argv.join(" ")).not.toMatch(/\bnpm\b/);
    expect(service.image).toBe("ibz-complaints:dev");
    expect(service.healthcheck?.test).toEqual(["CMD", "node", "dist/scripts/healthcheck.js"]);
    const port = service.environment?.[`${name.toUpperCase()}_PORT`];
    expect(service.environment?.HEALTH_PORT).toBe(port);
  });

  it("uses the two database accounts: migrations with the migration account, the serving processes with one that may only read and write rows", () => {
    const migrate = services.migrate;
    expect(migrate.command).toEqual(["node", "dist/scripts/migrate.js"]);
    const migrationUser = new URL(migrate.environment!.MYSQL_MIGRATION_URL).username;
    const servingUsers = new Set(SERVING.map((name) => new URL(services[name].environment!.MYSQL_URL).username));
    expect({ migrationUser, servingUsers: [...servingUsers] }).toEqual({ migrationUser: "ibz_migrate", servingUsers: ["ibz"] });
  });
});
