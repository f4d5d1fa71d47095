import { SecondLine1796057088578 } from "./1796057088578-SecondLine";
import { LongTexts1796051853054 } from "./1796051853054-LongTexts";
import { AuditTrail1795728839999 } from "./1795728839999-AuditTrail";
import { Initial1795726856968 } from "./1795726856968-Initial";
/** MySQL migrations, oldest first (generated with `npm run migration:generate`). */
export const migrations = [Initial1795726856968, AuditTrail1795728839999, LongTexts1796051853054, SecondLine1796057088578];
