import { central, coordinatorOwn, paperInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { REGISTER, days, procedure, snapshot } from "./helpers/procedure";
import { START, codes, useTestStack } from "./helpers/stack";

/** Problems found by attacking the paths merged on 2026-11-30, as their users would. */
describe.each(DATABASE_KINDS)("the newest code paths, as users meet them [%s]", (kind) => {
  const t = useTestStack(kind);
  const p = procedure(t);

  it("registerComplaint with receivedOn out of range: the field error and the message name receivedOn, the field sent, in every language", async () => {
    t.clock.set(START);
    const before = await snapshot(t);
    const expected: Record<string, RegExp[]> = {
      en: [/^receivedOn cannot be in the future$/, /^receivedOn is more than a year ago$/],
      nl: [/^receivedOn kan niet in de toekomst liggen$/, /^receivedOn ligt meer dan een jaar terug$/],
      fr: [/^receivedOn ne peut pas être dans le futur$/, /^receivedOn date de plus d'un an$/],
      de: [/^receivedOn kann nicht in der Zukunft liegen$/, /^receivedOn liegt mehr als ein Jahr zurück$/],
    };
    for (const [language, [future, old]] of Object.entries(expected)) {
      for (const [receivedOn, message] of [
        [days(START, 2).slice(0, 10), future],
        [days(START, -800).slice(0, 10), old],
      ] as const) {
        const r = await t.query(REGISTER, { input: paperInput({ receivedAt: undefined, receivedOn }) }, coordinatorOwn, { "accept-language": language });
        expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
        expect(r.errors![0].message).toMatch(message);
        expect(r.errors![0].extensions!.fieldErrors).toEqual([{ path: "receivedOn", code: "OUT_OF_RANGE", params: {}, message: r.errors![0].message }]);
      }
    }
    // receivedAt keeps its own name.
    const r = await t.query(REGISTER, { input: paperInput({ receivedAt: days(START, 2) }) }, central);
    expect(r.errors![0].extensions!.fieldErrors).toEqual([
      { path: "receivedAt", code: "OUT_OF_RANGE", params: {}, message: "receivedAt cannot be in the future" },
    ]);
    expect(await snapshot(t)).toEqual(before);
  });

  it("markLetterPosted twice: the CONFLICT names the day it was posted in Brussels, not a UTC instant that can fall on the day before", async () => {
    t.clock.set(START);
    const { letter } = await p.paperLetter();
    t.clock.set(days(START, 2));
    const POST = `mutation($id: ID!, $at: DateTime!) { markLetterPosted(letterId: $id, postedAt: $at) { postedAt } }`;
    // 00:30 on 3 March in Brussels (UTC+1): 23:30 on 2 March in UTC.
    expect((await t.query(POST, { id: letter.id, at: "2026-03-03T00:30:00+01:00" }, coordinatorOwn)).data).toEqual({
      markLetterPosted: { postedAt: "2026-03-02T23:30:00.000Z" },
    });
    const again = { en: "This letter was already recorded as posted on 2026-03-03", fr: "Cette lettre a déjà été enregistrée comme postée le 2026-03-03" };
    for (const [language, message] of Object.entries(again)) {
      const r = await t.query(POST, { id: letter.id, at: days(START, 1) }, central, { "accept-language": language });
      expect(codes(r)).toEqual(["CONFLICT"]);
      expect(r.errors![0].message).toBe(message);
    }
  });

  it("requestEscalation recorded by the central service for a letter that arrived before the answer, while the answer was not late: CONFLICT, nothing recorded", async () => {
    const REQUEST = `mutation($id: ID!, $at: DateTime) { requestEscalation(complaintId: $id, reason: "Written request.", requestedAt: $at) { requestedAt } }`;
    t.clock.set(START);
    const { id } = await p.register(paperInput());
    await t.settle();
    await p.screen(id, true);
    await t.settle();
    // Received five days before START, answered ten days after it: the answer was on time.
    t.clock.set(days(START, 10));
    await p.answer(id, "UNFOUNDED");
    await t.settle();
    t.clock.set(days(START, 12));
    const before = await snapshot(t);
    for (const [language, message] of [
      ["en", "You can turn to the Central Complaints Service once you have the answer, or when it is late"],
      ["fr", "Vous pouvez vous adresser au Service central des plaintes dès que vous avez la réponse, ou lorsqu'elle est en retard"],
    ]) {
      const early = await t.query(REQUEST, { id, at: days(START, 8) }, central, { "accept-language": language });
      expect(codes(early)).toEqual(["CONFLICT"]);
      expect(early.errors![0].message).toBe(message);
    }
    expect(await snapshot(t)).toEqual(before);
    expect((await t.query(REQUEST, { id, at: days(START, 11) }, central)).data).toEqual({ requestEscalation: { requestedAt: days(START, 11) } });
  });

  it("the delay letter names the directorate handling the complaint in a sentence that reads in French and German (no 'de Direction générale', 'von Generaldirektion')", async () => {
    const sentences: Record<string, [string, string]> = {
      FR: [
        "Votre plainte reste traitée par le coordinateur des plaintes de ce service : Direction générale Office des étrangers.",
        "des plaintes de Direction",
      ],
      DE: ["Ihre Beschwerde wird weiter vom Beschwerdekoordinator dieses Dienstes bearbeitet: Generaldirektion Ausländeramt.", "von Generaldirektion"],
      NL: [
        "Uw klacht wordt verder behandeld door de klachtencoördinator van deze dienst: Algemene Directie Dienst Vreemdelingenzaken.",
        "van Algemene Directie",
      ],
    };
    for (const [language, [sentence, wrong]] of Object.entries(sentences)) {
      t.clock.set(START);
      const c = await p.admissible({ language });
      t.clock.set(days(START, 31));
      await t.settle();
      await t.settle();
      const read = await t.query(`query($id: ID!) { complaint(id: $id) { letters { kind text } } }`, { id: c.id }, central);
      const delay = (read.data!.complaint.letters as { kind: string; text: string }[]).find((l) => l.kind === "ANSWER_DELAY")!;
      expect(delay.text).toContain(sentence);
      expect(delay.text).not.toContain(wrong);
    }
  });
});
