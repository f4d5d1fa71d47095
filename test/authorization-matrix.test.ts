import fs from "node:fs";
import { Kind, parse, type ObjectTypeDefinitionNode } from "graphql";
import type { Caller } from "../lib/auth/caller";
import type { ErrorCode } from "../lib/errors";
import { SUPERGRAPH_FILE } from "../runtime/stack";
import { FEDERAL_OMBUDSMAN } from "../subgraphs/escalation/ombudsman.types";
import { central, citizenOwner, coordinatorOther, coordinatorOwn, fileInput, otherCitizen } from "./helpers/callers";
import { codeSentTo } from "./helpers/personal-data";
import { DATABASE_KINDS } from "./helpers/databases";
import { procedure, snapshot, type Procedure } from "./helpers/procedure";
import { REASONED_ANSWER, answerInput, decisionInput } from "./helpers/reasoned";
import { START, codes, useTestStack } from "./helpers/stack";

/**
 * Every operation of contract.graphql × the six kinds of caller, through the
 * gateway over HTTP. The "covers every field" test fails when the supergraph
 * gains an operation without a row here.
 */
const WHO = ["anonymous", "owner", "otherCitizen", "coordinatorOwn", "coordinatorOther", "central"] as const;
type Who = (typeof WHO)[number];
const CALLERS: Record<Who, Caller | null> = {
  anonymous: null,
  owner: citizenOwner,
  otherCitizen,
  coordinatorOwn,
  coordinatorOther,
  central,
};

/** Fixtures made at START; every row runs later, at LATER. */
const LATER = "2026-03-02T10:00:00.000Z";
type Ref = { id: string; reference: string };
interface Fixtures {
  a: Ref; // the owner's complaint about the Immigration Office
  b: Ref; // the other citizen's complaint about ICT
  e: Ref & { escalationId: string }; // the owner's escalated complaint
  plan: { id: string }; // an Immigration Office action plan item
  mailDir: string; // where the letters and confirmation messages are written
  step: Procedure;
}
type Vars = Record<string, unknown>;
type Expectation = { allow: (value: any, vars: Vars, fx: Fixtures) => void } | { code: ErrorCode };

const allow = (check: (value: any, vars: Vars, fx: Fixtures) => void): Expectation => ({ allow: check });
const deny = (code: ErrorCode): Expectation => ({ code });
const UNAUTH = deny("UNAUTHENTICATED");
const FORBID = deny("FORBIDDEN");
const NOTFOUND = deny("NOT_FOUND");

