import fs from "node:fs";
import { MoreThan } from "typeorm";
import path from "node:path";
import { createLogger } from "../lib/platform/logger";
import { createMailTransport, type MailTransport } from "../subgraphs/intake/letters/mail";
import { FeedCursor } from "../lib/events/event.entities";
import { LetterDispatcher } from "../subgraphs/intake/letters/letter.dispatcher";
import { Letter, type LetterKind } from "../subgraphs/intake/letters/letter.entity";
import type { Language } from "../lib/domain/enums";
import { LetterTemplates, renderTemplate } from "../subgraphs/intake/letters/letter.templates";
import { central, citizenOwner, coordinatorOther, coordinatorOwn, otherCitizen } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ANSWER_TEXT, ok, paperInput, procedure } from "./helpers/procedure";
import { REASONED_DECISION, REMEDY } from "./helpers/reasoned";
import { startSmtp, type TestSmtp } from "./helpers/smtp";
import { START, codes, startTestStack, type TestStack } from "./helpers/stack";

const LETTERS = `query($id: ID!) { complaint(id: $id) { reference letters { id kind language delivery subject text createdAt sentAt } } }`;
const DECISION_TEXT = REASONED_DECISION;
/** Where the Central Complaints Service is written to: the central services' address in the seed. */
const CENTRAL_ADDRESS = "Leuvenseweg 1 –3 - 1000 Brussel";
/** The same in French, which German and English letters use too. */
const CENTRAL_ADDRESS_FR = "Rue de Louvain 1-3 – 1000 Bruxelles";
const OMBUDSMAN_FR_ADDRESS = "Rue de Louvain 48 bte 6 – 1000 Bruxelles";

/**
 * What each language must say, written out by hand: received on START
 * (2 March 2026), the reasoned answer due 30 days later (1 April 2026).
 */
const EXPECTED = {
  NL: {
    received: "2 maart 2026",
    due: "1 april 2026",
    founded: "Uw klacht is gegrond.",
    partly: "Uw klacht is gedeeltelijk gegrond.",
    ombudsman: "De federale Ombudsman",
    central: "Centrale Klachtendienst",
    centralAddress: CENTRAL_ADDRESS,
    ombudsmanLines: ["Leuvenseweg 48 bus 6 – 1000 Brussel", "0800 99 962", "www.federaalombudsman.be"],
    writeToCentral: "schrijf naar de Centrale Klachtendienst",
    remedy: "Wat wij voorstellen of rechtzetten:",
    receipt: "De Centrale Klachtendienst van de Voorzitster van het Directiecomité heeft op 2 maart 2026 uw verzoek ontvangen",
    decisionDue: "U ontvangt uiterlijk op 1 april 2026 onze gemotiveerde beslissing.",
  },
  FR: {
    received: "2 mars 2026",
    due: "1 avril 2026",
    founded: "Votre plainte est fondée.",
    partly: "Votre plainte est partiellement fondée.",
    ombudsman: "Le Médiateur fédéral",
    central: "Service central des plaintes",
    centralAddress: CENTRAL_ADDRESS_FR,
    ombudsmanLines: [OMBUDSMAN_FR_ADDRESS, "0800 99 962", "www.mediateurfederal.be"],
    writeToCentral: "écrivez au Service central des plaintes",
    remedy: "Ce que nous proposons ou rectifions :",
    receipt: "Le Service central des plaintes de la Présidente du Comité de direction a reçu le 2 mars 2026 votre demande",
    decisionDue: "Vous recevrez notre décision motivée au plus tard le 1 avril 2026.",
  },
  DE: {
    received: "2. März 2026",
    due: "1. April 2026",
    founded: "Ihre Beschwerde ist begründet.",
    partly: "Ihre Beschwerde ist teilweise begründet.",
    ombudsman: "Der Föderale Ombudsmann",
    central: "Zentralen Beschwerdedienst",
    centralAddress: CENTRAL_ADDRESS_FR,
    ombudsmanLines: [OMBUDSMAN_FR_ADDRESS, "0800 99 962", "www.foederalombudsmann.be"],
    writeToCentral: "schreiben Sie an den Zentralen Beschwerdedienst",
    remedy: "Was wir vorschlagen oder richtigstellen:",
    receipt: "der Zentrale Beschwerdedienst der Vorsitzenden des Direktionsausschusses hat am 2. März 2026 Ihren Antrag erhalten",
    decisionDue: "Sie erhalten unsere begründete Entscheidung spätestens am 1. April 2026.",
  },
  EN: {
    received: "2 March 2026",
    due: "1 April 2026",
    founded: "Your complaint is founded.",
    partly: "Your complaint is partly founded.",
    ombudsman: "The Federal Ombudsman",
    central: "Central Complaints Service",
    centralAddress: CENTRAL_ADDRESS_FR,
    ombudsmanLines: [OMBUDSMAN_FR_ADDRESS, "0800 99 962", "www.federalombudsman.be"],
    writeToCentral: "write to the Central Complaints Service",
    remedy: "What we propose or put right:",
    receipt: "On 2 March 2026 the Central Complaints Service of the Chair of the Management Committee received your request",
    decisionDue: "You will receive our reasoned decision by 1 April 2026 at the latest.",
  },
} as const;
type Lang = keyof typeof EXPECTED;

