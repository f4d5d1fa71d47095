import { ServiceTokens } from "../lib/auth/service-tokens";
import { SUBGRAPHS, type SubgraphName } from "../lib/config";
import { OutboxEvent } from "../lib/events/event.entities";
import { ComplaintCase } from "../subgraphs/directorates/complaint-case.entity";
import { ActionPlanItem } from "../subgraphs/escalation/action-plan-item.entity";
import { Escalation } from "../subgraphs/escalation/escalation.entity";
import { Complaint } from "../subgraphs/intake/complaint.entity";
import { StatusChange } from "../subgraphs/intake/status-change.entity";
import { central, citizenOwner, coordinatorOwn, fileInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ANSWER, DECIDE_ESCALATION, REGISTER, REQUEST_ESCALATION, SCREEN, TRANSFER, ok, paperInput, procedure } from "./helpers/procedure";
import { REASONED_ANSWER, REASONED_DECISION, answerInput, decisionInput } from "./helpers/reasoned";
import { startTestStack, type TestStack } from "./helpers/stack";

interface Reply {
  status: number;
  text: string;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** What a development-mode error must not show for a client's mistake: a stack or a subgraph's address. */
const INTERNALS = /stacktrace|https?:\/\/127\.0\.0\.1|\/work\/|node_modules/;

/** One of each kind of character refused everywhere (lib/graphql/text.ts). */
const REFUSED_EVERYWHERE: [string, string][] = [
  ["NUL", "\u0000"],
  ["BEL", "\u0007"],
  ["ESC", "\u001B"],
  ["DEL", "\u007F"],
  ["C1 NEL", "\u0085"],
  ["left-to-right embedding", "\u202A"],
  ["right-to-left override", "\u202E"],
  ["left-to-right isolate", "\u2066"],
  ["pop directional isolate", "\u2069"],
  ["a lone carriage return", "\r"],
];
/** Refused in single-line fields only. */
const LINE_BREAKS: [string, string][] = [
  ["line feed", "\n"],
  ["CRLF", "\r\n"],
  ["tab", "\t"],
  ["line separator", "\u2028"],
];

describe.each(DATABASE_KINDS)("client mistakes are 4xx, never 5xx, development mode [%s]", (kind) => {
  let t: TestStack;
  let subgraphCalls = 0;
  let unscreened: { id: string };
  let unanswered: { id: string; reference: string };
  let answered: { id: string };
  let escalationId: string;

  beforeAll(async () => {
    t = await startTestStack(kind);
    for (const name of SUBGRAPHS) t.stack.subgraphs[name].subgraph.httpServer.on("request", () => subgraphCalls++);
    const p = procedure(t);
    unscreened = await p.file();
    unanswered = await p.admissible();
    const toEscalate = await p.admissible();
    await p.answer(toEscalate.id);
    await t.settle();
    answered = await p.admissible();
    await p.answer(answered.id);
    await t.settle();
    escalationId = (await p.requestEscalation(toEscalate.id)).id;
    await t.settle();
  });
  afterAll(() => t.stop());

  async function send(url: string, init: RequestInit = {}): Promise<Reply> {
    const res = await fetch(url, init);
    const text = await res.text();
    let body: Reply["body"] = {};
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: the assertions on status and text still hold.
    }
    return { status: res.status, text, body };
  }
  const post = async (payload: unknown, as: Parameters<TestStack["token"]>[0] | null = central) =>
    send(`${t.url}/`, {
      method: "POST",
      // The assertions below read the English messages.
      headers: { "content-type": "application/json", "accept-language": "en", ...(as ? { authorization: `Bearer ${await t.token(as)}` } : {}) },
      body: JSON.stringify(payload),
    });
  const get = async (params: Record<string, string>) =>
    send(`${t.url}/?${new URLSearchParams(params)}`, {
      headers: { "apollo-require-preflight": "1", "accept-language": "en", authorization: `Bearer ${await t.token(central)}` },
    });
  const outcome = (r: Reply) => ({ status: r.status, code: r.body.errors?.[0]?.extensions?.code, data: r.body.data ?? null });
  /** Runs `request` and asserts that no subgraph received anything meanwhile. */
  const atGateway = async (request: () => Promise<Reply>) => {
    const before = subgraphCalls;
    const r = await request();
    expect(subgraphCalls).toBe(before);
    return r;
  };
  /** Everything a refused mutation could have changed, read straight from the three databases. */
  const state = async () => {
    const db = (name: SubgraphName) => t.stack.subgraphs[name].dataSource;
    const ids = [unscreened.id, unanswered.id, answered.id];
    return {
      complaints: await db("intake").getRepository(Complaint).count(),
      targets: await db("intake")
        .getRepository(Complaint)
        .find({ where: ids.map((id) => ({ id })), order: { id: "ASC" } }),
      statusChanges: await db("intake").getRepository(StatusChange).count(),
      cases: await db("directorates")
        .getRepository(ComplaintCase)
        .find({ where: ids.map((complaintId) => ({ complaintId })), order: { complaintId: "ASC" } }),
      escalations: await db("escalation")
        .getRepository(Escalation)
        .find({ order: { id: "ASC" } }),
      actionPlan: await db("escalation").getRepository(ActionPlanItem).count(),
      events: await Promise.all(SUBGRAPHS.map((name) => db(name).getRepository(OutboxEvent).count())),
    };
  };

  describe("operation resolution", () => {
    const TWO = "query A { ombudsman { name } } query B { directorates { code } }";

    it.each([
      ["an operationName that names no operation", { query: TWO, operationName: "C" }, /Unknown operation named "C"/],
      ["an operationName for a document with one anonymous operation", { query: "{ ombudsman { name } }", operationName: "A" }, /Unknown operation named "A"/],
      ["several operations and no operationName", { query: TWO }, /several operations: name the one to run in operationName/],
    ])("%s: 400 OPERATION_RESOLUTION_FAILURE over POST and GET, no subgraph called", async (_label, payload, message) => {
      const params = Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, String(v)]));
      for (const r of [await atGateway(() => post(payload)), await atGateway(() => get(params))]) {
        expect(outcome(r)).toEqual({ status: 400, code: "OPERATION_RESOLUTION_FAILURE", data: null });
        expect(r.body.errors![0].message).toMatch(message);
        expect(r.text).not.toMatch(INTERNALS);
      }
    });

