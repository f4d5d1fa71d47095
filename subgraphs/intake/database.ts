import type { DatabaseOptions } from "../../lib/database";
import { EVENT_ENTITIES } from "../../lib/events/event.entities";
import { Complaint } from "./complaint.entity";
import { Letter } from "./letters/letter.entity";
import { ReferenceCounter } from "./reference-counter.entity";
import { StatusChange } from "./status-change.entity";
import { migrations } from "./migrations";

export const intakeDatabase: DatabaseOptions = {
  entities: [Complaint, StatusChange, ReferenceCounter, Letter, ...EVENT_ENTITIES],
  migrations,
};
