import { BelgianCalendar } from "../lib/domain/brussels-calendar";
import type { Caller } from "../lib/auth/caller";
import { DirectorateCode } from "../lib/domain/enums";
import { OutboxEvent } from "../lib/events/event.entities";
import { createLogger } from "../lib/platform/logger";
import { AnswerDeadlineWatch } from "../subgraphs/directorates/answer-deadline.watch";
import { central, citizenOwner, coordinatorOwn } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { TRANSFER, WITHDRAW, days, ok, procedure } from "./helpers/procedure";
import { START, startTestStack, type TestStack } from "./helpers/stack";

const LETTERS = `query($id: ID!) { complaint(id: $id) { letters { kind language text } } }`;

/** A coordinator and a central service member whose tokens carry a `name` claim. */
const namedCoordinator: Caller = { ...coordinatorOwn, sub: "coord-dvz-els", name: "Els Maes" };
const namedCentral: Caller = { ...central, sub: "central-jan", name: "Jan Smet" };

/** Everything a letter in each language must print, written out by hand from the seed and the official French forms. */
const CONTACT = {
  NL: {
    handler:
      "Klachtencoördinator, Algemene Directie Dienst Vreemdelingenzaken\nFOD Binnenlandse Zaken\nWTC II – Antwerpsesteenweg 59B – 1000 Brussel\nTel. 02 793 80 00",
    central: "Centrale Klachtendienst\nFOD Binnenlandse Zaken\nLeuvenseweg 1 –3 - 1000 Brussel\nTel. 02 500 21 11",
    ict: "Klachtencoördinator, Stafdienst ICT\nFOD Binnenlandse Zaken\nWTC II - Koning Albert II laan 28, bus 24 - 1000 Brussel\nTel. 02 793 97 01",
    ictName: "Stafdienst ICT",
    writeToCentral: "schrijf naar de Centrale Klachtendienst, FOD Binnenlandse Zaken, Leuvenseweg 1 –3 - 1000 Brussel",
    review: "vragen ze te herzien",
    ombudsman: "De federale Ombudsman\nLeuvenseweg 48 bus 6 – 1000 Brussel\nGratis nummer 0800 99 962\nwww.federaalombudsman.be",
    seedSentence: "Hij is volledig onafhankelijk, maakt geen deel uit van de federale administratie en onderzoekt uw klacht kosteloos en onpartijdig.",
    due: "1 april 2026",
    late: "die termijn is verstreken zonder antwoord",
    withdrawn: "Wij bevestigen dat wij ze niet verder behandelen.",
  },
  FR: {
    handler:
      "Coordinateur des plaintes, Direction générale Office des étrangers\nSPF Intérieur\nWTC II – Chaussée d'Anvers 59B – 1000 Bruxelles\nTél. 02 793 80 00",
    central: "Service central des plaintes\nSPF Intérieur\nRue de Louvain 1-3 – 1000 Bruxelles\nTél. 02 500 21 11",
    ict: "Coordinateur des plaintes, Service d'encadrement ICT\nSPF Intérieur\nWTC II – Boulevard du Roi Albert II 28, bte 24 – 1000 Bruxelles\nTél. 02 793 97 01",
    ictName: "Service d'encadrement ICT",
    writeToCentral: "écrivez au Service central des plaintes, SPF Intérieur, Rue de Louvain 1-3 – 1000 Bruxelles",
    review: "de la revoir",
    ombudsman: "Le Médiateur fédéral\nRue de Louvain 48 bte 6 – 1000 Bruxelles\nNuméro gratuit 0800 99 962\nwww.mediateurfederal.be",
    seedSentence:
      "Il est totalement indépendant, ne fait pas partie de l'administration fédérale et examine votre plainte gratuitement et en toute impartialité.",
    due: "1 avril 2026",
    late: "ce délai est dépassé sans réponse",
    withdrawn: "Nous confirmons que nous ne la traitons plus.",
  },
  DE: {
    handler: "Beschwerdekoordinator, Generaldirektion Ausländeramt\nFÖD Inneres\nWTC II – Chaussée d'Anvers 59B – 1000 Bruxelles\nTel. 02 793 80 00",
    central: "Zentraler Beschwerdedienst\nFÖD Inneres\nRue de Louvain 1-3 – 1000 Bruxelles\nTel. 02 500 21 11",
    ict: "Beschwerdekoordinator, Stabsdienst IKT\nFÖD Inneres\nWTC II – Boulevard du Roi Albert II 28, bte 24 – 1000 Bruxelles\nTel. 02 793 97 01",
    ictName: "Stabsdienst IKT",
    writeToCentral: "schreiben Sie an den Zentralen Beschwerdedienst, FÖD Inneres, Rue de Louvain 1-3 – 1000 Bruxelles",
    review: "sie zu überprüfen",
    ombudsman: "Der Föderale Ombudsmann\nRue de Louvain 48 bte 6 – 1000 Bruxelles\nGebührenfreie Nummer 0800 99 962\nwww.foederalombudsmann.be",
    seedSentence: "Er ist völlig unabhängig, gehört nicht zur föderalen Verwaltung und prüft Ihre Beschwerde kostenlos und unparteiisch.",
    due: "1. April 2026",
    late: "diese Frist ist ohne Antwort verstrichen",
    withdrawn: "Wir bestätigen, dass wir sie nicht weiter bearbeiten.",
  },
  EN: {
    handler:
      "Complaints coordinator, Directorate-General Immigration Office\nFPS Home Affairs\nWTC II – Chaussée d'Anvers 59B – 1000 Bruxelles\nTel. 02 793 80 00",
    central: "Central Complaints Service\nFPS Home Affairs\nRue de Louvain 1-3 – 1000 Bruxelles\nTel. 02 500 21 11",
    ict: "Complaints coordinator, ICT Staff Service\nFPS Home Affairs\nWTC II – Boulevard du Roi Albert II 28, bte 24 – 1000 Bruxelles\nTel. 02 793 97 01",
    ictName: "ICT Staff Service",
    writeToCentral: "write to the Central Complaints Service, FPS Home Affairs, Rue de Louvain 1-3 – 1000 Bruxelles",
    review: "to review it",
    ombudsman: "The Federal Ombudsman\nRue de Louvain 48 bte 6 – 1000 Bruxelles\nFreephone 0800 99 962\nwww.federalombudsman.be",
    seedSentence: "The Ombudsman is fully independent, is not part of the federal administration and examines your complaint free of charge and impartially.",
    due: "1 April 2026",
    late: "that time limit has passed without an answer",
    withdrawn: "We confirm that we no longer handle it.",
  },
} as const;
type Lang = keyof typeof CONTACT;
const LANGUAGES = Object.keys(CONTACT) as Lang[];