    it("two anonymous operations: 400 GRAPHQL_VALIDATION_FAILED over POST and GET", async () => {
      const query = "{ ombudsman { name } } { directorates { code } }";
      for (const r of [await atGateway(() => post({ query })), await atGateway(() => get({ query }))]) {
        expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", data: null });
        expect(r.text).not.toMatch(INTERNALS);
      }
    });

    it("two mutations and a wrong operationName: 400, nothing filed", async () => {
      const before = await state();
      const query = `mutation A($i: FileComplaintInput!) { fileComplaint(input: $i) { id } } mutation B($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`;
      const r = await atGateway(() => post({ query, variables: { i: fileInput() }, operationName: "C" }, citizenOwner));
      expect(outcome(r)).toEqual({ status: 400, code: "OPERATION_RESOLUTION_FAILURE", data: null });
      expect(await state()).toEqual(before);
    });

    it("a batch holding such an operation is refused as a batch: 400 BAD_REQUEST", async () => {
      const r = await atGateway(() => post([{ query: TWO, operationName: "C" }]));
      expect(outcome(r)).toEqual({ status: 400, code: "BAD_REQUEST", data: null });
    });

    it("the operation named among several runs (POST and GET)", async () => {
      for (const r of [await post({ query: TWO, operationName: "B" }), await get({ query: TWO, operationName: "B" })]) {
        expect(r.status).toBe(200);
        expect(r.body.errors).toBeUndefined();
        expect(r.body.data!.directorates).toHaveLength(7);
      }
    });
  });

  describe("DateTime", () => {
    const FILTER = "query($d: DateTime) { complaints(filter: { receivedFrom: $d }) { totalCount } }";
    const BAD: [string, unknown, RegExp][] = [
      ["a date only (a date picker)", "2026-11-02", /date without a time: a full ISO 8601 date-time with seconds and a time-zone offset is required/],
      ["a year past 9999", "+275760-09-13T00:00:00Z", /between the years 1000 and 9999/],
      ["month 13, day 45", "2026-13-45T00:00:00Z", /names no existing date and time/],
      ["30 February", "2026-02-30T10:00:00Z", /names no existing date and time/],
      ["no offset", "2026-11-02T10:00:00", /not a valid date-time/],
      ["no seconds (datetime-local)", "2026-11-02T10:00", /not a valid date-time/],
      ["an empty string", "", /not a valid date-time/],
      ["a year before 1000", "0999-12-31T23:59:59Z", /between the years 1000 and 9999/],
    ];

    it.each(BAD)("%s as a variable: 400 BAD_USER_INPUT naming the variable, no subgraph called, no internals", async (_label, value, message) => {
      const r = await atGateway(() => post({ query: FILTER, variables: { d: value } }));
      expect(outcome(r)).toEqual({ status: 400, code: "BAD_USER_INPUT", data: null });
      expect(r.body.errors![0].message).toMatch(/^Variable "\$d" got invalid value/);
      expect(r.body.errors![0].message).toMatch(message);
      expect(r.text).not.toMatch(INTERNALS);
    });

    it.each(BAD)("%s as a literal: 400 BAD_USER_INPUT, no subgraph called, no internals", async (_label, value, message) => {
      const r = await atGateway(() => post({ query: `{ complaints(filter: { receivedFrom: ${JSON.stringify(value)} }) { totalCount } }` }));
      expect(outcome(r)).toEqual({ status: 400, code: "BAD_USER_INPUT", data: null });
      expect(r.body.errors![0].message).toMatch(message);
      expect(r.text).not.toMatch(INTERNALS);
    });

    it.each([
      ["a number", 1_796_000_000_000, "1796000000000"],
      ["a boolean", true, "true"],
      ["an object", { year: 2026 }, "{ year: 2026 }"],
    ])("%s: 400 BAD_USER_INPUT as a variable and as a literal", async (_label, variable, literal) => {
      const asVariable = await atGateway(() => post({ query: FILTER, variables: { d: variable } }));
      const asLiteral = await atGateway(() => post({ query: `{ complaints(filter: { receivedFrom: ${literal} }) { totalCount } }` }));
      for (const r of [asVariable, asLiteral]) expect(outcome(r)).toEqual({ status: 400, code: "BAD_USER_INPUT", data: null });
      expect(asVariable.body.errors![0].message).toMatch(/^Variable "\$d" got invalid value .*DateTime must be a string/);
    });

    it("receivedAt of a paper complaint as a date only: refused naming $input.receivedAt, nothing registered", async () => {
      const before = await state();
      const r = await atGateway(() => post({ query: REGISTER, variables: { input: paperInput({ receivedAt: "2026-02-25" }) } }, coordinatorOwn));
      expect(outcome(r)).toEqual({ status: 400, code: "BAD_USER_INPUT", data: null });
      expect(r.body.errors![0].message).toMatch(/^Variable "\$input" got invalid value "2026-02-25" at "input.receivedAt"; .*full ISO 8601 date-time/);
      expect(await state()).toEqual(before);
    });

    it("a full date-time with an offset is accepted and means that instant", async () => {
      const r = await post({ query: REGISTER, variables: { input: paperInput({ receivedAt: "2026-02-25T10:15:30.5+01:00" }) } }, coordinatorOwn);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data!.registerComplaint.receivedAt).toBe("2026-02-25T09:15:30.500Z");
      const filtered = await post({ query: FILTER, variables: { d: "2026-02-25T09:15:30.500Z" } });
      expect(filtered.body.data!.complaints.totalCount).toBeGreaterThanOrEqual(1);
    });

    describe("the subgraphs refuse them too (defense in depth)", () => {
      const direct = async (name: SubgraphName, query: string, variables: Record<string, unknown> = {}) => {
        const gateway = await ServiceTokens.load(t.config.serviceKeysDir, "gateway", { generate: false });
        return send(`${t.stack.subgraphs[name].url}/`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${await gateway.sign(name, central)}` },
          body: JSON.stringify({ query, variables }),
        });
      };

      it.each(BAD.map(([label, value]) => [label, value]))(
        "%s sent straight to intake: BAD_USER_INPUT as a variable and as a literal",
        async (_label, value) => {
          const asVariable = await direct("intake", FILTER, { d: value });
          const asLiteral = await direct("intake", `{ complaints(filter: { receivedFrom: ${JSON.stringify(value)} }) { totalCount } }`);
          for (const r of [asVariable, asLiteral]) {
            expect(outcome(r)).toEqual({ status: 400, code: "BAD_USER_INPUT", data: null });
            expect(r.text).not.toMatch(INTERNALS);
          }
        },
      );

      it("a date-only dueAt sent straight to escalation: BAD_USER_INPUT, no action plan item", async () => {
        const before = await state();
        const r = await direct("escalation", `mutation($d: DateTime) { addActionPlanItem(year: 2026, input: { title: "Faster answers", dueAt: $d }) { id } }`, {
          d: "2026-12-31",
        });
        expect(outcome(r)).toEqual({ status: 400, code: "BAD_USER_INPUT", data: null });
        expect(await state()).toEqual(before);
      });
    });
  });

  describe("control and bidirectional-override characters", () => {
    interface Target {
      label: string;
      field: string;
      kind: "single-line" | "multi-line";
      /** Sends the mutation (or query) with `text` in the field under test. */
      send(text: string): Promise<Reply>;
    }
    const file = (override: Record<string, unknown>) =>
      post({ query: `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, variables: { i: fileInput(override) } }, citizenOwner);
    const register = (override: Record<string, unknown>) => post({ query: REGISTER, variables: { input: paperInput(override) } }, coordinatorOwn);
    const person = (extra: Record<string, unknown>) => ({ complainant: { kind: "PERSON", name: "An Peeters", email: "an@example.be", ...extra } });
    const TARGETS: Target[] = [
      { label: "fileComplaint", field: "subject", kind: "single-line", send: (s) => file({ subject: `Subject ${s} here` }) },
      { label: "fileComplaint", field: "complainant.name", kind: "single-line", send: (s) => file(person({ name: `An ${s}Peeters` })) },
      { label: "fileComplaint", field: "complainant.organisation", kind: "single-line", send: (s) => file(person({ organisation: `ACME ${s}NV` })) },
      { label: "fileComplaint", field: "complainant.email", kind: "single-line", send: (s) => file(person({ email: `an${s}@example.be` })) },
      { label: "fileComplaint", field: "description", kind: "multi-line", send: (s) => file({ description: `I wrote ${s}three times.` }) },
      { label: "fileComplaint", field: "desiredOutcome", kind: "multi-line", send: (s) => file({ desiredOutcome: `An answer ${s}please.` }) },
      {
        label: "fileComplaint",
        field: "appealRoute",
        kind: "multi-line",
        send: (s) => file({ concernsDecisionWithAppealRoute: true, appealRoute: `Raad van State ${s}` }),
      },
      { label: "registerComplaint", field: "subject", kind: "single-line", send: (s) => register({ subject: `Letter ${s}about my permit` }) },
      {
        label: "registerComplaint",
        field: "complainant.name",
        kind: "single-line",
        send: (s) => register({ complainant: { kind: "PERSON", name: `Marie ${s}Dubois`, postalAddress: "Rue Haute 1" } }),
      },
      {
        label: "registerComplaint",
        field: "complainant.postalAddress",
        kind: "multi-line",
        send: (s) => register({ complainant: { kind: "PERSON", name: "Marie Dubois", postalAddress: `Rue Haute 1 ${s}1000 Bruxelles` } }),
      },
      { label: "registerComplaint", field: "description", kind: "multi-line", send: (s) => register({ description: `Sent ${s}twice.` }) },
      {
        label: "screenComplaint",
        field: "note",
        kind: "multi-line",
        send: (s) =>
          post(
            { query: SCREEN, variables: { id: unscreened.id, admissible: false, reason: "OUTSIDE_COMPETENCE", note: `Not ours ${s}at all` } },
            coordinatorOwn,
          ),
      },
      {
        label: "transferComplaint",
        field: "note",
        kind: "multi-line",
        send: (s) => post({ query: TRANSFER, variables: { id: unanswered.id, to: "ICT", note: `For ICT ${s}really` } }, coordinatorOwn),
      },
      {
        label: "answerComplaint",
        field: "answer",
        kind: "multi-line",
        send: (s) =>
          post({ query: ANSWER, variables: { id: unanswered.id, input: answerInput("FOUNDED", `${REASONED_ANSWER} We looked ${s}into it.`) } }, coordinatorOwn),
      },
      {
        label: "requestEscalation",
        field: "reason",
        kind: "multi-line",
        send: (s) => post({ query: REQUEST_ESCALATION, variables: { id: answered.id, reason: `Not ${s}satisfied` } }, citizenOwner),
      },
      {
        label: "decideEscalation",
        field: "decision",
        kind: "multi-line",
        send: (s) =>
          post({ query: DECIDE_ESCALATION, variables: { id: escalationId, input: decisionInput("FOUNDED", `${REASONED_DECISION} We ${s}decided.`) } }, central),
      },
      {
        label: "addActionPlanItem",
        field: "title",
        kind: "single-line",
        send: (s) =>
          post({ query: `mutation($t: String!) { addActionPlanItem(year: 2026, input: { title: $t }) { id } }`, variables: { t: `Faster ${s}answers` } }),
      },
      {
        label: "addActionPlanItem",
        field: "description",
        kind: "multi-line",
        send: (s) =>
          post({
            query: `mutation($d: String) { addActionPlanItem(year: 2026, input: { title: "Faster answers", description: $d }) { id } }`,
            variables: { d: `Answer ${s}sooner` },
          }),
      },
    ];
    const cases = TARGETS.flatMap((target) =>
      [...REFUSED_EVERYWHERE, ...(target.kind === "single-line" ? LINE_BREAKS : [])].map(
        ([name, char]) => [`${target.label} ${target.field}`, name, target, char] as const,
      ),
    );

    it.each(cases)("%s with %s: BAD_USER_INPUT naming the field, nothing changed", async (_label, _name, target, char) => {
      const before = await state();
      const r = await target.send(char);
      expect(outcome(r)).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(r.body.data ? Object.values(r.body.data) : [null]).toEqual([null]);
      const message = r.body.errors![0].message;
      // Other rules may fail too (an e-mail address with a NUL is no address): this one must be among them.
      expect(message).toMatch(
        new RegExp(
          `(^|; )${target.field.replace(".", "\\.")} must not contain .*\\(found U\\+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} at position \\d+\\)`,
        ),
      );
      expect(r.text).not.toMatch(INTERNALS);
      expect(await state()).toEqual(before);
    });

    it("complaintByReference with a control character: BAD_USER_INPUT, the character not echoed", async () => {
      const r = await post({ query: `query($r: String!) { complaintByReference(reference: $r) { id } }`, variables: { r: `${unanswered.reference}\u0007` } });
      expect(outcome(r)).toEqual({ status: 200, code: "BAD_USER_INPUT", data: { complaintByReference: null } });
      expect(r.body.errors![0].message).toMatch(/^reference must not contain .*U\+0007/);
      expect(r.text).not.toContain("\\u0007");
    });

    it("long texts keep line feeds, CRLF and tabs; right-to-left text and its marks are kept everywhere", async () => {
      const description = "First line\nsecond line\r\n\tindented\u200Fמשפט בעברית\u200E";
      const name = "محمد \u200Fالعلي";
      const r = await post(
        {
          query: `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id description complainant { name } } }`,
          variables: { i: fileInput({ description, ...person({ name }) }) },
        },
        citizenOwner,
      );
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data!.fileComplaint).toMatchObject({ description, complainant: { name } });
      const read = ok(
        await t.query(`query($id: ID!) { complaint(id: $id) { description complainant { name } } }`, { id: r.body.data!.fileComplaint.id }, citizenOwner),
      );
      expect(read.complaint).toEqual({ description, complainant: { name } });
    });
  });
});