interface Operation {
  field: string;
  document: string;
  /** Variables for one row; mutations get fresh state for every row. */
  vars: (fx: Fixtures) => Promise<Vars> | Vars;
  expect: Record<Who, Expectation>;
  /** The test's name when a field has more than one row. */
  label?: string;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const everyone = (e: Expectation) => Object.fromEntries(WHO.map((w) => [w, e])) as Record<Who, Expectation>;

const readComplaint = (c: Ref) => ({
  id: c.id,
  reference: c.reference,
  status: "RECEIVED",
  complainant: { name: "An Peeters", email: "an@example.be" },
  directorate: { code: "IMMIGRATION_OFFICE" },
  firstLine: { acknowledgedAt: null, acknowledgementOverdue: false },
  escalation: null,
});
const COMPLAINT_FIELDS =
  "id reference status complainant { name email } directorate { code } firstLine { acknowledgedAt acknowledgementOverdue } escalation { id }";
const readsA = allow((v, _vars, fx) => expect(v).toEqual(readComplaint(fx.a)));

/** An address the owner's identity does not vouch for, a new one per row (3 code messages per address a day). */
let addresses = 0;
const unconfirmed = () => ({ kind: "PERSON", name: "An Peeters", email: `an.${++addresses}@example.org` });
const OPERATIONS: Operation[] = [
  {
    field: "complaint",
    document: `query($id: ID!) { complaint(id: $id) { ${COMPLAINT_FIELDS} } }`,
    vars: (fx) => ({ id: fx.a.id }),
    expect: { anonymous: UNAUTH, owner: readsA, otherCitizen: NOTFOUND, coordinatorOwn: readsA, coordinatorOther: NOTFOUND, central: readsA },
  },
  {
    field: "complaintByReference",
    document: `query($r: String!) { complaintByReference(reference: $r) { ${COMPLAINT_FIELDS} } }`,
    vars: (fx) => ({ r: fx.a.reference }),
    expect: { anonymous: UNAUTH, owner: readsA, otherCitizen: NOTFOUND, coordinatorOwn: readsA, coordinatorOther: NOTFOUND, central: readsA },
  },
  {
    field: "myComplaints",
    document: `{ myComplaints { id complainant { name } } }`,
    vars: () => ({}),
    expect: {
      anonymous: UNAUTH,
      owner: allow((v: { id: string }[], _vars, fx) => {
        expect(ids(v)).toEqual(expect.arrayContaining([fx.a.id, fx.e.id]));
        expect(ids(v)).not.toContain(fx.b.id);
      }),
      otherCitizen: allow((v: { id: string }[], _vars, fx) => {
        expect(ids(v)).toContain(fx.b.id);
        expect(ids(v)).not.toEqual(expect.arrayContaining([fx.a.id]));
        expect(ids(v)).not.toEqual(expect.arrayContaining([fx.e.id]));
      }),
      coordinatorOwn: FORBID,
      coordinatorOther: FORBID,
      central: FORBID,
    },
  },
  {
    field: "myComplaintPage",
    document: `{ myComplaintPage(first: 100) { totalCount items { id complainant { name } } } }`,
    vars: () => ({}),
    expect: {
      anonymous: UNAUTH,
      owner: allow((v: { totalCount: number; items: { id: string }[] }, _vars, fx) => {
        expect(ids(v.items)).toEqual(expect.arrayContaining([fx.a.id, fx.e.id]));
        expect(ids(v.items)).not.toContain(fx.b.id);
        expect(v.totalCount).toBe(v.items.length);
      }),
      otherCitizen: allow((v: { totalCount: number; items: { id: string }[] }, _vars, fx) => {
        expect(ids(v.items)).toContain(fx.b.id);
        expect(ids(v.items)).not.toContain(fx.a.id);
        expect(ids(v.items)).not.toContain(fx.e.id);
        expect(v.totalCount).toBe(v.items.length);
      }),
      coordinatorOwn: FORBID,
      coordinatorOther: FORBID,
      central: FORBID,
    },
  },
  {
    field: "complaints",
    // Only the fixtures were received in [START, LATER).
    document: `query($f: ComplaintFilter) { complaints(filter: $f, first: 100) { totalCount items { id complainant { name } } } }`,
    vars: () => ({ f: { receivedFrom: START, receivedTo: LATER } }),
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      coordinatorOwn: allow((v, _vars, fx) => expect({ n: v.totalCount, ids: ids(v.items) }).toEqual({ n: 2, ids: [fx.a.id, fx.e.id].sort() })),
      coordinatorOther: allow((v, _vars, fx) => expect({ n: v.totalCount, ids: ids(v.items) }).toEqual({ n: 1, ids: [fx.b.id] })),
      central: allow((v, _vars, fx) => expect({ n: v.totalCount, ids: ids(v.items) }).toEqual({ n: 3, ids: [fx.a.id, fx.b.id, fx.e.id].sort() })),
    },
  },
  {
    field: "fileComplaint",
    document: `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { reference status channel complainant { name } } }`,
    vars: () => ({ i: fileInput() }),
    expect: {
      anonymous: UNAUTH,
      owner: allow((v) =>
        expect(v).toEqual({
          reference: expect.stringMatching(/^IBZ-2026-\d{6}$/),
          status: "RECEIVED",
          channel: "ONLINE_FORM",
          complainant: { name: "An Peeters" },
        }),
      ),
      otherCitizen: allow((v) => expect(v.status).toBe("RECEIVED")),
      coordinatorOwn: FORBID,
      coordinatorOther: FORBID,
      central: FORBID,
    },
  },
  {
    field: "registerComplaint",
    document: `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { channel status receivedAt directorate { code } complainant { name } } }`,
    vars: () => ({
      i: {
        channel: "POST",
        receivedAt: "2026-02-27T00:00:00.000Z",
        complainant: { kind: "PERSON", name: "Piet Claes", postalAddress: "Wetstraat 1, 1000 Brussel" },
        category: "OFFICIAL_CONDUCT",
        directorate: "IMMIGRATION_OFFICE",
        subject: "Rude at the counter",
        description: "The official at the counter refused to listen.",
        language: "NL",
      },
    }),
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      coordinatorOwn: allow((v) =>
        expect(v).toEqual({
          channel: "POST",
          status: "RECEIVED",
          receivedAt: "2026-02-27T00:00:00.000Z",
          directorate: { code: "IMMIGRATION_OFFICE" },
          complainant: { name: "Piet Claes" },
        }),
      ),
      coordinatorOther: FORBID,
      central: allow((v) => expect(v.directorate).toEqual({ code: "IMMIGRATION_OFFICE" })),
    },
  },
  {
    field: "screenComplaint",
    document: `mutation($id: ID!) { screenComplaint(id: $id, admissible: true) { id admissibility status } }`,
    vars: async (fx) => ({ id: (await fx.step.filed()).id }),
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      coordinatorOwn: allow((v, vars) => expect(v).toEqual({ id: vars.id, admissibility: "ADMISSIBLE", status: "RECEIVED" })),
      coordinatorOther: NOTFOUND,
      central: allow((v, vars) => expect(v).toEqual({ id: vars.id, admissibility: "ADMISSIBLE", status: "RECEIVED" })),
    },
  },
  {
    field: "rescreenComplaint",
    document: `mutation($id: ID!) { rescreenComplaint(id: $id, admissible: true, note: "A federal matter after all.") { id admissibility status } }`,
    vars: async (fx) => {
      const { id } = await fx.step.filed();
      await fx.step.screen(id, false, "OUTSIDE_COMPETENCE", "Regional matter.", central);
      return { id };
    },
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      coordinatorOwn: FORBID,
      coordinatorOther: FORBID,
      central: allow((v, vars) => expect(v).toEqual({ id: vars.id, admissibility: "ADMISSIBLE", status: "RECEIVED" })),
    },
  },
  {
    field: "transferComplaint",
    document: `mutation($id: ID!) { transferComplaint(id: $id, to: ICT, note: "About the online portal") { id directorate { code } } }`,
    vars: async (fx) => ({ id: (await fx.step.filed()).id }),
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      coordinatorOwn: allow((v, vars) => expect(v).toEqual({ id: vars.id, directorate: { code: "ICT" } })),
      coordinatorOther: NOTFOUND,
      central: allow((v, vars) => expect(v).toEqual({ id: vars.id, directorate: { code: "ICT" } })),
    },
  },
  {
    field: "withdrawComplaint",
    document: `mutation($id: ID!) { withdrawComplaint(id: $id) { id status } }`,
    vars: async (fx) => ({ id: (await fx.step.filed()).id }),
    expect: {
      anonymous: UNAUTH,
      owner: allow((v, vars) => expect(v).toEqual({ id: vars.id, status: "WITHDRAWN" })),
      otherCitizen: NOTFOUND,
      coordinatorOwn: FORBID,
      coordinatorOther: FORBID,
      central: FORBID,
    },
  },
  {
    field: "erasePersonalData",
    document: `mutation($id: ID!) { erasePersonalData(complaintId: $id, reason: { ground: LEGAL_OBLIGATION, explanation: "Court order of 2 March" }) { id subject personalDataErasedAt } }`,
    vars: async (fx) => ({ id: (await fx.step.filed()).id }),
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      coordinatorOwn: FORBID,
      coordinatorOther: FORBID,
      central: allow((v, vars) => expect(v).toEqual({ id: vars.id, subject: "", personalDataErasedAt: LATER })),
    },
  },
  {
    field: "requestEmailConfirmation",
    document: `mutation($id: ID!) { requestEmailConfirmation(complaintId: $id) { id } }`,
    vars: async (fx) => ({ id: (await fx.step.filed({ complainant: unconfirmed() })).id }),
    expect: {
      anonymous: UNAUTH,
      owner: allow((v, vars) => expect(v).toEqual({ id: vars.id })),
      otherCitizen: NOTFOUND,
      coordinatorOwn: FORBID,
      coordinatorOther: FORBID,
      central: FORBID,
    },
  },
  {
    field: "confirmEmail",
    document: `mutation($id: ID!, $code: String!) { confirmEmail(complaintId: $id, code: $code) { id } }`,
    vars: async (fx) => {
      const complainant = unconfirmed();
      const { id } = await fx.step.filed({ complainant });
      return { id, code: codeSentTo(fx.mailDir, complainant.email) };
    },
    expect: {
      anonymous: UNAUTH,
      owner: allow((v, vars) => expect(v).toEqual({ id: vars.id })),
      otherCitizen: NOTFOUND,
      coordinatorOwn: FORBID,
      coordinatorOther: FORBID,
      central: FORBID,
    },
  },
  {
    field: "updateComplainant",
    document: `mutation($id: ID!, $input: ComplainantUpdateInput!) { updateComplainant(complaintId: $id, input: $input) { id complainant { name phone } } }`,
    vars: async (fx) => ({ id: (await fx.step.filed()).id, input: { phone: "+32 470 12 34 56" } }),
    expect: (() => {
      const corrects = allow((v, vars) => expect(v).toEqual({ id: vars.id, complainant: { name: "An Peeters", phone: "+32 470 12 34 56" } }));
      return { anonymous: UNAUTH, owner: corrects, otherCitizen: NOTFOUND, coordinatorOwn: corrects, coordinatorOther: NOTFOUND, central: corrects } as const;
    })(),
  },
  {
    field: "personalDataExport",
    document: `query($id: ID!) { personalDataExport(complaintId: $id) { complaintId document } }`,
    vars: (fx) => ({ id: fx.a.id }),
    expect: (() => {
      const copies = allow((v, vars) => {
        expect(v.complaintId).toBe(vars.id);
        expect(v.document.intake.complaint).toMatchObject({ id: vars.id, complainant: { name: "An Peeters" } });
        expect(Object.keys(v.document).sort()).toEqual(["accessLog", "complaintId", "directorates", "escalation", "generatedAt", "intake", "reference"]);
      });
      return { anonymous: UNAUTH, owner: copies, otherCitizen: NOTFOUND, coordinatorOwn: FORBID, coordinatorOther: FORBID, central: copies } as const;
    })(),
  },
  {
    field: "flagSpecialCategories",
    document: `mutation($id: ID!) { flagSpecialCategories(complaintId: $id, categories: [HEALTH], reason: "Medical certificate") { id specialCategories { categories reason } } }`,
    vars: async (fx) => ({ id: (await fx.step.filed()).id }),
    expect: (() => {
      const flags = allow((v, vars) => expect(v).toEqual({ id: vars.id, specialCategories: { categories: ["HEALTH"], reason: "Medical certificate" } }));
      return { anonymous: UNAUTH, owner: FORBID, otherCitizen: FORBID, coordinatorOwn: flags, coordinatorOther: NOTFOUND, central: flags } as const;
    })(),
  },
  {
    field: "markLetterPosted",
    document: `mutation($id: ID!, $at: DateTime!) { markLetterPosted(letterId: $id, postedAt: $at) { id delivery postedAt } }`,
    vars: async (fx) => ({ id: (await fx.step.paperLetter()).letter.id, at: LATER }),
    expect: (() => {
      const posts = allow((v, vars) => expect(v).toEqual({ id: vars.id, delivery: "PAPER", postedAt: LATER }));
      return { anonymous: UNAUTH, owner: FORBID, otherCitizen: FORBID, coordinatorOwn: posts, coordinatorOther: NOTFOUND, central: posts } as const;
    })(),
  },
  {
    field: "privacyNotice",
    document: `{ privacyNotice(language: FR) { language rights { right } } }`,
    vars: () => ({}),
    expect: everyone(
      allow((v) =>
        expect(v).toEqual({ language: "FR", rights: ["ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "COMPLAINT"].map((right) => ({ right })) }),
      ),
    ),
  },
  {
    field: "directorates",
    document: `{ directorates { code } }`,
    vars: () => ({}),
    expect: everyone(allow((v: { code: string }[]) => expect(v.map((d) => d.code)).toContain("IMMIGRATION_OFFICE"))),
  },
  {
    field: "directorate",
    document: `{ directorate(code: ICT) { code name(language: FR) } }`,
    vars: () => ({}),
    expect: everyone(allow((v) => expect(v).toEqual({ code: "ICT", name: expect.stringMatching(/ICT/) }))),
  },
  {
    field: "acknowledgeComplaint",
    document: `mutation($id: ID!) { acknowledgeComplaint(complaintId: $id) { acknowledgedAt acknowledgementOverdue } }`,
    vars: async (fx) => ({ id: (await fx.step.filed()).id }),
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      coordinatorOwn: allow((v) => expect(v).toEqual({ acknowledgedAt: LATER, acknowledgementOverdue: false })),
      coordinatorOther: NOTFOUND,
      central: FORBID,
    },
  },
  {
    field: "answerComplaint",
    document: `mutation($id: ID!, $input: AnswerInput!) { answerComplaint(complaintId: $id, input: $input) { answeredAt answer outcome } }`,
    vars: async (fx) => ({ id: (await fx.step.admissible()).id, input: answerInput("PARTLY_FOUNDED") }),
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      coordinatorOwn: allow((v) => expect(v).toEqual({ answeredAt: LATER, answer: REASONED_ANSWER, outcome: "PARTLY_FOUNDED" })),
      coordinatorOther: NOTFOUND,
      central: FORBID,
    },
  },
  {
    field: "escalations",
    document: `{ escalations { id complaint { id complainant { name } } } }`,
    vars: () => ({}),
    expect: {
      anonymous: UNAUTH,
      owner: allow((v, _vars, fx) => expect(v).toContainEqual({ id: fx.e.escalationId, complaint: { id: fx.e.id, complainant: { name: "An Peeters" } } })),
      otherCitizen: allow((v) => expect(v).toEqual([])),
      coordinatorOwn: allow((v, _vars, fx) =>
        expect(v).toContainEqual({ id: fx.e.escalationId, complaint: { id: fx.e.id, complainant: { name: "An Peeters" } } }),
      ),
      coordinatorOther: allow((v) => expect(v).toEqual([])),
      central: allow((v, _vars, fx) => expect(v).toContainEqual({ id: fx.e.escalationId, complaint: { id: fx.e.id, complainant: { name: "An Peeters" } } })),
    },
  },
  {
    field: "escalationPage",
    document: `{ escalationPage(first: 100) { totalCount items { id complaint { id complainant { name } } } } }`,
    vars: () => ({}),
    expect: {
      anonymous: UNAUTH,
      owner: allow((v, _vars, fx) =>
        expect(v.items).toContainEqual({ id: fx.e.escalationId, complaint: { id: fx.e.id, complainant: { name: "An Peeters" } } }),
      ),
      otherCitizen: allow((v) => expect(v).toEqual({ totalCount: 0, items: [] })),
      coordinatorOwn: allow((v, _vars, fx) =>
        expect(v.items).toContainEqual({ id: fx.e.escalationId, complaint: { id: fx.e.id, complainant: { name: "An Peeters" } } }),
      ),
      coordinatorOther: allow((v) => expect(v).toEqual({ totalCount: 0, items: [] })),
      central: allow((v, _vars, fx) =>
        expect(v.items).toContainEqual({ id: fx.e.escalationId, complaint: { id: fx.e.id, complainant: { name: "An Peeters" } } }),
      ),
    },
  },
  {
    field: "escalation",
    document: `query($id: ID!) { escalation(id: $id) { id status reason complaint { id } } }`,
    vars: (fx) => ({ id: fx.e.escalationId }),
    expect: (() => {
      const reads = allow((v, _vars, fx) =>
        expect(v).toEqual({ id: fx.e.escalationId, status: "REQUESTED", reason: "The answer ignores my second letter.", complaint: { id: fx.e.id } }),
      );
      return { anonymous: UNAUTH, owner: reads, otherCitizen: NOTFOUND, coordinatorOwn: reads, coordinatorOther: NOTFOUND, central: reads } as const;
    })(),
  },
  {
    field: "ombudsman",
    document: `{ ombudsman { name phone } }`,
    vars: () => ({}),
    expect: everyone(allow((v) => expect(v).toEqual({ name: FEDERAL_OMBUDSMAN.name, phone: FEDERAL_OMBUDSMAN.phone }))),
  },
  {
    field: "requestEscalation",
    document: `mutation($id: ID!) { requestEscalation(complaintId: $id, reason: "Not satisfied") { status reason complaint { id } } }`,
    vars: async (fx) => ({ id: (await fx.step.answered()).id }),
    expect: {
      anonymous: UNAUTH,
      owner: allow((v, vars) => expect(v).toEqual({ status: "REQUESTED", reason: "Not satisfied", complaint: { id: vars.id } })),
      otherCitizen: NOTFOUND,
      coordinatorOwn: FORBID,
      coordinatorOther: FORBID,
      // Issue 15 §2: the central service records a request the complainant made by post, fax or e-mail.
      central: allow((v, vars) => expect(v).toEqual({ status: "REQUESTED", reason: "Not satisfied", complaint: { id: vars.id } })),
    },
  },
  {
    field: "decideEscalation",
    document: `mutation($id: ID!, $input: DecisionInput!) { decideEscalation(id: $id, input: $input) { id status outcome decidedAt } }`,
    vars: async (fx) => ({ id: (await fx.step.escalated()).escalationId, input: decisionInput("UNFOUNDED") }),
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      coordinatorOwn: FORBID,
      coordinatorOther: FORBID,
      central: allow((v, vars) => expect(v).toEqual({ id: vars.id, status: "DECIDED", outcome: "UNFOUNDED", decidedAt: LATER })),
    },
  },
];

