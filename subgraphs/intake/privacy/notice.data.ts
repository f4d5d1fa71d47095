import { Language } from "../../../lib/domain/enums";

/** The rights a data subject has over the complaint's data (GDPR art. 15-18, 77). */
export enum DataSubjectRight {
  ACCESS = "ACCESS",
  RECTIFICATION = "RECTIFICATION",
  ERASURE = "ERASURE",
  RESTRICTION = "RESTRICTION",
  COMPLAINT = "COMPLAINT",
}

/**
 * The privacy notice (GDPR art. 13) in the four languages. `{controller}`, `{dpo}`, `{url}` and `{years}` are the
 * settings (lib/config.ts, PrivacySettings); `retentionArchive` is said while RETENTION_YEARS is unset.
 */
export interface NoticeTexts {
  /** The controller when PRIVACY_CONTROLLER is unset: the FOD's name in the language, before its central address. */
  fod: string;
  title: string;
  headings: { controller: string; purpose: string; retention: string; rights: string; exercise: string; dpo: string; authority: string };
  controller: string;
  purpose: string;
  legalBasis: string;
  retentionYears: string;
  retentionArchive: string;
  rights: Record<DataSubjectRight, string>;
  exercise: string;
  dpo: string;
  authority: string;
  /** The acknowledgement letter's paragraph: the essentials and where to read the whole notice. */
  short: string;
}

