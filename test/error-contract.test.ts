import type { Caller } from "../lib/auth/caller";
import { LANGUAGES, type MessageLanguage } from "../lib/i18n/language";
import { msg, translate, type Message } from "../lib/i18n/message";
import { central, citizenOwner, coordinatorOwn, fileInput } from "./helpers/callers";
import { startProductionStack, type ProductionStack } from "./helpers/production";
import { codes, useTestStack, type GraphQLResult } from "./helpers/stack";

const FILE = "mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { id } }";
/** Three wrong fields: a bad e-mail address, a subject over 200 characters, a phone that is no number. */
const WRONG = fileInput({
  subject: "s".repeat(201),
  complainant: { kind: "PERSON", name: "An Peeters", email: "not-an-email", phone: "call me" },
});
const EXPECTED_FIELDS = (language: MessageLanguage) => [
  { path: "subject", code: "TOO_LONG", params: { max: 200 }, message: translate(msg("field.TOO_LONG", { field: "subject", max: 200 }), language) },
  {
    path: "complainant.email",
    code: "INVALID_EMAIL",
    params: {},
    message: translate(msg("field.INVALID_EMAIL", { field: "complainant.email" }), language),
  },
  { path: "complainant.phone", code: "INVALID_PHONE", params: {}, message: translate(msg("field.INVALID_PHONE", { field: "complainant.phone" }), language) },
];

type FieldErrors = { path: string; code: string; params: Record<string, unknown>; message: string }[];
const fieldErrorsOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.fieldErrors as FieldErrors | undefined;
const sortedByPath = (errors: FieldErrors | undefined) => [...(errors ?? [])].sort((a, b) => a.path.localeCompare(b.path));
const say = (message: Message, language: MessageLanguage) => translate(message, language);

describe("the error contract [sqlite]", () => {
  const t = useTestStack("sqlite");
  const lang = (language: string) => ({ "accept-language": language });

  it("a validation error lists every wrong field with a stable code, its params and a message; `fields` stays as before", async () => {
    const r = await t.query(FILE, { input: WRONG }, citizenOwner);
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(sortedByPath(fieldErrorsOf(r))).toEqual(sortedByPath(EXPECTED_FIELDS("en")));
    expect(r.errors![0].message.split("; ").sort()).toEqual(
      EXPECTED_FIELDS("en")
        .map((f) => f.message)
        .sort(),
    );
    // The legacy list of English sentences (class-validator's), unchanged, for existing clients.
    expect([...(r.errors![0].extensions!.fields as string[])].sort()).toEqual(
      [
        "subject must be shorter than or equal to 200 characters",
        "complainant.email must be an e-mail address (letters, digits and . _ + - before the @)",
        "complainant.phone must be a phone number",
      ].sort(),
    );
  });

  it("errors a service throws for one field carry fieldErrors too (REQUIRED, TOO_LONG, OUT_OF_RANGE)", async () => {
    const blank = await t.query(FILE, { input: fileInput({ complainant: { kind: "PERSON", name: "An" } }) }, citizenOwner);
    expect(fieldErrorsOf(blank)).toEqual([{ path: "complainant", code: "CONTACT_REQUIRED", params: {}, message: blank.errors![0].message }]);
    const page = await t.query("{ complaints(first: 0) { totalCount } }", {}, central);
    expect(fieldErrorsOf(page)).toEqual([{ path: "first", code: "OUT_OF_RANGE", params: { min: 1 }, message: "first must be a positive number" }]);
  });

  it.each(LANGUAGES)("Accept-Language: %s words every message in that language, from every subgraph and the gateway", async (language) => {
    const headers = lang(language === "fr" ? "fr-BE, en;q=0.5" : language);
    const invalid = await t.query(FILE, { input: WRONG }, citizenOwner, headers);
    expect(sortedByPath(fieldErrorsOf(invalid))).toEqual(sortedByPath(EXPECTED_FIELDS(language)));
    // intake, directorates and escalation each word their own refusals.
    const intake = await t.query(`{ complaint(id: "c-unknown") { id } }`, {}, citizenOwner, headers);
    expect(intake.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["NOT_FOUND", say(msg("complaint.notFound", { id: "c-unknown" }), language)]]);
    const directorates = await t.query(`mutation { acknowledgeComplaint(complaintId: "c-unknown") { acknowledgedAt } }`, {}, coordinatorOwn, headers);
    expect(directorates.errors?.[0].message).toBe(say(msg("complaint.notFoundInDirectorate", { id: "c-unknown" }), language));
    const escalation = await t.query(`{ escalation(id: "e-unknown") { id } }`, {}, central, headers);
    expect(escalation.errors?.[0].message).toBe(say(msg("escalation.notFound", { id: "e-unknown" }), language));
    // The gateway's own: a refused token, and a DateTime it refuses before planning (with a field error).
    const token = await t.query("{ directorates { code } }", {}, "not-a-token", headers);
    expect(token.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["UNAUTHENTICATED", say(msg("auth.invalidToken"), language)]]);
    const date = await t.query("query($d: DateTime) { complaints(filter: { receivedFrom: $d }) { totalCount } }", { d: "2026-11-02" }, central, headers);
    expect(fieldErrorsOf(date)).toEqual([
      { path: "d", code: "INVALID_DATE", params: { reason: "DATE_ONLY" }, message: say(msg("dateTime.DATE_ONLY", { field: "d" }), language) },
    ]);
    expect(date.errors![0].message).toContain(say(msg("dateTime.DATE_ONLY", { field: "DateTime" }), language));
  });

  it("without Accept-Language the token's locale claim decides; Accept-Language wins over it; neither: Dutch", async () => {
    const french: Caller = { ...citizenOwner, sub: "citizen-fr", locale: "fr-BE" };
    const unknown = (r: GraphQLResult) => r.errors?.[0].message;
    const ask = (as: Caller, headers: Record<string, string>) => t.query(`{ complaint(id: "c-x") { id } }`, {}, as, headers);
    expect(unknown(await ask(french, lang("")))).toBe("Aucune plainte c-x");
    expect(unknown(await ask(french, lang("de")))).toBe("Keine Beschwerde c-x");
    expect(unknown(await ask(french, lang("es")))).toBe("Aucune plainte c-x");
    expect(unknown(await ask(citizenOwner, lang("")))).toBe("Geen klacht c-x");
    // A refused rule (shield) and a role-bound field are worded too.
    const forbidden = await t.query("{ complaints { totalCount } }", {}, french, lang(""));
    expect(forbidden.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["FORBIDDEN", "Votre rôle ne permet pas de faire ceci"]]);
  });

  it("a refusal of the request itself (HTTP 400) is worded in the request's language too", async () => {
    const res = await fetch(`${t.url}/`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "de" },
      body: JSON.stringify([{ query: "{ directorates { code } }" }]),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as GraphQLResult).errors?.[0].message).toBe(say(msg("request.batched"), "de"));
  });

  describe("public and role-bound fields in one operation", () => {
    const MIXED = "{ directorates { code } complaints { totalCount } }";

    it("a citizen asking both gets data: null: `complaints` is non-null in the contract, so its FORBIDDEN nulls the whole answer", async () => {
      const r = await t.query(MIXED, {}, citizenOwner);
      expect(r.data).toBeNull();
      expect(codes(r)).toEqual(["FORBIDDEN"]);
      expect(r.errors![0].path).toEqual(["complaints"]);
    });

    it("the recommended split: the public operation answers, the role-bound one is refused on its own", async () => {
      const open = await t.query("query Directorates { directorates { code } }", {}, citizenOwner);
      expect(open.errors).toBeUndefined();
      expect((open.data as { directorates: unknown[] }).directorates).toHaveLength(7);
      const bound = await t.query("query Inbox { complaints { totalCount } }", {}, citizenOwner);
      expect(bound.data).toBeNull();
      expect(codes(bound)).toEqual(["FORBIDDEN"]);
      const allowed = await t.query("query Inbox { complaints { totalCount } }", {}, central);
      expect(allowed.errors).toBeUndefined();
    });
  });
});

