import { type ConfigError, loadConfig } from "../../lib/config";

describe("MYSQL_MIGRATION_URL", () => {
  it("is read next to MYSQL_URL and is not required", () => {
    expect(loadConfig({ MYSQL_URL: "mysql://ibz:s@db:3306", MYSQL_MIGRATION_URL: "mysql://ibz_migrate:m@db:3306" })).toMatchObject({
      mysqlUrl: "mysql://ibz:s@db:3306",
      mysqlMigrationUrl: "mysql://ibz_migrate:m@db:3306",
    });
    expect(loadConfig({ MYSQL_URL: "mysql://ibz:s@db:3306" }).mysqlMigrationUrl).toBeUndefined();
  });

  it("must be a mysql:// URL", () => {
    let problems: string[] = [];
    try {
      loadConfig({ MYSQL_MIGRATION_URL: "postgres://x@db" });
    } catch (err) {
      problems = (err as ConfigError).problems;
    }
    expect(problems).toEqual(["MYSQL_MIGRATION_URL must start with mysql://"]);
  });
});
