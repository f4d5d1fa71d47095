import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { RequestContext } from "../../lib/graphql/context";
import type { Complaint } from "./complaint.entity";
import type { ComplaintQueries } from "./complaint.queries";
import type { Letter } from "./letters/letter.entity";
import { lettersByComplaint } from "./letters/letter.queries";
import type { StatusChange } from "./status-change.entity";

export interface IntakeContext extends RequestContext {
  loaders: {
    /** Complaints by id within the caller's scope (null outside it): one query per batch. */
    complaint: DataLoader<string, Complaint | null>;
    timeline: DataLoader<string, StatusChange[]>;
    letters: DataLoader<string, Letter[]>;
  };
  /**
   * Complaints this request's transfer moved out of the caller's scope. The
   * service found each in that scope before changing it, so the object the
   * mutation returns is still the caller's to see: that object, nothing else.
   */
  transferredOut: WeakSet<Complaint>;
}

export function intakeContext(base: RequestContext, complaints: ComplaintQueries, dataSource: DataSource): IntakeContext {
  const { caller } = base;
  return {
    ...base,
    loaders: {
      complaint: new DataLoader(async (ids) => {
        if (!caller) return ids.map(() => null);
        const found = await complaints.findVisibleMany(caller, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
      timeline: new DataLoader(async (ids) => {
        const byId = await complaints.timelines(ids);
        return ids.map((id) => byId.get(id) ?? []);
      }),
      letters: new DataLoader(async (ids) => {
        const byId = await lettersByComplaint(dataSource, ids);
        return ids.map((id) => byId.get(id) ?? []);
      }),
    },
    transferredOut: new WeakSet(),
  };
}
