import type { DataSource, EntityTarget } from "typeorm";
import type { Clock } from "../../../lib/platform/clock";
import type { Logger } from "../../../lib/platform/logger";
import type { MailTransport } from "./mail";
import { PollingWorker } from "../../../lib/platform/worker";
import { Letter } from "./letter.entity";
import { refusedForGood } from "./letter.status";

/** The sending state a table of outgoing mail has (letters, confirmation messages). */
export interface OutgoingMailRow {
  id: string;
  recipient: string | null;
  subject: string;
  text: string;
  language: string;
  attempts: number;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
  claimedUntil: Date | null;
  lastError: string | null;
}

export interface DispatcherOptions {
  dataSource: DataSource;
  transport: MailTransport;
  clock: Clock;
  log: Logger;
  pollMs: number;
  retryMs: number;
  batchSize?: number;
  /** How long a replica owns a letter it is sending; longer than any SMTP timeout. */
  claimMs?: number;
  /** Which table it sends from, and the Message-ID prefix; letters by default. */
  outbox?: { entity: EntityTarget<OutgoingMailRow>; name: string };
  /**
   * Called when a send was refused for good (SMTP 5xx) or failed `maxAttempts` times; true when it took the row
   * out of sending (a letter going by post). Otherwise the row is retried as after any failure.
   */
  giveUp?: { maxAttempts: number; handle(id: string, failure: SendFailure): Promise<boolean> };
}

export interface SendFailure {
  /** The server refused for good (a 5xx reply). */
  permanent: boolean;
  attempts: number;
  error: string;
}

const MAX_RETRY_MS = 60 * 60 * 1000;

/** The Message-ID of a row of `name`'s table (letter, confirmation): stable, so a copy can be recognised. */
export const messageIdOf = (name: string, id: string): string => `<${name}-${id}@ibz-complaints>`;

/**
 * Hands e-mail letters to the mail server. A letter is claimed before it is
 * sent, so two replicas never send the same one; it is marked sent as soon as
 * the server has accepted it. A failed send is retried later, with the delay
 * doubling per attempt up to an hour. Only a crash between the server's
 * acceptance and that mark can send a letter twice; its Message-ID is stable
 * so the copy can be recognised.
 */
export class LetterDispatcher extends PollingWorker {
  private readonly entity: EntityTarget<OutgoingMailRow>;
  private readonly name: string;

  constructor(private readonly options: DispatcherOptions) {
    super(options.pollMs, options.log, { message: "letter dispatch failed, retrying", context: {} });
    this.entity = options.outbox?.entity ?? Letter;
    this.name = options.outbox?.name ?? "letter";
  }

  override async stop(): Promise<void> {
    await super.stop();
    this.options.transport.close();
  }

  /** Sends what is due now; resolves to the number of letters the server accepted. */
  protected async work(): Promise<number> {
    const { dataSource, clock, batchSize = 20 } = this.options;
    const now = clock.now();
    const due = await dataSource
      .getRepository(this.entity)
      .createQueryBuilder("l")
      .where("l.nextAttemptAt <= :now", { now })
      .andWhere("(l.claimedUntil IS NULL OR l.claimedUntil < :now)", { now })
      .orderBy("l.nextAttemptAt", "ASC")
      .take(batchSize)
      .getMany();
    let sent = 0;
    for (const letter of due) {
      // Claimed from the time of the claim, not of the batch's start: a slow send before it must not shorten its claim.
      if (await this.claim(letter.id, clock.now())) sent += (await this.send(letter)) ? 1 : 0;
    }
    return sent;
  }

  private async claim(id: string, now: Date): Promise<boolean> {
    const result = await this.options.dataSource
      .createQueryBuilder()
      .update(this.entity)
      .set({ claimedUntil: new Date(now.getTime() + (this.options.claimMs ?? 120_000)) })
      .where("id = :id AND nextAttemptAt IS NOT NULL AND (claimedUntil IS NULL OR claimedUntil < :now)", { id, now })
      .execute();
    return result.affected === 1;
  }

  private async send(letter: OutgoingMailRow): Promise<boolean> {
    const { dataSource, transport, clock, log, retryMs } = this.options;
    const attempts = letter.attempts + 1;
    try {
      await transport.send({
        messageId: messageIdOf(this.name, letter.id),
        to: letter.recipient as string,
        subject: letter.subject,
        text: letter.text,
        language: letter.language.toLowerCase(),
      });
    } catch (err) {
      const error = String((err as Error).message ?? err).slice(0, 500);
      const permanent = refusedForGood(err);
      const { giveUp } = this.options;
      if (giveUp && (permanent || attempts >= giveUp.maxAttempts) && (await giveUp.handle(letter.id, { permanent, attempts, error }))) {
        log.warn({ [`${this.name}Id`]: letter.id, attempts, permanent, err: (err as Error).message }, "e-mail given up");
        return false;
      }
      const delay = Math.min(retryMs * 2 ** (attempts - 1), MAX_RETRY_MS);
      await dataSource.getRepository(this.entity).update(letter.id, {
        attempts,
        nextAttemptAt: new Date(clock.now().getTime() + delay),
        claimedUntil: null,
        lastError: error,
      });
      log.warn({ [`${this.name}Id`]: letter.id, attempts, retryInMs: delay, err: (err as Error).message }, "letter not sent, will retry");
      return false;
    }
    await dataSource.getRepository(this.entity).update(letter.id, {
      attempts,
      sentAt: clock.now(),
      nextAttemptAt: null,
      claimedUntil: null,
      lastError: null,
    });
    log.info({ [`${this.name}Id`]: letter.id, via: transport.description }, `${this.name} sent`);
    return true;
  }
}