interface LetterView {
  id: string;
  kind: string;
  language: string;
  delivery: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
}

async function lettersOf(t: TestStack, id: string, as = central): Promise<LetterView[]> {
  return ok(await t.query(LETTERS, { id }, as)).complaint.letters;
}

/** The text part of a received message, as the complainant's mail program shows it. */
const body = (mail: TestSmtp["received"][number]) => (mail.text ?? "").replace(/\r\n/g, "\n");

describe("letter templates", () => {
  const templates = LetterTemplates.load();

  it("a placeholder nobody supplies is an error, not a letter with {{…}} in it", () => {
    expect(() => renderTemplate("Dear {{name}}, about {{reference}}", { name: "An" })).toThrow("{{reference}}");
  });

  it("a section is kept only when its value is not empty, and nested sections work", () => {
    const template = "A\n{{#route}}\nRoute: {{route}}\n{{#extra}}\nExtra: {{extra}}\n{{/extra}}\n{{/route}}\nB";
    expect(renderTemplate(template, { route: "Raad van State", extra: null })).toBe("A\nRoute: Raad van State\nB");
    expect(renderTemplate(template, { route: null, extra: "x" })).toBe("A\nB");
  });

  it("text typed by a citizen or a coordinator is printed as is, never read as a placeholder", () => {
    expect(renderTemplate("Answer: {{answer}}", { answer: "see {{reference}} and {{#x}}" })).toBe("Answer: see {{reference}} and {{#x}}");
    expect(renderTemplate("A\n\n{{#x}}\nX\n{{/x}}\n\nB {{answer}}", { x: null, answer: "1\n\n\n2" })).toBe("A\n\nB 1\n\n\n2");
  });

  it.each(["NL", "FR", "DE", "EN"] as const)("every %s template renders with a subject and no placeholder left", (language) => {
    const values = {
      name: "An Peeters",
      organisation: null,
      postalAddress: null,
      reference: "IBZ-2026-000001",
      date: "d",
      receivedDate: "r",
      directorate: "dir",
      centralAddress: CENTRAL_ADDRESS,
      ombudsmanName: "o",
      ombudsmanAddress: "a",
      ombudsmanPhone: "p",
      ombudsmanWebsite: "w",
      answerDueDate: "due",
      answer: "ans",
      decision: "dec",
      remedy: "rem",
      requestedDate: "req",
      decisionDueDate: "ddue",
      review: null,
      outcome: "out",
      reason: "why",
      appealRouteApplies: "yes",
      appealRoute: "route",
      note: null,
      handlerName: null,
      handlerCapacity: "capacity",
      handlerAddress: "address",
      handlerPhone: "phone",
      privacyNotice: "privacy",
    };
    for (const kind of [
      "ACKNOWLEDGEMENT",
      "FIRST_LINE_ANSWER",
      "ESCALATION_RECEIPT",
      "ESCALATION_DECISION",
      "INADMISSIBILITY",
      "TRANSFER",
      "WITHDRAWAL",
      "ANSWER_DELAY",
    ] as const) {
      const { subject, text } = templates.render(kind as LetterKind, language as Language, values);
      expect(subject).toContain("IBZ-2026-000001");
      expect(text).toContain("An Peeters");
      expect(text).not.toMatch(/\{\{|\}\}/);
    }
  });
});

