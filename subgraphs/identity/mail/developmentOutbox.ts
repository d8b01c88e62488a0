import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { assertSendable, MailDeliveryError, type Mailer, type OutgoingMail } from './mailPort.ts';

/** One message as the development outbox keeps it: what was sent, to whom, and when. */
export interface OutboxMessage {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** ISO 8601, UTC. */
  sentAt: string;
}

const outboxMessage = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  sentAt: z.string(),
});

/** The outbox file's place in the data folder: beside the databases and the development secrets. */
export function developmentOutboxPath(dataDir: string): string {
  return join(dataDir, 'mail-outbox.jsonl');
}

/**
 * The adapter used in development when SMTP_URL is unset: instead of delivering, it appends each
 * message as one JSON line to a file in the data folder, where the console's mailbox page, the
 * `/dev/mailbox` page and browser tests read it (e.g. to follow the link of a welcome email).
 *
 * A file rather than memory, so that every process (the subgraph that sends, a test or a script that
 * reads) sees the same mail, and mail survives a restart. Each message is written by one `appendFile`
 * (O_APPEND): concurrent sends, even from several processes, add whole lines and never interleave.
 */
export class DevelopmentOutbox implements Mailer {
  readonly #path: string;
  readonly #from: string;

  constructor(options: { path: string; from: string }) {
    this.#path = options.path;
    this.#from = options.from;
  }

  get path(): string {
    return this.#path;
  }

  async send(message: OutgoingMail): Promise<void> {
    assertSendable(message);
    const stored: OutboxMessage = {
      id: randomUUID(),
      from: this.#from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      sentAt: new Date().toISOString(),
    };
    try {
      await mkdir(dirname(this.#path), { recursive: true });
      // JSON.stringify escapes line breaks inside strings, so one message is always exactly one line.
      await appendFile(this.#path, `${JSON.stringify(stored)}\n`, { encoding: 'utf8', mode: 0o600 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'no code';
      throw new MailDeliveryError('storage', `Mail not stored: could not write the development outbox (${code})`, {
        transient: false,
      });
    }
  }

  /**
   * The latest messages, newest first (the order they were written). A line still being written by
   * another process, or one that is not a stored message, is skipped rather than failing the page.
   */
  async listOutbox(limit = 50): Promise<OutboxMessage[]> {
    let content: string;
    try {
      content = await readFile(this.#path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const newestFirst: OutboxMessage[] = [];
    // Only lines ended by "\n" are complete; the last element after the split is an unfinished line.
    const lines = content.split('\n').slice(0, -1);
    for (let index = lines.length - 1; index >= 0 && newestFirst.length < limit; index -= 1) {
      const parsed = outboxMessage.safeParse(parseJson(lines[index] ?? ''));
      if (parsed.success) newestFirst.push(parsed.data);
    }
    return newestFirst;
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
