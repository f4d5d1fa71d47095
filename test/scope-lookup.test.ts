import type { DataSource } from "typeorm";
import type { Caller } from "../lib/auth/caller";
import { scopeLookup, scopeQuery } from "../lib/auth/scope";
import { openDatabase } from "../lib/platform/database";
import { DirectorateCode } from "../lib/domain/enums";
import { ComplaintCase } from "../subgraphs/directorates/complaint-case.entity";
import { directoratesDatabase } from "../subgraphs/directorates/database";
import { freshDatabases, type TestDatabases } from "./helpers/databases";

describe("lookups by key in the caller's scope [sqlite]", () => {
  const coordinator: Caller = { sub: "c", role: "coordinator", directorate: DirectorateCode.ICT };
  let dbs: TestDatabases;
  let ds: DataSource;
  beforeAll(async () => {
    dbs = freshDatabases("sqlite");
    ds = await openDatabase(dbs.configs.directorates, directoratesDatabase);
  });
  afterAll(async () => {
    await ds.destroy();
    await dbs.drop();
  });

  const plan = async (scope: typeof scopeQuery) => {
    const qb = ds
      .getRepository(ComplaintCase)
      .createQueryBuilder("c")
      .where("c.complaintId IN (:...ids)", { ids: ["a", "b", "c"] });
    const [sql, params] = scope(qb, "c", coordinator).getQueryAndParameters();
    const rows = await ds.query<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, params);
    return rows.map((r) => r.detail).join(" | ");
  };

  it("find the rows by their primary key, not by scanning the directorate's index", async () => {
    expect(await plan(scopeQuery)).toContain("idx_case_directorate_received");
    expect(await plan(scopeLookup)).toMatch(/USING INDEX sqlite_autoindex_complaint_case_1 \(complaintId=\?\)/);
  });

  it("still return only the rows in scope", async () => {
    const base = { reference: "IBZ-2026-000001", ownerSub: null, receivedAt: new Date(), admissibility: "PENDING", withdrawn: false };
    await ds.getRepository(ComplaintCase).insert([
      { ...base, complaintId: "in", directorate: DirectorateCode.ICT },
      { ...base, complaintId: "out", directorate: DirectorateCode.CIVIL_SECURITY },
    ] as ComplaintCase[]);
    const qb = ds
      .getRepository(ComplaintCase)
      .createQueryBuilder("c")
      .where("c.complaintId IN (:...ids)", { ids: ["in", "out"] });
    expect((await scopeLookup(qb, "c", coordinator).getMany()).map((c) => c.complaintId)).toEqual(["in"]);
  });
});
