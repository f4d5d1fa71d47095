import type { DatabaseOptions } from "../../lib/database";
import { EVENT_ENTITIES } from "../../lib/events/event.entities";
import { ActionPlanItem } from "./action-plan-item.entity";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";
import { migrations } from "./migrations";

export const escalationDatabase: DatabaseOptions = {
  entities: [ComplaintFact, Escalation, ActionPlanItem, ...EVENT_ENTITIES],
  migrations,
};
