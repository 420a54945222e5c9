// For tests: a real SMTP server in this process (smtp-server) that parses what it receives
// (mailparser), and a sender wired to it. Any module's test can read the mail its code sends.
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { createMailSender, type MailSenderOptions } from './sender.ts';

export interface TestSmtp {
  url: string;
  /** Every message accepted, in order. */
  received: ParsedMail[];
  /**
   * Refuse the next recipients with this reply instead of accepting them: e.g. { code: 451, count: 2 }
   * (temporary), { code: 550, count: Infinity } (permanent).
   */
  refuse: { code: number; count: number } | null;
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtp> {
  const state: TestSmtp = { url: '', received: [], refuse: null, close: async () => undefined };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.refuse && state.refuse.count > 0) {
        state.refuse.count--;
        const text = state.refuse.code >= 500 ? 'Mailbox unavailable' : 'Try again later';
        return callback(Object.assign(new Error(text), { responseCode: state.refuse.code }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          state.received.push(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** A sender for tests: silent, short SMTP time-outs, the given clock. */
export function testMailSender(db: Kysely<DB>, opts: Partial<MailSenderOptions> = {}) {
  return createMailSender({ db, logger: pino({ level: 'silent' }), from: 'noreply@samverkan.test', smtpTimeoutMs: 5_000, ...opts });
}

/** The plain address of a parsed message's first To. */
export function toAddress(mail: ParsedMail): string | undefined {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address;
}