export const NOTICE_TEXTS: Record<Language, NoticeTexts> = {
  [Language.NL]: {
    fod: "FOD Binnenlandse Zaken",
    title: "Privacyverklaring bij de klachtenbehandeling",
    headings: {
      controller: "Wie verwerkt uw gegevens?",
      purpose: "Waarom?",
      retention: "Hoe lang?",
      rights: "Uw rechten",
      exercise: "Hoe oefent u ze uit?",
      dpo: "Functionaris voor gegevensbescherming",
      authority: "Klacht bij de toezichthouder",
    },
    controller: "{controller} is verwerkingsverantwoordelijke voor de gegevens van uw klacht.",
    purpose:
      "Wij gebruiken uw naam, contactgegevens en wat u ons over uw klacht meedeelt enkel om uw klacht te behandelen, u te antwoorden en de klachtenbehandeling jaarlijks te evalueren (die evaluatie gebruikt geen persoonsgegevens).",
    legalBasis:
      "Rechtsgrond: de klachtenbehandeling is een taak van algemeen belang van de federale overheid (artikel 6.1.e van de AVG en de wet van 30 juli 2018).",
    retentionYears: "Wij bewaren de persoonsgegevens van uw klacht {years} jaar nadat de behandeling ervan is afgesloten en wissen ze daarna.",
    retentionArchive:
      "Wij bewaren de persoonsgegevens van uw klacht zo lang als de door het Rijksarchief goedgekeurde selectielijst van de FOD voorschrijft, en wissen ze daarna.",
    rights: {
      ACCESS: "Inzage: u krijgt een kopie van alle gegevens over uw klacht en van wie ze heeft ingezien (rol en dienst).",
      RECTIFICATION: "Verbetering: onjuiste of onvolledige gegevens (naam, e-mailadres, postadres, telefoon) laten verbeteren.",
      ERASURE: "Wissing: uw gegevens laten wissen wanneer ze niet langer nodig zijn of er een andere wettelijke grond is.",
      RESTRICTION: "Beperking: de verwerking laten beperken zolang een verbetering of bezwaar wordt onderzocht.",
      COMPLAINT: "Klacht: een klacht indienen bij de Gegevensbeschermingsautoriteit.",
    },
    exercise:
      "Hebt u uw klacht online ingediend, dan kunt u uw gegevens zelf inzien en verbeteren in uw klachtendossier. Anders, of voor de andere rechten, schrijft u (met het nummer van uw klacht) aan de Centrale Klachtendienst of aan de functionaris voor gegevensbescherming: {dpo}.",
    dpo: "U bereikt de functionaris voor gegevensbescherming van de FOD via {dpo}.",
    authority: "Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel, www.gegevensbeschermingsautoriteit.be.",
    short:
      "Privacy: {controller} verwerkt uw gegevens enkel om uw klacht te behandelen (een taak van algemeen belang). U kunt ze inzien, laten verbeteren of wissen; vragen kunt u richten aan de functionaris voor gegevensbescherming ({dpo}). De volledige privacyverklaring leest u op {url}.",
  },
  [Language.FR]: {
    fod: "SPF Intérieur",
    title: "Déclaration de confidentialité relative au traitement des plaintes",
    headings: {
      controller: "Qui traite vos données ?",
      purpose: "Pourquoi ?",
      retention: "Combien de temps ?",
      rights: "Vos droits",
      exercise: "Comment les exercer ?",
      dpo: "Délégué à la protection des données",
      authority: "Plainte auprès de l'autorité de contrôle",
    },
    controller: "{controller} est responsable du traitement des données de votre plainte.",
    purpose:
      "Nous utilisons votre nom, vos coordonnées et ce que vous nous communiquez au sujet de votre plainte uniquement pour traiter votre plainte, vous répondre et évaluer chaque année le traitement des plaintes (cette évaluation n'utilise aucune donnée personnelle).",
    legalBasis:
      "Base juridique : le traitement des plaintes est une mission d'intérêt public de l'administration fédérale (article 6.1.e du RGPD et loi du 30 juillet 2018).",
    retentionYears: "Nous conservons les données personnelles de votre plainte {years} ans après la clôture de son traitement, puis nous les effaçons.",
    retentionArchive:
      "Nous conservons les données personnelles de votre plainte aussi longtemps que le prescrit le tableau de tri du SPF approuvé par les Archives de l'État, puis nous les effaçons.",
    rights: {
      ACCESS: "Accès : vous recevez une copie de toutes les données relatives à votre plainte et de qui les a consultées (rôle et service).",
      RECTIFICATION: "Rectification : faire corriger des données inexactes ou incomplètes (nom, adresse e-mail, adresse postale, téléphone).",
      ERASURE: "Effacement : faire effacer vos données lorsqu'elles ne sont plus nécessaires ou sur un autre fondement légal.",
      RESTRICTION: "Limitation : faire limiter le traitement pendant l'examen d'une rectification ou d'une opposition.",
      COMPLAINT: "Plainte : introduire une plainte auprès de l'Autorité de protection des données.",
    },
    exercise:
      "Si vous avez introduit votre plainte en ligne, vous pouvez consulter et corriger vous-même vos données dans votre dossier. Sinon, ou pour les autres droits, écrivez (avec le numéro de votre plainte) au Service central des plaintes ou au délégué à la protection des données : {dpo}.",
    dpo: "Vous pouvez joindre le délégué à la protection des données du SPF via {dpo}.",
    authority: "Autorité de protection des données, Rue de la Presse 35, 1000 Bruxelles, www.autoriteprotectiondonnees.be.",
    short:
      "Vie privée : {controller} traite vos données uniquement pour traiter votre plainte (une mission d'intérêt public). Vous pouvez les consulter, les faire rectifier ou effacer ; adressez vos questions au délégué à la protection des données ({dpo}). La déclaration de confidentialité complète se trouve sur {url}.",
  },
  [Language.DE]: {
    fod: "FÖD Inneres",
    title: "Datenschutzerklärung zur Beschwerdebearbeitung",
    headings: {
      controller: "Wer verarbeitet Ihre Daten?",
      purpose: "Warum?",
      retention: "Wie lange?",
      rights: "Ihre Rechte",
      exercise: "Wie üben Sie sie aus?",
      dpo: "Datenschutzbeauftragter",
      authority: "Beschwerde bei der Aufsichtsbehörde",
    },
    controller: "{controller} ist Verantwortlicher für die Daten Ihrer Beschwerde.",
    purpose:
      "Wir verwenden Ihren Namen, Ihre Kontaktdaten und Ihre Angaben zur Beschwerde nur, um Ihre Beschwerde zu bearbeiten, Ihnen zu antworten und die Beschwerdebearbeitung jährlich auszuwerten (diese Auswertung verwendet keine personenbezogenen Daten).",
    legalBasis:
      "Rechtsgrundlage: Die Beschwerdebearbeitung ist eine Aufgabe im öffentlichen Interesse der Föderalverwaltung (Artikel 6 Absatz 1 Buchstabe e DSGVO und Gesetz vom 30. Juli 2018).",
    retentionYears: "Wir bewahren die personenbezogenen Daten Ihrer Beschwerde {years} Jahre nach Abschluss ihrer Bearbeitung auf und löschen sie danach.",
    retentionArchive:
      "Wir bewahren die personenbezogenen Daten Ihrer Beschwerde so lange auf, wie es die vom Staatsarchiv genehmigte Auswahlliste des FÖD vorschreibt, und löschen sie danach.",
    rights: {
      ACCESS: "Auskunft: Sie erhalten eine Kopie aller Daten zu Ihrer Beschwerde und der Zugriffe darauf (Rolle und Dienst).",
      RECTIFICATION: "Berichtigung: unrichtige oder unvollständige Daten (Name, E-Mail-Adresse, Postanschrift, Telefon) berichtigen lassen.",
      ERASURE: "Löschung: Ihre Daten löschen lassen, wenn sie nicht mehr nötig sind oder ein anderer gesetzlicher Grund besteht.",
      RESTRICTION: "Einschränkung: die Verarbeitung einschränken lassen, solange eine Berichtigung oder ein Widerspruch geprüft wird.",
      COMPLAINT: "Beschwerde: bei der Datenschutzbehörde Beschwerde einlegen.",
    },
    exercise:
      "Haben Sie Ihre Beschwerde online eingereicht, können Sie Ihre Daten selbst in Ihrer Beschwerdeakte einsehen und berichtigen. Andernfalls oder für die anderen Rechte schreiben Sie (mit der Nummer Ihrer Beschwerde) an den Zentralen Beschwerdedienst oder an den Datenschutzbeauftragten: {dpo}.",
    dpo: "Den Datenschutzbeauftragten des FÖD erreichen Sie über {dpo}.",
    authority: "Datenschutzbehörde, Rue de la Presse 35 / Drukpersstraat 35, 1000 Brüssel, www.datenschutzbehorde.be.",
    short:
      "Datenschutz: {controller} verarbeitet Ihre Daten nur zur Bearbeitung Ihrer Beschwerde (eine Aufgabe im öffentlichen Interesse). Sie können sie einsehen, berichtigen oder löschen lassen; Fragen richten Sie an den Datenschutzbeauftragten ({dpo}). Die vollständige Datenschutzerklärung finden Sie auf {url}.",
  },
  [Language.EN]: {
    fod: "FPS Home Affairs",
    title: "Privacy notice for the handling of complaints",
    headings: {
      controller: "Who processes your data?",
      purpose: "Why?",
      retention: "For how long?",
      rights: "Your rights",
      exercise: "How to exercise them",
      dpo: "Data protection officer",
      authority: "Complaint to the supervisory authority",
    },
    controller: "{controller} is the controller of the data of your complaint.",
    purpose:
      "We use your name, your contact details and what you tell us about your complaint only to handle your complaint, to answer you and to evaluate complaint handling every year (that evaluation uses no personal data).",
    legalBasis:
      "Legal basis: handling complaints is a task carried out in the public interest by the federal administration (GDPR article 6(1)(e) and the Belgian law of 30 July 2018).",
    retentionYears: "We keep the personal data of your complaint for {years} years after its handling is finished, and erase it then.",
    retentionArchive:
      "We keep the personal data of your complaint for as long as the FOD's archive selection list, approved by the State Archives, prescribes, and erase it then.",
    rights: {
      ACCESS: "Access: you get a copy of all data about your complaint and of who consulted it (role and department).",
      RECTIFICATION: "Rectification: have inaccurate or incomplete data (name, e-mail address, postal address, phone) corrected.",
      ERASURE: "Erasure: have your data erased when it is no longer needed or on another legal ground.",
      RESTRICTION: "Restriction: have the processing restricted while a correction or an objection is examined.",
      COMPLAINT: "Complaint: lodge a complaint with the Data Protection Authority.",
    },
    exercise:
      "If you filed your complaint online, you can see and correct your data yourself in your complaint file. Otherwise, or for the other rights, write (quoting your complaint's number) to the Central Complaints Service or to the data protection officer: {dpo}.",
    dpo: "You reach the FOD's data protection officer at {dpo}.",
    authority: "Data Protection Authority, Rue de la Presse 35, 1000 Brussels, www.dataprotectionauthority.be.",
    short:
      "Privacy: {controller} processes your data only to handle your complaint (a task in the public interest). You may see it, have it corrected or erased; send questions to the data protection officer ({dpo}). The full privacy notice is at {url}.",
  },
};
