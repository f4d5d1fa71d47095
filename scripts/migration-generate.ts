import fs from "node:fs";
import path from "node:path";
import { DataSource } from "typeorm";
import { SUBGRAPHS } from "../lib/config";
import { dataSourceOptions, dropMysqlDatabase, ensureMysqlDatabase } from "../lib/platform/database";
import { SUBGRAPH_MODULES } from "../runtime/subgraphs";

/**
 * `npm run migration:generate -- <Name>` (needs MYSQL_URL): for each subgraph,
 * applies the existing migrations to a scratch MySQL database, asks TypeORM what
 * the entities still need, and writes that as a new migration.
 */
async function main() {
  const name = process.argv[2];
  const url = process.env.MYSQL_URL;
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name) || !url) {
    throw new Error("usage: MYSQL_URL=mysql://... npm run migration:generate -- PascalCaseName");
  }
  const timestamp = Date.now();
  for (const subgraph of SUBGRAPHS) {
    const db = { kind: "mysql" as const, url, database: `ibz_migrate_${subgraph}` };
    await dropMysqlDatabase(db);
    const flavour = await ensureMysqlDatabase(db);
    const dataSource = new DataSource(dataSourceOptions(db, SUBGRAPH_MODULES[subgraph].database, flavour));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
      const sql = await dataSource.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) {
        console.log(`${subgraph}: up to date`);
        continue;
      }
      const q = (s: string) => JSON.stringify(s);
      const className = `${name}${timestamp}`;
      const dir = path.join(__dirname, "..", "..", "subgraphs", subgraph, "migrations");
      const file = path.join(dir, `${timestamp}-${name}.ts`);
      fs.writeFileSync(
        file,
        `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((u) => `    await queryRunner.query(${q(u.query)});`).join("\n")}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((d) => `    await queryRunner.query(${q(d.query)});`)
  .join("\n")}
  }
}
`,
      );
      const index = path.join(dir, "index.ts");
      const current = fs.readFileSync(index, "utf8");
      const importLine = `import { ${className} } from "./${timestamp}-${name}";\n`;
      const updated = (importLine + current).replace(/export const migrations: Function\[\] = \[(.*)\];/s, (_m, list: string) => {
        const items = list
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        return `export const migrations: Function[] = [${[...items, className].join(", ")}];`;
      });
      fs.writeFileSync(index, updated);
      console.log(`${subgraph}: wrote ${path.relative(process.cwd(), file)}`);
    } finally {
      await dataSource.destroy();
      await dropMysqlDatabase(db);
    }
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
