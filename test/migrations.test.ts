import { DataSource } from "typeorm";
import { SUBGRAPHS } from "../lib/config";
import { dataSourceOptions, openDatabase } from "../lib/platform/database";
import { SUBGRAPH_MODULES } from "../runtime/subgraphs";
import { freshDatabases } from "./helpers/databases";

const mysql = process.env.MYSQL_URL ? describe : describe.skip;

mysql("MySQL migrations [mysql]", () => {
  it.each(SUBGRAPHS)("%s: migrations create exactly the schema the entities describe", async (name) => {
    const dbs = freshDatabases("mysql");
    try {
      const opened = await openDatabase(dbs.configs[name], SUBGRAPH_MODULES[name].database);
      const pending = await opened.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      const tables = await opened.query<Record<string, string>[]>("SHOW TABLES");
      expect(tables.map((row) => Object.values(row)[0])).toEqual(expect.arrayContaining(["outbox_event", "inbox_event", "feed_cursor", "migrations"]));
      await opened.destroy();
      // A second start runs nothing new and keeps the data.
      const again = new DataSource(dataSourceOptions(dbs.configs[name], SUBGRAPH_MODULES[name].database, opened.options.type as "mysql" | "mariadb"));
      await again.initialize();
      expect(await again.showMigrations()).toBe(false);
      await again.destroy();
    } finally {
      await dbs.drop();
    }
  });
});