/** The signature block: the handler's capacity, office, address and phone come right after the name, or after the sign-off's blank line. */
const signedBy = (text: string, name: string | null, block: string) => expect(text).toContain(name ? `\n\n${name}\n${block}\n` : `\n\n${block}\n`);

describe.each(DATABASE_KINDS)("complete letters [%s]", (kind) => {
  let t: TestStack;
  let p: ReturnType<typeof procedure>;
  beforeAll(async () => {
    t = await startTestStack(kind);
    p = procedure(t);
  });
  afterAll(() => t.stop());
  beforeEach(() => t.clock.set(START));

  const lettersOf = async (id: string) => ok(await t.query(LETTERS, { id }, central)).complaint.letters as { kind: string; language: string; text: string }[];
  const letter = async (id: string, kind: string) => {
    const found = (await lettersOf(id)).filter((l) => l.kind === kind);
    expect(found).toHaveLength(1);
    return found[0].text;
  };

  it.each(LANGUAGES)(
    "openness law art. 2, 3° in %s: every letter names who handles the complaint: the name from the token, the capacity, the directorate's address and phone in the letter's language",
    async (language) => {
      const expected = CONTACT[language];
      const c = await p.admissible({ language });
      await p.acknowledge(c.id, namedCoordinator);
      await t.settle();
      await p.answer(c.id, "FOUNDED", namedCoordinator);
      await t.settle();
      const escalation = await p.requestEscalation(c.id);
      await t.settle();
      await p.decide(escalation.id, "PARTLY_FOUNDED", namedCentral);
      await t.settle();
      signedBy(await letter(c.id, "ACKNOWLEDGEMENT"), "Els Maes", expected.handler);
      signedBy(await letter(c.id, "FIRST_LINE_ANSWER"), "Els Maes", expected.handler);
      signedBy(await letter(c.id, "ESCALATION_DECISION"), "Jan Smet", expected.central);

      // A token without a `name` claim: the capacity alone.
      const unnamed = await p.admissible({ language });
      await p.acknowledge(unnamed.id, coordinatorOwn);
      await t.settle();
      const text = await letter(unnamed.id, "ACKNOWLEDGEMENT");
      signedBy(text, null, expected.handler);
      expect(text).not.toContain("Els Maes");
    },
  );

  it.each(LANGUAGES)(
    "in %s: inadmissibility is a final answer: the letter names the Central Complaints Service (how to ask for a review) and the federal Ombudsman with the seed's text",
    async (language) => {
      const expected = CONTACT[language];
      const c = await p.filed({ language });
      await p.screen(c.id, false, "OUTSIDE_COMPETENCE", "Municipal matter.", namedCoordinator);
      await t.settle();
      const text = await letter(c.id, "INADMISSIBILITY");
      expect(text).toContain(expected.review);
      expect(text).toContain(expected.writeToCentral);
      expect(text).toContain(expected.seedSentence);
      expect(text).toContain(expected.ombudsman);
      signedBy(text, "Els Maes", expected.handler);
    },
  );

  it.each(LANGUAGES)("in %s: a transfer letter says who handles the complaint now, with their contact data", async (language) => {
    const expected = CONTACT[language];
    const c = await p.admissible({ language });
    ok(await t.query(TRANSFER, { id: c.id, to: DirectorateCode.ICT, note: "ICT handles the e-mail platform." }, coordinatorOwn));
    await t.settle();
    const text = await letter(c.id, "TRANSFER");
    expect(text).toContain(`: ${expected.ictName}.`);
    signedBy(text, null, expected.ict);
    expect(text).toContain(expected.due);
    // The staff's note is internal; the letter does not quote it.
    expect(text).not.toContain("e-mail platform");
  });

  it.each(LANGUAGES)("in %s: withdrawing a complaint is confirmed by letter", async (language) => {
    const expected = CONTACT[language];
    const c = await p.admissible({ language });
    ok(await t.query(WITHDRAW, { id: c.id }, citizenOwner));
    await t.settle();
    const text = await letter(c.id, "WITHDRAWAL");
    expect(text).toContain(expected.withdrawn);
    signedBy(text, null, expected.handler);
  });

  it.each(LANGUAGES)(
    "in %s: the answer deadline passed without an answer: one delay letter (late; the Central Complaints Service and the Ombudsman are open now), sent by itself",
    async (language) => {
      const expected = CONTACT[language];
      const c = await p.admissible({ language });
      await p.acknowledge(c.id, namedCoordinator);
      await t.settle();
      // Due on 1 April 2026: a minute before the due instant, nothing.
      const dueAt = Date.parse((await p.read(c.id)).answerDueAt);
      t.clock.set(new Date(dueAt - 60_000));
      await t.settle();
      expect((await lettersOf(c.id)).map((l) => l.kind)).toEqual(["ACKNOWLEDGEMENT"]);

      t.clock.set(new Date(dueAt + 60_000));
      await t.settle();
      await t.settle();
      const text = await letter(c.id, "ANSWER_DELAY");
      expect(text).toContain(expected.due);
      expect(text).toContain(expected.late);
      expect(text).toContain(expected.writeToCentral);
      expect(text).toContain(expected.seedSentence);
      expect(text).toContain(expected.ombudsman);
      // Named: the coordinator who acknowledged it.
      signedBy(text, "Els Maes", expected.handler);

      // Answered late: the answer follows; the delay letter stays the only one.
      await p.answer(c.id, "FOUNDED", namedCoordinator);
      t.clock.set(days(START, 40));
      await t.settle();
      expect((await lettersOf(c.id)).map((l) => l.kind)).toEqual(["ACKNOWLEDGEMENT", "ANSWER_DELAY", "FIRST_LINE_ANSWER"]);
    },
  );

  it("the delay letter after a transfer names the new directorate's coordinator by capacity, not who acknowledged it before", async () => {
    const c = await p.admissible();
    await p.acknowledge(c.id, namedCoordinator);
    await t.settle();
    ok(await t.query(TRANSFER, { id: c.id, to: DirectorateCode.ICT, note: "ICT handles the e-mail platform." }, coordinatorOwn));
    await t.settle();
    t.clock.set(days(START, 31));
    await t.settle();
    const text = await letter(c.id, "ANSWER_DELAY");
    signedBy(text, null, CONTACT.NL.ict);
    expect(text).not.toContain("Els Maes");
  });

  it("no delay letter for a complaint answered in time, withdrawn or inadmissible", async () => {
    const answered = await p.answered();
    const withdrawn = await p.admissible();
    ok(await t.query(WITHDRAW, { id: withdrawn.id }, citizenOwner));
    const inadmissible = await p.filed();
    await p.screen(inadmissible.id, false, "OUTSIDE_COMPETENCE", "Municipal matter.");
    t.clock.set(days(START, 31));
    await t.settle();
    for (const { id } of [answered, withdrawn, inadmissible]) expect((await lettersOf(id)).map((l) => l.kind)).not.toContain("ANSWER_DELAY");
  });
});