const REPORT = "year byDirectorate { directorate { code } } actionPlan { id }";
const reportCovers = (codes: string[], seesPlan: boolean) =>
  allow((v, _vars, fx) => {
    expect(v.year).toBe(2026);
    expect(v.byDirectorate.map((d: { directorate: { code: string } }) => d.directorate.code).sort()).toEqual([...codes].sort());
    expect(ids(v.actionPlan).includes(fx.plan.id)).toBe(seesPlan);
  });
const ALL_DIRECTORATES = [
  "CENTRAL_SERVICES",
  "CIVIL_SECURITY",
  "SECURITY_AND_PREVENTION",
  "INSTITUTIONS_AND_POPULATION",
  "CRISIS_CENTRE",
  "IMMIGRATION_OFFICE",
  "ICT",
];
const centralOnly = (check: Expectation): Record<Who, Expectation> => ({ ...everyone(FORBID), anonymous: UNAUTH, central: check });

OPERATIONS.push(
  {
    field: "annualReport",
    document: `{ annualReport(year: 2026) { ${REPORT} } }`,
    vars: () => ({}),
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      coordinatorOwn: reportCovers(["IMMIGRATION_OFFICE"], true),
      coordinatorOther: reportCovers(["ICT"], false),
      central: reportCovers(ALL_DIRECTORATES, true),
    },
  },
  {
    field: "addActionPlanItem",
    document: `mutation($i: ActionPlanItemInput!) { addActionPlanItem(year: 2026, input: $i) { title done directorate { code } relatedComplaints { id } } }`,
    vars: (fx) => ({ i: { directorate: "IMMIGRATION_OFFICE", title: "Train the counter staff", relatedComplaintIds: [fx.a.id] } }),
    expect: centralOnly(
      allow((v, _vars, fx) =>
        expect(v).toEqual({ title: "Train the counter staff", done: false, directorate: { code: "IMMIGRATION_OFFICE" }, relatedComplaints: [{ id: fx.a.id }] }),
      ),
    ),
  },
  {
    field: "completeActionPlanItem",
    document: `mutation($id: ID!) { completeActionPlanItem(id: $id) { id done } }`,
    vars: async (fx) => ({ id: (await fx.step.planItem()).id }),
    expect: centralOnly(allow((v, vars) => expect(v).toEqual({ id: vars.id, done: true }))),
  },
  {
    field: "annualReportDraft",
    document: `{ annualReportDraft(year: 2026) { ${REPORT} publication { version } } }`,
    vars: () => ({}),
    expect: centralOnly(reportCovers(ALL_DIRECTORATES, true)),
  },
  {
    // Issue 17 §2: 2030, so the 2026 report the other rows read stays live.
    field: "publishAnnualReport",
    document: `mutation { publishAnnualReport(year: 2030, note: "Approved") { year version note publishedByRole publishedBy } }`,
    vars: () => ({}),
    expect: centralOnly(
      allow((v) => expect(v).toEqual({ year: 2030, version: 1, note: "Approved", publishedByRole: "central-service", publishedBy: central.sub })),
    ),
  },
  {
    // Issue 17 §3: the gateway's GET /reports/annual/<year> is tested in annual-report-document.
    field: "annualReportLink",
    document: `{ annualReportLink(year: 2026, language: FR) { url csvUrl } }`,
    vars: () => ({}),
    expect: {
      ...everyone(allow((v) => expect(v.url).toMatch(/^\/reports\/annual\/2026\?language=fr&link=/))),
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
    },
  },
  {
    field: "annualReportVersions",
    document: `{ annualReportVersions(year: 2031) { version } }`,
    vars: () => ({}),
    expect: { ...everyone(allow((v) => expect(v).toEqual([]))), anonymous: UNAUTH, owner: FORBID, otherCitizen: FORBID },
  },
  {
    field: "setActionPlanItemStatus",
    document: `mutation($id: ID!) { setActionPlanItemStatus(id: $id, status: IN_PROGRESS) { id status done } }`,
    vars: async (fx) => ({ id: (await fx.step.planItem()).id }),
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      // The item is the Immigration Office's: its coordinator may move it; ICT's coordinator does not see it.
      coordinatorOwn: allow((v, vars) => expect(v).toEqual({ id: vars.id, status: "IN_PROGRESS", done: false })),
      coordinatorOther: NOTFOUND,
      central: allow((v, vars) => expect(v).toEqual({ id: vars.id, status: "IN_PROGRESS", done: false })),
    },
  },
  {
    field: "addActionPlanProgressNote",
    document: `mutation($id: ID!) { addActionPlanProgressNote(id: $id, text: "Training given to two teams") { id progressNotes { text byRole } } }`,
    vars: async (fx) => ({ id: (await fx.step.planItem()).id }),
    expect: {
      anonymous: UNAUTH,
      owner: FORBID,
      otherCitizen: FORBID,
      coordinatorOwn: allow((v, vars) => expect(v).toEqual({ id: vars.id, progressNotes: [{ text: "Training given to two teams", byRole: "coordinator" }] })),
      coordinatorOther: NOTFOUND,
      central: allow((v, vars) => expect(v).toEqual({ id: vars.id, progressNotes: [{ text: "Training given to two teams", byRole: "central-service" }] })),
    },
  },
  {
    field: "auditTrail",
    document: `query($id: ID!) { auditTrail(complaintId: $id) { complaintId complaint { action what actorSub actorRole } firstLine { action } escalation { action } } }`,
    vars: (fx) => ({ id: fx.a.id }),
    expect: centralOnly(
      allow((v, _vars, fx) => {
        expect(v.complaintId).toBe(fx.a.id);
        expect(v.complaint).toContainEqual({ action: "CHANGE", what: "fileComplaint", actorSub: citizenOwner.sub, actorRole: "citizen" });
        expect(Array.isArray(v.firstLine) && Array.isArray(v.escalation)).toBe(true);
      }),
    ),
  },
);

