import type { DataSource } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import { DirectorateCode } from "../../lib/domain/enums";
import { conflict, notFound } from "../../lib/errors";
import { msg } from "../../lib/i18n/message";
import type { Clock } from "../../lib/platform/clock";
import { inTransaction, isDuplicateKeyError } from "../../lib/platform/database";
import { FOD_SCOPE, ReportPublication, ReportSnapshot } from "./report-publication.entity";
import type { ReportService } from "./report.service";
import type { AnnualReport } from "./report.types";
import type { ActionPlanItem, ActionProgressNote } from "./action-plan-item.entity";

/** An action as a published version keeps it: with its progress notes of then. */
export type FrozenItem = ActionPlanItem & { progressNotes?: ActionProgressNote[] };

/** Simultaneous publications of one year each take the next free version; past this many collisions one gives up (CONFLICT). */
const PUBLISH_ATTEMPTS = 8;

/** The part of a published report a caller reads: the whole FOD for the central service, a coordinator's own directorate. */
export function snapshotScope(caller: Caller): string {
  return caller.role === "coordinator" && caller.directorate ? caller.directorate : FOD_SCOPE;
}

/** A report as read back from its snapshot, with the publication it belongs to. */
export type PublishedReport = AnnualReport & { publication: ReportPublication };

/**
 * Published versions of the annual report: `publish` freezes what the report service computes now,
 * for the FOD and for each directorate as its coordinator sees it; `published` reads a version back.
 */
export class ReportPublications {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly reports: ReportService,
  ) {}

  async publish(caller: Caller, year: number, note: string): Promise<ReportPublication> {
    this.reports.assertYear(year);
    // Frozen with the figures: the actions' progress notes, and what had become of last year's actions, when it was published.
    const withNotes = (items: ActionPlanItem[]): Promise<FrozenItem[]> =>
      Promise.all(items.map(async (item) => ({ ...item, progressNotes: await this.reports.notes(item.id) })));
    const live = async (as: Caller): Promise<AnnualReport> => {
      const report = await this.reports.annualReport(as, year);
      return { ...report, actionPlan: await withNotes(report.actionPlan), lastYearActions: await withNotes(await this.reports.actionPlan(as, year - 1)) };
    };
    const parts: [string, AnnualReport][] = [[FOD_SCOPE, await live(caller)]];
    for (const code of Object.values(DirectorateCode)) parts.push([code, await live({ sub: caller.sub, role: "coordinator", directorate: code })]);
    const bodies = parts.map(([scope, report]) => ({ scope, report: JSON.stringify({ ...report, publication: undefined }) }));
    for (let attempt = 0; attempt < PUBLISH_ATTEMPTS; attempt++) {
      try {
        return await inTransaction(this.dataSource, async (m) => {
          const latest = await m.getRepository(ReportPublication).maximum("version", { year });
          const publication = m.getRepository(ReportPublication).create({
            year,
            version: (latest ?? 0) + 1,
            publishedAt: this.clock.now(),
            note: note.trim(),
            publishedByRole: caller.role,
            publishedBy: caller.sub,
          });
          // The primary key (year, version) lets one of two simultaneous publications have a version; the other counts again.
          await m.getRepository(ReportPublication).insert(publication);
          await m.getRepository(ReportSnapshot).insert(bodies.map((b) => ({ year, version: publication.version, ...b })));
          return publication;
        });
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
      }
    }
    throw conflict(msg("report.publishBusy"), { reason: "CONCURRENT_PUBLICATION" });
  }

  /** The latest published version of the caller's part, else the live figures (publication null). */
  async current(caller: Caller, year: number, version?: number | null): Promise<AnnualReport> {
    return (await this.published(caller, year, version)) ?? { ...(await this.reports.annualReport(caller, year)), publication: null };
  }

  /** The year before `report`, published or live as `current` gives it; null inside a previousYear (one level) and before 2000. */
  async previousYear(caller: Caller, report: AnnualReport): Promise<AnnualReport | null> {
    if (report.nested || report.year - 1 < 2000) return null;
    return { ...(await this.current(caller, report.year - 1)), nested: true };
  }

  /** Oldest first. */
  versions(year: number): Promise<ReportPublication[]> {
    this.reports.assertYear(year);
    return this.dataSource.getRepository(ReportPublication).find({ where: { year }, order: { version: "ASC" } });
  }

  /** The caller's part of version `version` (the latest when omitted); null when the year has none published. NOT_FOUND for an unknown version. */
  async published(caller: Caller, year: number, version?: number | null): Promise<PublishedReport | null> {
    this.reports.assertYear(year);
    const repo = this.dataSource.getRepository(ReportPublication);
    const publication =
      version === undefined || version === null ? await repo.findOne({ where: { year }, order: { version: "DESC" } }) : await repo.findOneBy({ year, version });
    if (!publication) {
      if (version === undefined || version === null) return null;
      throw notFound(msg("report.versionNotFound", { year, version }));
    }
    const snapshot = await this.dataSource.getRepository(ReportSnapshot).findOneByOrFail({ year, version: publication.version, scope: snapshotScope(caller) });
    // Instants come back as ISO strings, which the DateTime scalar serializes as they are.
    return { ...(JSON.parse(snapshot.report) as AnnualReport), publication };
  }
}
