import DataLoader from "dataloader";
import type { RequestContext } from "../../lib/graphql/context";
import type { ComplaintFact } from "./complaint-fact.entity";
import type { Escalation } from "./escalation.entity";
import type { EscalationService } from "./escalation.service";

export interface EscalationContext extends RequestContext {
  loaders: {
    /** Facts the caller may see, by complaint id. */
    fact: DataLoader<string, ComplaintFact | null>;
    /** Escalation of a complaint, by complaint id. */
    escalationOfComplaint: DataLoader<string, Escalation | null>;
    /** Escalations in the caller's scope, by id. */
    escalation: DataLoader<string, Escalation | null>;
  };
}

export function escalationContext(base: RequestContext, escalations: EscalationService): EscalationContext {
  return {
    ...base,
    loaders: {
      fact: new DataLoader(async (ids) => {
        const facts = await escalations.factsFor(base.caller, ids);
        return ids.map((id) => facts.get(id) ?? null);
      }),
      escalationOfComplaint: new DataLoader(async (ids) => {
        const found = await escalations.byComplaint(ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
      escalation: new DataLoader(async (ids) => {
        const found = await escalations.visibleByIds(base.caller, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
    },
  };
}
