import { assembleSubgraph, type Subgraph, type SubgraphDeps } from "../../lib/platform/subgraph";
import { createMailTransport } from "./letters/mail";
import { combineHandlers } from "../../lib/events/consumer";
import { AuditTrailQuery, intakeAudit, intakeTrail } from "./audit";
import { Complaint } from "./complaint.entity";
import { ComplaintResolver, complaintReferenceResolver } from "./complaint.resolver";
import { ComplaintActionsResolver, ViewerResolver } from "./capabilities.resolver";
import { ComplaintQueries } from "./complaint.queries";
import { ComplaintService } from "./complaint.service";
import { intakeContext } from "./context";
import { fromDirectorates, fromEscalation } from "./events";
import { LetterDispatcher } from "./letters/letter.dispatcher";
import { LetterResolver } from "./letters/letter.resolver";
import { LetterPosting } from "./letters/letter.posting";
import { LetterTemplates } from "./letters/letter.templates";
import { LetterWriter } from "./letters/letter.writer";
import { mailQueueMetrics } from "./letters/mail-queue.metrics";
import { Letter } from "./letters/letter.entity";
import { postalFallback } from "./letters/letter.fallback";
import { ConfirmationMessage } from "./email-confirmation/email-confirmation.entity";
import { EmailConfirmationResolver } from "./email-confirmation/email-confirmation.resolver";
import { EmailConfirmations } from "./email-confirmation/email-confirmation.service";
import { permissions } from "./permissions";
import { FirstLineRelease } from "./transfer";
import { containerOf } from "../../lib/graphql/container";
import { PersonalDataErasure } from "./personal-data/erasure";
import { ErasureResolver } from "./personal-data/erasure.resolver";
import { RetentionWatch } from "./personal-data/retention.watch";
import { PrivacyNoticeResolver } from "./privacy/privacy.resolver";
import { PersonalDataResolver } from "./personal-data/personal-data.resolver";
import { Rectification } from "./personal-data/rectification";
import { AccessCopy } from "./personal-data/access-copy";
import { AccessCopyResolver, accessCopyReferenceResolver } from "./personal-data/access-copy.resolver";
import { PersonalDataExport } from "./personal-data/access-copy.types";
import { SpecialCategoryResolver } from "./personal-data/special-category.resolver";
import { SpecialCategoryFlags } from "./personal-data/special-category.service";

/** The intake subgraph: owns Complaint and the letters to complainants. Built, not listening. */
export function createIntakeSubgraph(deps: SubgraphDeps): Promise<Subgraph> {
  const templates = LetterTemplates.load();
  const confirmations = new EmailConfirmations(deps.dataSource, deps.clock, templates);
  const queries = new ComplaintQueries(deps.dataSource, deps.clock);
  const firstLine = new FirstLineRelease(deps.tokens, () => deps.feedUrl("directorates"), deps.log);
  const complaints = new ComplaintService(deps.dataSource, deps.clock, confirmations, queries, deps.quotas.filingsPerDay, deps.calendar, firstLine);
  const letters = new LetterWriter(templates, deps.clock, confirmations, deps.privacy);
  if (deps.production && deps.retention.years === undefined) {
    deps.log.warn("RETENTION_YEARS is not set: no complaint's personal data is erased by age; set it from the FOD's approved archive selection list");
  }
  const erasure = new PersonalDataErasure(deps.dataSource, deps.clock, deps.procedure.escalationWindowDays, deps.mail.smtpUrl ? null : deps.mail.dir);
  const dispatcher = (outbox?: { entity: typeof ConfirmationMessage; name: string }) =>
    new LetterDispatcher({
      dataSource: deps.dataSource,
      transport: createMailTransport(deps.mail),
      clock: deps.clock,
      log: deps.log,
      pollMs: deps.mail.pollMs,
      retryMs: deps.mail.retryMs,
      claimMs: deps.mail.claimMs,
      outbox,
      giveUp: outbox ? undefined : { maxAttempts: deps.mail.maxEmailAttempts, handle: postalFallback(deps.dataSource, deps.clock) },
    });
  mailQueueMetrics(deps.metrics, deps.dataSource, deps.clock, { letter: Letter, confirmation: ConfirmationMessage });
  return assembleSubgraph(deps, {
    name: "intake",
    schema: {
      resolvers: [
        ComplaintResolver,
        ComplaintActionsResolver,
        ViewerResolver,
        LetterResolver,
        EmailConfirmationResolver,
        AuditTrailQuery,
        intakeTrail.AuditTrailResolver,
        ErasureResolver,
        PrivacyNoticeResolver,
        PersonalDataResolver,
        AccessCopyResolver,
        SpecialCategoryResolver,
      ],
      orphanedTypes: [Complaint, intakeTrail.AuditTrail, PersonalDataExport],
      referenceResolvers: { ...complaintReferenceResolver, ...intakeTrail.referenceResolver, ...accessCopyReferenceResolver },
      container: containerOf(
        new ComplaintResolver(complaints, queries),
        new ComplaintActionsResolver(deps.clock, { calendar: deps.calendar, escalationWindowDays: deps.procedure.escalationWindowDays }),
        new ViewerResolver(),
        new LetterResolver(new LetterPosting(deps.dataSource, deps.clock, queries)),
        new EmailConfirmationResolver(confirmations),
        new AuditTrailQuery(deps.dataSource),
        new intakeTrail.AuditTrailResolver(deps.dataSource),
        new ErasureResolver(erasure, queries),
        new PrivacyNoticeResolver(deps.privacy),
        new PersonalDataResolver(new Rectification(deps.dataSource, deps.clock, confirmations, queries)),
        new AccessCopyResolver(new AccessCopy(deps.dataSource, deps.clock, queries)),
        new SpecialCategoryResolver(new SpecialCategoryFlags(deps.dataSource, deps.clock, queries)),
      ),
      permissions,
      audit: intakeAudit,
    },
    context: (base) => intakeContext(base, queries, deps.dataSource),
    // Filing, registration and e-mail confirmation depend on intake's own data; screening, transfer and withdrawal on the status the peers move.
    ownFactsOnly: ["fileComplaint", "registerComplaint", "confirmEmail", "requestEmailConfirmation", "updateComplainant"],
    consumes: {
      intake: letters.ownEvents,
      directorates: combineHandlers(fromDirectorates, letters.peerEvents),
      escalation: combineHandlers(fromEscalation, letters.peerEvents),
    },
    workers: [
      dispatcher(),
      dispatcher({ entity: ConfirmationMessage, name: "confirmation" }),
      new RetentionWatch(erasure, deps.clock, deps.retention.years, deps.log, deps.retention.intervalMs),
    ],
  });
}
