import { Kind, parse, type OperationDefinitionNode } from "graphql";
import type { Caller } from "../lib/auth/caller";
import { createClient, type Client } from "../operations/client";
import * as documents from "../operations/generated/graphql";
import { TypedDocumentString } from "../operations/generated/graphql";
import { central, citizenOwner, coordinatorOwn, fileInput, otherCitizen, paperInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { REASONED_ANSWER, REASONED_DECISION } from "./helpers/reasoned";
import { checkResult } from "./helpers/result-shape";
import { codeIn, mailTo, startSmtp, type TestSmtp } from "./helpers/smtp";
import { startTestStack, type TestStack } from "./helpers/stack";

const operationName = (document: { toString(): string }) =>
  parse(document.toString()).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)?.name?.value ?? "";

/** Every operation of operations/, by name. */
const ALL_OPERATIONS = (Object.values(documents) as unknown[])
  .filter((value) => value instanceof TypedDocumentString)
  .map((value) => operationName(value as TypedDocumentString<unknown, unknown>))
  .filter((name) => name !== "")
  .sort();

describe.each(DATABASE_KINDS)(
  "the screens' typed operations (operations/) through the gateway, each result valid for its operation and the schema [%s]",
  (kind) => {
    let smtp: TestSmtp;
    let t: TestStack;
    const ran = new Set<string>();
    beforeAll(async () => {
      smtp = await startSmtp();
      t = await startTestStack(kind, { env: { SMTP_URL: smtp.url } });
    });
    afterAll(async () => {
      await t.stop();
      await smtp.close();
    });

    const client = (as: Caller | null, language?: string): Client => createClient({ url: `${t.url}/`, token: async () => (as ? t.token(as) : null), language });

    /** Runs one operation with the shipped client; fails on any error or any result the operation cannot have. */
    async function run<R, V>(c: Client, document: TypedDocumentString<R, V>, variables: V): Promise<R> {
      const response = await c.execute(document, variables);
      expect({ operation: operationName(document), errors: response.errors ?? [] }).toEqual({ operation: operationName(document), errors: [] });
      const { problems, echoed } = checkResult(String(document), variables as Record<string, unknown>, response.data);
      expect({ operation: operationName(document), problems }).toEqual({ operation: operationName(document), problems: [] });
      expect(echoed).toEqual(response.data);
      ran.add(operationName(document));
      return response.data as R;
    }

    it("public, citizen, coordinator and central-service screens: file and follow, inbox, acknowledge, screen, answer, transfer, escalate, decide, report", async () => {
      const anonymous = client(null, "fr");
      const directorates = await run(anonymous, documents.DirectoratesDocument, { language: "FR" });
      expect(directorates.directorates).toHaveLength(7);
      const dvz = directorates.directorates.find((d) => d.code === "IMMIGRATION_OFFICE");
      expect(dvz?.name).toBe("Direction générale Office des étrangers");
      expect((await run(anonymous, documents.OmbudsmanDocument, {})).ombudsman.phone).toMatch(/\d/);
      expect((await run(anonymous, documents.ViewerDocument, {})).viewer).toBeNull();
      expect((await run(client(coordinatorOwn), documents.ViewerDocument, {})).viewer).toMatchObject({
        role: "COORDINATOR",
        directorate: { code: "IMMIGRATION_OFFICE" },
      });

      const citizen = client(citizenOwner);
      const filed = (await run(citizen, documents.FileComplaintDocument, { input: fileInput() as documents.FileComplaintInput })).fileComplaint;
      expect(filed).toMatchObject({ status: "RECEIVED", directorate: { code: "IMMIGRATION_OFFICE" }, emailAddressConfirmed: true });
      const mine = (await run(citizen, documents.MyComplaintsDocument, { first: 10 })).myComplaintPage;
      expect(mine.items.map((c) => c.id)).toEqual([filed.id]);
      await t.settle();

      const coordinator = client(coordinatorOwn);
      const inbox = (await run(coordinator, documents.InboxDocument, { filter: { status: ["RECEIVED"] } })).complaints;
      expect(inbox.items.find((c) => c.id === filed.id)?.allowedActions).toEqual(expect.arrayContaining(["ACKNOWLEDGE", "SCREEN", "TRANSFER"]));
      expect((await run(coordinator, documents.AcknowledgeComplaintDocument, { complaintId: filed.id })).acknowledgeComplaint.acknowledgedAt).not.toBeNull();
      await t.settle();
      const screened = (await run(coordinator, documents.ScreenComplaintDocument, { id: filed.id, admissible: true })).screenComplaint;
      expect(screened.admissibility).toBe("ADMISSIBLE");
      await t.settle();
      const answered = (
        await run(coordinator, documents.AnswerComplaintDocument, { complaintId: filed.id, input: { answer: REASONED_ANSWER, outcome: "UNFOUNDED" } })
      ).answerComplaint;
      expect(answered.outcome).toBe("UNFOUNDED");
      await t.settle();

      const escalation = (await run(citizen, documents.RequestEscalationDocument, { complaintId: filed.id, reason: "The answer does not address my letters." }))
        .requestEscalation;
      expect(escalation.status).toBe("REQUESTED");
      await t.settle();

      const centralService = client(central);
      const requested = (await run(centralService, documents.EscalationsDocument, { status: "REQUESTED" })).escalationPage;
      expect(requested.items.map((e) => [e.id, e.complaint.id])).toEqual([[escalation.id, filed.id]]);
      const decided = (
        await run(centralService, documents.DecideEscalationDocument, { id: escalation.id, input: { decision: REASONED_DECISION, outcome: "UNFOUNDED" } })
      ).decideEscalation;
      expect(decided.status).toBe("DECIDED");
      await t.settle();

      const registered = (await run(coordinator, documents.RegisterComplaintDocument, { input: paperInput() as documents.RegisterComplaintInput }))
        .registerComplaint;
      expect(registered.channel).toBe("POST");
      await t.settle();
      const transferred = (await run(coordinator, documents.TransferComplaintDocument, { id: registered.id, to: "ICT", note: "About the ICT helpdesk." }))
        .transferComplaint;
      expect(transferred.directorate.code).toBe("ICT");

      // A paper complaint screened inadmissible; the complainant asks by post for a review, which the central service records, then corrects the screening.
      const paper = (
        await run(coordinator, documents.RegisterComplaintDocument, {
          input: paperInput({ subject: "Refused at the counter" }) as documents.RegisterComplaintInput,
        })
      ).registerComplaint;
      await t.settle();
      await run(coordinator, documents.ScreenComplaintDocument, { id: paper.id, admissible: false, reason: "OUTSIDE_COMPETENCE", note: "A municipal matter." });
      await t.settle();
      const review = (
        await run(centralService, documents.RecordEscalationRequestDocument, {
          complaintId: paper.id,
          reason: "Letter of the complainant: the Immigration Office is federal.",
        })
      ).requestEscalation;
      expect({ review: review.review, status: review.status }).toEqual({ review: true, status: "REQUESTED" });
      const rescreened = (
        await run(centralService, documents.RescreenComplaintDocument, { id: paper.id, admissible: true, note: "The Immigration Office is a federal service." })
      ).rescreenComplaint;
      expect({ status: rescreened.status, admissibility: rescreened.admissibility }).toEqual({ status: "RECEIVED", admissibility: "ADMISSIBLE" });
      await t.settle();

      const second = (await run(citizen, documents.FileComplaintDocument, { input: fileInput({ subject: "A second matter" }) as documents.FileComplaintInput }))
        .fileComplaint;
      expect((await run(citizen, documents.WithdrawComplaintDocument, { id: second.id })).withdrawComplaint.status).toBe("WITHDRAWN");
      await t.settle();

      const followed = (await run(citizen, documents.FollowComplaintDocument, { id: filed.id })).complaint;
      expect(followed?.status).toBe("CLOSED");
      expect(followed?.allowedActions).toEqual([]);
      expect(followed?.letters.map((l) => l.kind)).toEqual(expect.arrayContaining(["ACKNOWLEDGEMENT", "FIRST_LINE_ANSWER", "ESCALATION_DECISION"]));

      const report = (await run(centralService, documents.AnnualReportDocument, { year: 2026 })).annualReport;
      expect(report.totals.received).toBe(4);
      const link = (await run(centralService, documents.AnnualReportLinkDocument, { year: 2026, language: "FR" })).annualReportLink;
      expect(link.url).toMatch(/^\/reports\/annual\/2026\?language=fr&link=/);
      const html = await fetch(new URL(link.url, t.url));
      expect({ status: html.status, type: html.headers.get("content-type") }).toEqual({ status: 200, type: expect.stringMatching(/^text\/html/) });
      expect(await html.text()).toMatch(/2026/);
      const item = (
        await run(centralService, documents.AddActionPlanItemDocument, {
          year: 2026,
          input: { title: "Answer letters within a week", directorate: "IMMIGRATION_OFFICE" },
        })
      ).addActionPlanItem;
      expect((await run(centralService, documents.CompleteActionPlanItemDocument, { id: item.id })).completeActionPlanItem.done).toBe(true);
      const trail = (await run(centralService, documents.AuditTrailDocument, { complaintId: filed.id })).auditTrail;
      expect(trail.complaint.length).toBeGreaterThan(0);
    });

    it("the e-mail confirmation screen: a citizen without a verified address asks for a code and confirms with it", async () => {
      const address = `jo.${kind}@example.org`;
      const citizen = client(otherCitizen);
      const filed = (
        await run(citizen, documents.FileComplaintDocument, {
          input: fileInput({ complainant: { kind: "PERSON", name: "Jo Maes", email: address } }) as documents.FileComplaintInput,
        })
      ).fileComplaint;
      expect(filed.emailAddressConfirmed).toBe(false);
      // The filing's own code goes out first, so the new code is the one that arrives after it (a new code replaces the old).
      await t.settle();
      const sent = mailTo(smtp, address).length;
      await run(citizen, documents.RequestEmailConfirmationDocument, { complaintId: filed.id });
      await t.settle();
      expect(mailTo(smtp, address)).toHaveLength(sent + 1);
      const code = codeIn(mailTo(smtp, address)[sent]);
      expect(code).toMatch(/^\d{6}$/);
      expect((await run(citizen, documents.ConfirmEmailDocument, { complaintId: filed.id, code: code! })).confirmEmail.emailAddressConfirmed).toBe(true);
    });

    it("the personal data screens: privacy notice, correcting one's own details, staff correcting a complainant's, the access copy, the special-category flag", async () => {
      const notice = (await run(client(null, "de"), documents.PrivacyNoticeDocument, { language: "DE" })).privacyNotice;
      expect(notice.rights.map((r) => r.right)).toEqual(["ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "COMPLAINT"]);
      const owner = client(citizenOwner);
      const filed = (await run(owner, documents.FileComplaintDocument, { input: fileInput() as documents.FileComplaintInput })).fileComplaint;
      const mine = await run(owner, documents.CorrectMyDetailsDocument, { complaintId: filed.id, input: { phone: "+32 470 00 11 22" } });
      expect(mine.updateComplainant.complainant?.phone).toBe("+32 470 00 11 22");
      const staff = await run(client(coordinatorOwn), documents.CorrectComplainantDocument, { complaintId: filed.id, input: { name: "An Peeters-Claes" } });
      expect(staff.updateComplainant.complainant?.name).toBe("An Peeters-Claes");
      const copy = (await run(owner, documents.MyPersonalDataDocument, { complaintId: filed.id })).personalDataExport;
      expect((copy.document.intake as { complaint: { id: string } }).complaint.id).toBe(filed.id);
      const forLetter = (await run(client(central), documents.PersonalDataExportDocument, { complaintId: filed.id })).personalDataExport;
      expect(forLetter.complaintId).toBe(filed.id);
      const flagged = await run(client(coordinatorOwn), documents.FlagSpecialCategoriesDocument, {
        complaintId: filed.id,
        categories: ["HEALTH"],
        reason: "Medical certificate attached",
      });
      expect(flagged.flagSpecialCategories.specialCategories?.categories).toEqual(["HEALTH"]);
      const erased = await run(client(central), documents.ErasePersonalDataDocument, {
        complaintId: filed.id,
        reason: { ground: "OBJECTION_UPHELD", explanation: "Objection of 2 March upheld" },
      });
      expect({ name: erased.erasePersonalData.complainant?.name ?? null, erased: erased.erasePersonalData.personalDataErasedAt !== null }).toEqual({
        name: null,
        erased: true,
      });
    });

    it("every operation in operations/ ran above", () => {
      expect([...ran].sort()).toEqual(ALL_OPERATIONS);
    });
  },
);