describe.each(DATABASE_KINDS)("letters to the complainant [%s]", (kind) => {
  let smtp: TestSmtp;
  let t: TestStack;
  let p: ReturnType<typeof procedure>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestStack(kind, { env: { SMTP_URL: smtp.url, MAIL_FROM: "Klachten IBZ <klachten@ibz.example>" } });
    p = procedure(t);
  });
  afterAll(async () => {
    await t.stop();
    await smtp.close();
  });
  beforeEach(() => t.clock.set(START));

  it.each(Object.keys(EXPECTED) as Lang[])(
    "in %s: acknowledgement (reference, receipt, answer due), first-line answer (remedy), the second line's acknowledgement (decision due) and its decision (answer, outcome, remedy, how to escalate, Ombudsman), each e-mailed once",
    async (language) => {
      const expected = EXPECTED[language];
      const before = smtp.received.length;
      // Filed by a citizen whose identity provider verified this address: the letters go at once, as they always did.
      const email = `an.${language.toLowerCase()}@example.be`;
      const c = await p.admissible({ language, complainant: { kind: "PERSON", name: "An Peeters", email } }, { ...citizenOwner, email });
      await p.acknowledge(c.id);
      await t.settle();
      await p.answer(c.id, "FOUNDED");
      await t.settle();
      const escalation = await p.requestEscalation(c.id);
      await t.settle();
      await p.decide(escalation.id, "PARTLY_FOUNDED");
      await t.settle();

      const letters = await lettersOf(t, c.id);
      expect(letters.map((l) => [l.kind, l.language, l.delivery])).toEqual([
        ["ACKNOWLEDGEMENT", language, "EMAIL"],
        ["FIRST_LINE_ANSWER", language, "EMAIL"],
        ["ESCALATION_RECEIPT", language, "EMAIL"],
        ["ESCALATION_DECISION", language, "EMAIL"],
      ]);
      const [ack, answer, receipt, decision] = letters;
      for (const letter of letters) {
        expect(letter.subject).toContain(c.reference);
        expect(letter.text).toContain("An Peeters");
        expect(letter.sentAt).toBe(START);
        // Contact data in the letter's language: a French letter prints no Dutch street or city.
        if (language !== "NL") expect(letter.text).not.toMatch(/Leuvenseweg|Antwerpsesteenweg|1000 Brussel\b/);
      }
      expect(ack.text).toContain(expected.received);
      expect(ack.text).toContain(expected.due);

      expect(answer.text).toContain(ANSWER_TEXT);
      expect(answer.text).toContain(expected.founded);
      expect(answer.text).toContain(`${expected.remedy}\n${REMEDY}`);
      expect(answer.text).toContain(expected.central);
      expect(answer.text).toContain(`${expected.writeToCentral}, `);
      expect(answer.text).toContain(expected.centralAddress);
      for (const line of [expected.ombudsman, ...expected.ombudsmanLines]) expect(answer.text).toContain(line);

      expect(decision.text).toContain(DECISION_TEXT);
      expect(decision.text).toContain(expected.partly);
      expect(decision.text).toContain(`${expected.remedy}\n${REMEDY}`);
      // "Als u geen voldoening krijgt ... Centrale Klachtendienst": the second line confirms the request and when it will decide.
      expect(receipt.text).toContain(expected.receipt);
      expect(receipt.text).toContain(expected.decisionDue);
      expect(receipt.text).toContain(expected.centralAddress);
      for (const line of [expected.ombudsman, ...expected.ombudsmanLines]) expect(decision.text).toContain(line);
      expect(decision.text).not.toContain(expected.writeToCentral);

      const arrived = smtp.received.slice(before);
      expect(arrived.map((m) => m.subject)).toEqual(letters.map((l) => l.subject));
      for (const [i, mail] of arrived.entries()) {
        expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : null).toBe(`an.${language.toLowerCase()}@example.be`);
        expect(mail.from?.text).toBe('"Klachten IBZ" <klachten@ibz.example>');
        expect(mail.headers.get("content-language")).toBe(language.toLowerCase());
        expect(mail.messageId).toBe(`<letter-${letters[i].id}@ibz-complaints>`);
        expect(body(mail).trim()).toBe(letters[i].text.trim());
      }
    },
  );

  it.each([
    {
      language: "NL",
      route: "Beroep bij de Raad voor Vreemdelingenbetwistingen binnen 30 dagen",
      general: "Raad van State",
      deadlines: "een klacht schorst de termijnen om beroep in te stellen niet",
    },
    { language: "FR", route: null, general: "Conseil d'État", deadlines: "une plainte ne suspend pas les délais de recours" },
    {
      language: "DE",
      route: "Klage beim Rat für Ausländerstreitsachen",
      general: "Staatsrat",
      deadlines: "Eine Beschwerde hemmt die Fristen für ein Rechtsmittel nicht",
    },
    { language: "EN", route: null, general: "Council of State", deadlines: "a complaint does not stop the time limits for an appeal" },
  ])(
    "a complaint about a decision with an appeal route ($language): at filing a letter names the appeal route (or the Council of State) and that a complaint does not stop appeal deadlines; nothing is decided",
    async ({ language, route, general, deadlines }) => {
      const filed = await p.file({ language, concernsDecisionWithAppealRoute: true, appealRoute: route });
      await t.settle();
      const letters = await lettersOf(t, filed.id);
      expect(letters.map((l) => [l.kind, l.language, l.delivery, l.sentAt])).toEqual([["APPEAL_ROUTE", language, "EMAIL", START]]);
      const { text } = letters[0];
      expect(text).toContain(general);
      expect(text).toContain(deadlines);
      if (route) expect(text).toContain(route);
      expect(text).toContain(filed.reference);
      expect((await p.read(filed.id)).status).toBe("RECEIVED");
    },
  );

  it("inadmissible at screening: each reason in plain words; the appeal route only for a decision with one, the service's note otherwise", async () => {
    const cases = [
      {
        reason: "OUTSIDE_COMPETENCE",
        note: "Dit is een gemeentelijke bevoegdheid.",
        language: "NL",
        words: "niet tot de bevoegdheid van de FOD Binnenlandse Zaken behoort",
      },
      {
        reason: "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE",
        note: "Une procédure est en cours devant le tribunal.",
        language: "FR",
        words: "litige administratif ou judiciaire",
      },
      { reason: "DECISION_WITH_APPEAL_ROUTE", note: "Klage beim Rat für Ausländerstreitsachen", language: "DE", words: "vorgeschriebenes Rechtsmittel" },
      { reason: "ANONYMOUS", note: "The name given is not a real person.", language: "EN", words: "We do not handle anonymous complaints" },
    ];
    for (const c of cases) {
      const filed = await p.file({ language: c.language });
      await t.settle();
      await p.screen(filed.id, false, c.reason, c.note);
      await t.settle();
      const letters = await lettersOf(t, filed.id);
      expect(letters.map((l) => [l.kind, l.language])).toEqual([["INADMISSIBILITY", c.language]]);
      const { text } = letters[0];
      expect(text).toContain(c.words);
      expect(text).toContain(c.note);
      const appealRoute = { NL: "Raad van State", FR: "Conseil d'État", DE: "Staatsrat", EN: "Council of State" }[c.language]!;
      if (c.reason === "DECISION_WITH_APPEAL_ROUTE") {
        expect(text).toContain(`Für Ihre Entscheidung ist dies: ${c.note}`);
        expect(text).not.toContain("Erläuterung des Dienstes");
      } else {
        expect(text).not.toContain(appealRoute);
      }
    }
  });

  it("no e-mail address: a paper letter with the postal address, readable through the graph, nothing e-mailed; an anonymous complaint gets no letter", async () => {
    const before = smtp.received.length;
    const paper = await p.register(paperInput({ receivedAt: START }));
    await t.settle();
    await p.screen(paper.id, true);
    await p.acknowledge(paper.id);
    await t.settle();
    const [letter] = await lettersOf(t, paper.id, coordinatorOwn);
    expect(letter).toMatchObject({ kind: "ACKNOWLEDGEMENT", language: "FR", delivery: "PAPER", sentAt: null });
    expect(letter.text).toContain("Marie Dubois\nRue Haute 1, 1000 Bruxelles");
    expect(letter.text).toContain("1 avril 2026");

    const anonymous = await p.register(paperInput({ complainant: null }));
    await t.settle();
    expect(await lettersOf(t, anonymous.id)).toEqual([]);
    expect(smtp.received.length).toBe(before);
  });

  it("letters are read by the owner, the directorate's coordinators and the central service; to anyone else the complaint does not exist", async () => {
    const c = await p.admissible({ language: "EN" });
    await p.acknowledge(c.id);
    await t.settle();
    const seen = await lettersOf(t, c.id, central);
    expect(seen.map((l) => l.kind)).toEqual(["ACKNOWLEDGEMENT"]);
    expect(await lettersOf(t, c.id, citizenOwner)).toEqual(seen);
    expect(await lettersOf(t, c.id, coordinatorOwn)).toEqual(seen);
    for (const stranger of [otherCitizen, coordinatorOther]) {
      const denied = await t.query(LETTERS, { id: c.id }, stranger);
      expect(codes(denied)).toEqual(["NOT_FOUND"]);
      expect(denied.data?.complaint ?? null).toBeNull();
    }
    const anonymous = await t.query(LETTERS, { id: c.id }, null);
    expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
  });

  it("a redelivered event writes and sends nothing again", async () => {
    const c = await p.admissible();
    await p.acknowledge(c.id);
    await t.settle();
    const intake = t.stack.subgraphs.intake.dataSource;
    const letters = await intake.getRepository(Letter).count();
    const mails = smtp.received.length;
    // Forget how far intake read every feed: all events come again.
    await intake.getRepository(FeedCursor).update({ lastSeq: MoreThan(0) }, { lastSeq: 0 });
    await t.settle();
    expect(await intake.getRepository(Letter).count()).toBe(letters);
    expect(smtp.received.length).toBe(mails);
  });
});

