import DataLoader from "dataloader";
import type { RequestContext } from "../../lib/graphql/context";
import type { ComplaintCase } from "./complaint-case.entity";
import type { FirstLineService } from "./first-line.service";

export interface DirectoratesContext extends RequestContext {
  loaders: {
    /** Cases visible to the caller, by complaint id (null when absent or out of scope). */
    caseById: DataLoader<string, ComplaintCase | null>;
  };
}

export function directoratesContext(base: RequestContext, firstLine: FirstLineService): DirectoratesContext {
  return {
    ...base,
    loaders: {
      caseById: new DataLoader(async (ids) => {
        const cases = await firstLine.casesFor(base.caller, ids);
        return ids.map((id) => cases.get(id) ?? null);
      }),
    },
  };
}
