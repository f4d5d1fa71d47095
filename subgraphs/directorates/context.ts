import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import type { DirectorateCode } from "../../lib/domain/enums";
import type { RequestContext } from "../../lib/graphql/context";
import type { ComplaintCase } from "./complaint-case.entity";
import { Directorate } from "./directorate.entity";
import type { FirstLineService } from "./first-line.service";

export interface DirectoratesContext extends RequestContext {
  loaders: {
    directorate: DataLoader<DirectorateCode, Directorate | null>;
    /** Cases visible to the caller, by complaint id (null when absent or out of scope). */
    caseById: DataLoader<string, ComplaintCase | null>;
  };
}

export function directoratesContext(base: RequestContext, dataSource: DataSource, firstLine: FirstLineService): DirectoratesContext {
  return {
    ...base,
    loaders: {
      directorate: new DataLoader(async (codes) => {
        const rows = await dataSource.getRepository(Directorate).findBy({ code: In([...codes]) });
        const byCode = new Map(rows.map((d) => [d.code, d]));
        return codes.map((code) => byCode.get(code) ?? null);
      }),
      caseById: new DataLoader(async (ids) => {
        const cases = await firstLine.casesFor(base.caller, ids);
        return ids.map((id) => cases.get(id) ?? null);
      }),
    },
  };
}