describe("the error contract in production [sqlite]", () => {
  let p: ProductionStack;
  beforeAll(async () => {
    p = await startProductionStack("sqlite");
  });
  afterAll(async () => {
    await p?.stop();
  });

  it("fieldErrors survive production, worded in the request's language; the legacy `fields` and every internal detail do not", async () => {
    const token = await p.tokenFor(citizenOwner);
    const r = await p.t.query(FILE, { input: WRONG }, token, { "accept-language": "fr" });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(Object.keys(r.errors![0].extensions!).sort()).toEqual(["code", "fieldErrors"]);
    expect(sortedByPath(fieldErrorsOf(r))).toEqual(sortedByPath(EXPECTED_FIELDS("fr")));
    expect(r.errors![0].message.split("; ").sort()).toEqual(
      EXPECTED_FIELDS("fr")
        .map((f) => f.message)
        .sort(),
    );
  });

  it("a request limit says which (`limit`) and is worded; an unknown persisted query keeps Apollo's code and message", async () => {
    const token = await p.tokenFor(central);
    const deep = "{ complaints { items { escalation { complaint { escalation { complaint { id } } } } } } }";
    const limited = await p.t.query(deep, {}, token, { "accept-language": "nl" });
    expect(limited.errors?.map((e) => [e.extensions?.code, e.extensions?.limit, e.message])).toEqual([
      ["GRAPHQL_VALIDATION_FAILED", "depth", expect.stringMatching(/^De operatie overschrijdt de limiet voor depth: \d+, het maximum is 5$/)],
    ]);
    const res = await fetch(`${p.t.url}/`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "fr" },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "a".repeat(64) } } }),
    });
    const body = (await res.json()) as GraphQLResult;
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound"]]);
  });

  it("a wrong field keeps its fieldErrors in production; without Accept-Language the message follows the locale claim", async () => {
    const german = await p.tokenFor({ ...central, locale: "de" });
    const page = await p.t.query("{ complaints(first: 0) { totalCount } }", {}, german, { "accept-language": "" });
    expect(page.errors?.[0]).toMatchObject({
      message: "first muss eine positive Zahl sein",
      extensions: { code: "BAD_USER_INPUT", fieldErrors: [{ path: "first", code: "OUT_OF_RANGE", params: { min: 1 } }] },
    });
  });
});