// What the UI may ask of the API: who the caller is, and what they may do with a complaint (lib/domain/capabilities.ts).
const actionsOf = (c: (fx: Fixtures) => Ref) => ({
  field: "complaint",
  label: "complaint.allowedActions",
  document: `query($id: ID!) { complaint(id: $id) { allowedActions } }`,
  vars: (fx: Fixtures) => ({ id: c(fx).id }),
});
const actions = (list: string[]) => allow((v) => expect(v).toEqual({ allowedActions: list }));
OPERATIONS.push(
  {
    field: "viewer",
    document: `{ viewer { sub role directorate { code } name locale } }`,
    vars: () => ({}),
    expect: {
      anonymous: allow((v) => expect(v).toBeNull()),
      owner: allow((v) => expect(v).toEqual({ sub: citizenOwner.sub, role: "CITIZEN", directorate: null, name: "An Peeters", locale: null })),
      otherCitizen: allow((v) => expect(v).toEqual({ sub: otherCitizen.sub, role: "CITIZEN", directorate: null, name: "Jan Janssens", locale: null })),
      coordinatorOwn: allow((v) =>
        expect(v).toEqual({ sub: coordinatorOwn.sub, role: "COORDINATOR", directorate: { code: "IMMIGRATION_OFFICE" }, name: null, locale: null }),
      ),
      coordinatorOther: allow((v) =>
        expect(v).toEqual({ sub: coordinatorOther.sub, role: "COORDINATOR", directorate: { code: "ICT" }, name: null, locale: null }),
      ),
      central: allow((v) => expect(v).toEqual({ sub: central.sub, role: "CENTRAL_SERVICE", directorate: null, name: null, locale: null })),
    },
  },
  {
    // A received complaint, not screened, not overdue.
    ...actionsOf((fx) => fx.a),
    expect: {
      anonymous: UNAUTH,
      owner: actions(["WITHDRAW"]),
      otherCitizen: NOTFOUND,
      coordinatorOwn: actions(["ACKNOWLEDGE", "SCREEN", "TRANSFER"]),
      coordinatorOther: NOTFOUND,
      central: actions(["SCREEN", "TRANSFER"]),
    },
  },
  {
    // Answered and escalated: only the central service's decision is left.
    ...actionsOf((fx) => fx.e),
    expect: {
      anonymous: UNAUTH,
      owner: actions([]),
      otherCitizen: NOTFOUND,
      coordinatorOwn: actions([]),
      coordinatorOther: NOTFOUND,
      central: actions(["DECIDE_ESCALATION"]),
    },
  },
);