describe.each(DATABASE_KINDS)("letters when the mail server is down [%s]", (kind) => {
  it("SMTP down: the letter waits and is retried; SMTP up again: delivered exactly once", async () => {
    const probe = await startSmtp();
    const port = probe.port;
    await probe.close();
    const t = await startTestStack(kind, { env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_RETRY_MS: "60000" } });
    let smtp: TestSmtp | undefined;
    try {
      const p = procedure(t);
      const c = await p.admissible();
      await p.acknowledge(c.id);
      await t.settle();
      const repo = t.stack.subgraphs.intake.dataSource.getRepository(Letter);
      const [waiting] = await repo.findBy({ complaintId: c.id });
      expect(waiting).toMatchObject({ sentAt: null, attempts: 1, claimedUntil: null });
      expect(waiting.nextAttemptAt?.toISOString()).toBe(new Date(Date.parse(START) + 60_000).toISOString());
      expect(waiting.lastError).toMatch(/ECONNREFUSED/);

      // Still down at the next attempt: the delay doubles.
      t.clock.set(new Date(Date.parse(START) + 60_000));
      await t.settle();
      expect((await repo.findOneByOrFail({ id: waiting.id })).attempts).toBe(2);
      expect((await repo.findOneByOrFail({ id: waiting.id })).nextAttemptAt?.toISOString()).toBe(new Date(Date.parse(START) + 180_000).toISOString());

      smtp = await startSmtp(port);
      t.clock.set(new Date(Date.parse(START) + 179_000));
      await t.settle();
      expect(smtp.received).toHaveLength(0); // not due yet

      t.clock.set(new Date(Date.parse(START) + 180_000));
      await t.settle();
      t.clock.set(new Date(Date.parse(START) + 86_400_000));
      await t.settle();
      expect(smtp.received.map((m) => m.messageId)).toEqual([`<letter-${waiting.id}@ibz-complaints>`]);
      const sent = await repo.findOneByOrFail({ id: waiting.id });
      expect(sent).toMatchObject({ attempts: 3, nextAttemptAt: null, lastError: null });
      expect(sent.sentAt?.toISOString()).toBe(new Date(Date.parse(START) + 180_000).toISOString());
    } finally {
      await t.stop();
      await smtp?.close();
    }
  });

  it("two dispatchers on one database (two replicas): every letter is sent once", async () => {
    const smtp = await startSmtp();
    const t = await startTestStack(kind, { env: { SMTP_URL: smtp.url } });
    try {
      const p = procedure(t);
      for (let i = 0; i < 6; i++) {
        const c = await p.file();
        await t.settle();
        await p.screen(c.id, true);
      }
      const ids = await t.stack.subgraphs.intake.dataSource.query<{ id: string }[]>("SELECT id FROM complaint");
      for (const { id } of ids) await p.acknowledge(id);
      // Apply the events but leave the sending to the two dispatchers below.
      for (const consumer of t.stack.subgraphs.intake.subgraph.consumers) await consumer.drain();
      const dispatcher = () =>
        new LetterDispatcher({
          dataSource: t.stack.subgraphs.intake.dataSource,
          transport: createMailTransport(t.config.mail),
          clock: t.clock,
          log: createLogger("replica", "silent"),
          pollMs: 10,
          retryMs: 1000,
          batchSize: 2,
        });
      const sent = await Promise.all([dispatcher().drain(), dispatcher().drain(), t.stack.subgraphs.intake.subgraph.workers[0].drain()]);
      expect(sent.reduce((a, b) => a + b, 0)).toBe(6);
      expect(smtp.received).toHaveLength(6);
      expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(6);
    } finally {
      await t.stop();
      await smtp.close();
    }
  });

  it("a letter claimed late in a slow batch is owned for the whole claim from that moment: no other replica may take it while it is sent", async () => {
    const smtp = await startSmtp();
    const t = await startTestStack(kind, { env: { SMTP_URL: smtp.url } });
    try {
      const p = procedure(t);
      const ids: string[] = [];
      for (let i = 0; i < 2; i++) {
        const c = await p.file();
        await t.settle();
        await p.screen(c.id, true);
        ids.push(c.id);
      }
      for (const id of ids) await p.acknowledge(id);
      for (const consumer of t.stack.subgraphs.intake.subgraph.consumers) await consumer.drain();
      const claimMs = 60_000;
      const repo = t.stack.subgraphs.intake.dataSource.getRepository(Letter);
      const real = createMailTransport(t.config.mail);
      const heldWhileSent: boolean[] = [];
      // The first send outlasts a claim (a mail server near its timeouts); the clock moves on meanwhile.
      const slow: MailTransport = {
        description: "a slow mail server",
        close: () => real.close(),
        async send(mail) {
          const letter = await repo.findOneByOrFail({ id: /letter-(.+)@/.exec(mail.messageId)![1] });
          heldWhileSent.push((letter.claimedUntil?.getTime() ?? 0) > t.clock.now().getTime());
          if (heldWhileSent.length === 1) t.clock.set(new Date(t.clock.now().getTime() + claimMs + 1_000));
          await real.send(mail);
        },
      };
      const log = createLogger("replica", "silent");
      const replica = new LetterDispatcher({
        dataSource: t.stack.subgraphs.intake.dataSource,
        transport: slow,
        clock: t.clock,
        log,
        pollMs: 10,
        retryMs: 1000,
        claimMs,
        batchSize: 2,
      });
      expect(await replica.drain()).toBe(2);
      expect(heldWhileSent).toEqual([true, true]);
      expect(smtp.received).toHaveLength(2);
    } finally {
      await t.stop();
      await smtp.close();
    }
  });
});

describe("letters without a mail server (the embedded default)", () => {
  it("are written as .eml files under the data directory's mail folder", async () => {
    const t = await startTestStack("sqlite");
    try {
      const p = procedure(t);
      const c = await p.admissible({ language: "DE" });
      await p.acknowledge(c.id);
      await t.settle();
      const [letter] = await lettersOf(t, c.id);
      const dir = path.join(t.config.dataDir, "mail");
      expect(t.config.mail.dir).toBe(dir);
      const files = fs.readdirSync(dir);
      expect(files).toEqual([`letter-${letter.id}@ibz-complaints.eml`]);
      const eml = fs.readFileSync(path.join(dir, files[0]), "utf8");
      expect(eml).toMatch(/^To: an@example\.be$/m);
      expect(eml).toMatch(/^Content-Language: de$/m);
      expect(letter.sentAt).toBe(START);
    } finally {
      await t.stop();
    }
  });
});
