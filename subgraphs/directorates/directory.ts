import type { DataSource } from "typeorm";
import { DirectorateCode } from "../../lib/domain/enums";
import { Directorate } from "./directorate.entity";

/** The order of the seed's contact list. */
const SEED_ORDER = Object.values(DirectorateCode);

/**
 * The seven directorates as this process wrote them at its start (seedDirectorates): nothing else writes the table,
 * so it is read once, and the public directory and every Complaint.directorate are answered from memory. A write
 * to the table added later must reload this (`Directory.read`) in every replica. The rows are shared by every request
 * (not frozen: Apollo's entity resolution marks each with its __typename).
 */
export class Directory {
  private readonly byCode: ReadonlyMap<DirectorateCode, Directorate>;

  private constructor(readonly all: readonly Directorate[]) {
    this.byCode = new Map(all.map((d) => [d.code, d]));
  }

  static async read(dataSource: DataSource): Promise<Directory> {
    const rows = await dataSource.getRepository(Directorate).find();
    rows.sort((a, b) => SEED_ORDER.indexOf(a.code) - SEED_ORDER.indexOf(b.code));
    return new Directory(rows);
  }

  get(code: DirectorateCode): Directorate | null {
    return this.byCode.get(code) ?? null;
  }
}