describe.each(DATABASE_KINDS)("the delay letter with several replicas [%s]", (kind) => {
  it("three deadline watches on one database at once (three replicas): each overdue complaint is noticed once and gets one delay letter", async () => {
    const t = await startTestStack(kind);
    try {
      const p = procedure(t);
      const ids: string[] = [];
      for (let i = 0; i < 8; i++) ids.push((await p.admissible()).id);
      t.clock.set(days(START, 31));
      const directorates = t.stack.subgraphs.directorates;
      const watch = () =>
        new AnswerDeadlineWatch(directorates.dataSource, t.clock, new BelgianCalendar(t.config.extraPublicHolidays), createLogger("replica", "silent"), 10, 2);
      const own = directorates.subgraph.workers.find((w) => w instanceof AnswerDeadlineWatch)!;
      const claimed = await Promise.all([watch().drain(), watch().drain(), own.drain()]);
      expect(claimed.reduce((a, b) => a + b, 0)).toBe(8);
      const events = await directorates.dataSource.getRepository(OutboxEvent).findBy({ type: "ComplaintAnswerOverdue" });
      expect(events.map((e) => e.complaintId).sort()).toEqual([...ids].sort());
      // Run again, and again after intake applied everything: nothing new.
      expect(await watch().drain()).toBe(0);
      await t.settle();
      expect(await watch().drain()).toBe(0);
      const letters = await t.stack.subgraphs.intake.dataSource.query<{ complaintId: string }[]>("SELECT complaintId FROM letter WHERE kind = 'ANSWER_DELAY'");
      expect(letters.map((l) => l.complaintId).sort()).toEqual([...ids].sort());
    } finally {
      await t.stop();
    }
  });
});
