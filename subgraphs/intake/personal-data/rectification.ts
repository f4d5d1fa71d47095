import type { DataSource } from "typeorm";
import type { Caller } from "../../../lib/auth/caller";
import { auditChange } from "../../../lib/audit/change-audit";
import { mayActForDirectorate } from "../../../lib/domain/handling";
import { missingWayToAnswer } from "../../../lib/domain/registration";
import { NO_LONGER_YOURS } from "../../../lib/domain/transitions";
import { refuseIf, stateRefusal } from "../../../lib/domain/refusal";
import { badInput, invalidField } from "../../../lib/errors";
import { fieldError } from "../../../lib/field-errors";
import { msg } from "../../../lib/i18n/message";
import type { Clock } from "../../../lib/platform/clock";
import { inTransaction, writeLock } from "../../../lib/platform/database";
import type { Complainant, ComplainantUpdateInput } from "../complainant.types";
import { Complaint } from "../complaint.entity";
import type { ComplaintQueries } from "../complaint.queries";
import { canonicalEmail } from "../email-confirmation/address-rules";
import type { EmailConfirmations } from "../email-confirmation/email-confirmation.service";
import { postUndeliverable, rerouteUnsentEmail } from "../letters/letter.rerouting";

type Editable = "name" | "organisation" | "email" | "phone" | "postalAddress";
const EDITABLE: Editable[] = ["name", "organisation", "email", "phone", "postalAddress"];

/**
 * Rectification (GDPR art. 16): the online complainant corrects their own data, the complaint's coordinator or the
 * central service corrects it on a written request. Later letters are written from the corrected data; a new
 * e-mail address of an online complaint is used once proven, as at filing (EmailConfirmations).
 */
export class Rectification {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly confirmations: Pick<EmailConfirmations, "onAddressChanged" | "routeFor">,
    private readonly queries: Pick<ComplaintQueries, "getVisible">,
  ) {}

  async update(caller: Caller, id: string, input: ComplainantUpdateInput): Promise<Complaint> {
    const changes = cleaned(input);
    // In the caller's scope: the owner, the complaint's coordinator, the central service; NOT_FOUND for anyone else.
    const seen = await this.queries.getVisible(caller, id);
    if (!seen.complainant?.name) refuseIf(stateRefusal(msg("rectification.anonymous")));
    const now = this.clock.now();
    await inTransaction(this.dataSource, async (m) => {
      const complaint = await m.findOneOrFail(Complaint, { where: { id }, lock: writeLock(m) });
      // A transfer that won meanwhile took it out of a coordinator's hands.
      if (!mayActForDirectorate(caller, complaint.directorate)) refuseIf(NO_LONGER_YOURS);
      const before = complaint.complainant;
      const after: Complainant = { ...before, ...changes };
      const missing = missingWayToAnswer(after);
      if (missing) throw invalidField(fieldError(missing, "CONTACT_REQUIRED", {}, msg("rectification.contactRequired")));
      await m.update(Complaint, { id }, { complainant: after });
      complaint.complainant = after;
      if (after.email !== before.email) {
        // Proven by the owner's identity or by a code sent to the new address, before anything goes there.
        await this.confirmations.onAddressChanged(m, caller, complaint);
        await rerouteUnsentEmail(m, id, await this.confirmations.routeFor(m, complaint), after.email, now);
      } else if (after.postalAddress) {
        await postUndeliverable(m, id);
      }
      await auditChange(m, id);
    });
    return this.dataSource.getRepository(Complaint).findOneByOrFail({ id });
  }
}

/** The fields given, trimmed; an e-mail address in its one stored form; refusals as field errors. */
function cleaned(input: ComplainantUpdateInput): Partial<Pick<Complainant, Editable>> {
  const given = EDITABLE.filter((field) => input[field] !== undefined);
  if (given.length === 0) throw badInput(msg("rectification.nothingGiven"));
  const out: Partial<Record<Editable, string | null>> = {};
  for (const field of given) out[field] = input[field]?.trim() || null;
  if ("name" in out && !out.name) throw invalidField(fieldError("name", "REQUIRED", {}, msg("rectification.nameRequired")));
  if (out.email) {
    const email = canonicalEmail(out.email);
    if (!email) throw invalidField(fieldError("email", "INVALID_EMAIL"));
    out.email = email;
  }
  return out as Partial<Pick<Complainant, Editable>>;
}