const rows = OPERATIONS.flatMap((op) => WHO.map((who) => [op.label ?? op.field, who, op] as const));

describe.each(DATABASE_KINDS)("authorization matrix through the gateway [%s]", (kind) => {
  const t = useTestStack(kind);
  let fx: Fixtures;
  beforeAll(async () => {
    const step = procedure(t);
    const a = await step.filed();
    const b = await step.filed({ directorate: "ICT", complainant: { kind: "PERSON", name: "Jan Janssens", email: "jan@example.be" } }, otherCitizen);
    const e = await step.escalated();
    fx = { a, b, e, plan: await step.planItem(), step, mailDir: t.config.mail.dir };
    t.clock.set(LATER);
  });

  it("has a row for every Query and Mutation field of the supergraph", () => {
    const doc = parse(fs.readFileSync(SUPERGRAPH_FILE, "utf8"));
    const roots = doc.definitions.filter(
      (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && ["Query", "Mutation"].includes(d.name.value),
    );
    const fields = roots.flatMap((r) => (r.fields ?? []).map((f) => f.name.value));
    expect([...new Set(OPERATIONS.map((o) => o.field))].sort()).toEqual(fields.sort());
  });

  it.each(rows)("%s as %s", async (_name, who, op) => {
    const vars = await op.vars(fx);
    const expected = op.expect[who];
    const denied = "code" in expected;
    const before = denied && op.document.startsWith("mutation") ? await snapshot(t) : undefined;
    const r = await t.query(op.document, vars, CALLERS[who]);
    if ("code" in expected) {
      expect(codes(r)).toEqual([expected.code]);
      expect(r.data?.[op.field] ?? null).toBeNull();
      if (before) expect(await snapshot(t)).toEqual(before);
    } else {
      expect(r.errors).toBeUndefined();
      expected.allow(r.data?.[op.field], vars, fx);
    }
  });

  it("a transfer moves the complaint out of the old coordinator's scope and into the new one's", async () => {
    const { id } = await fx.step.filed();
    const moved = await t.query(`mutation($id: ID!) { transferComplaint(id: $id, to: ICT, note: "Portal") { id } }`, { id }, coordinatorOwn);
    expect(moved.data).toEqual({ transferComplaint: { id } });
    await t.settle();
    const read = `query($id: ID!) { complaint(id: $id) { id firstLine { acknowledgedAt } } }`;
    expect(codes(await t.query(read, { id }, coordinatorOwn))).toEqual(["NOT_FOUND"]);
    expect((await t.query(read, { id }, coordinatorOther)).data).toEqual({ complaint: { id, firstLine: { acknowledgedAt: null } } });
    // The first line tells the directorate it left that it is no longer in its hands (issue 13 §2); it still cannot read it.
    const ack = await t.query(`mutation($id: ID!) { acknowledgeComplaint(complaintId: $id) { acknowledgedAt } }`, { id }, coordinatorOwn);
    expect(codes(ack)).toEqual(["CONFLICT"]);
  });

  it("a coordinator gets the same NOT_FOUND for another directorate's complaint as for one that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const id of [fx.a.id, missing]) {
      const read = await t.query(`query($id: ID!) { complaint(id: $id) { id } }`, { id }, coordinatorOther);
      expect(codes(read)).toEqual(["NOT_FOUND"]);
      expect(read.errors![0].message).toBe(`No complaint ${id}`);
      const r = await t.query(`mutation($id: ID!) { screenComplaint(id: $id, admissible: true) { id } }`, { id }, coordinatorOther);
      expect(codes(r)).toEqual(["NOT_FOUND"]);
      const ack = await t.query(`mutation($id: ID!) { acknowledgeComplaint(complaintId: $id) { acknowledgedAt } }`, { id }, coordinatorOther);
      expect(codes(ack)).toEqual(["NOT_FOUND"]);
    }
  });
});
