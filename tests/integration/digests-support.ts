import { planDigestsJob } from '@leerhuis/digests';
import { QueueProducer } from '@leerhuis/platform-queue';
import { waitFor } from '@leerhuis/platform-testing';

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

import { baseEnv, REPO_ROOT } from '../support/processes';
import type { TestStack } from '../support/stack';

export const DIGEST_SUBJECT = /^(Je overzicht van Leerhuis|Your Leerhuis overview)/;

/** Makes members due now (their digest window: one week back, or from last_digest_at). */
export async function makeDue(
  stack: TestStack,
  memberIds: string[],
  lastDigestAt: Date | null = null,
): Promise<Date> {
  const [{ due }]: { due: Date }[] = await stack.dataSource.query(
    `UPDATE notification_settings
        SET next_digest_at = date_trunc('milliseconds', now()), last_digest_at = $2
      WHERE member_id = ANY($1::uuid[]) RETURNING next_digest_at AS due`,
    [memberIds, lastDigestAt],
  );
  return due;
}

/** Puts members out of the run: their next digest is far away. */
export async function notDue(stack: TestStack, memberIds: string[]): Promise<void> {
  await stack.dataSource.query(
    `UPDATE notification_settings SET next_digest_at = now() + interval '30 days'
      WHERE member_id = ANY($1::uuid[])`,
    [memberIds],
  );
}

/** Runs the planner on real BullMQ (as the cron would) and waits until nobody is due. */
export async function runDigests(stack: TestStack, producer: QueueProducer): Promise<void> {
  await producer.enqueue(planDigestsJob, {}, { jobId: `plan-${Date.now()}` });
  await waitFor(
    async () => {
      const [{ n }]: { n: number }[] = await stack.dataSource.query(
        `SELECT count(*)::int AS n FROM notification_settings
          WHERE digest_frequency <> 'NEVER' AND (next_digest_at IS NULL OR next_digest_at <= now())`,
      );
      return n === 0;
    },
    'every due digest handled',
    30_000,
  );
}

/** The digest items (titles) of an email's text part, per section heading. */
export function digestSections(text: string, headings: string[]): Record<string, string[]> {
  const sections: Record<string, string[]> = {};
  let current: string | null = null;
  for (const line of text.split('\n')) {
    if (headings.includes(line)) {
      current = line;
      sections[current] = [];
    } else if (line === '--') {
      current = null;
    } else if (current && /^[*-] /.test(line)) {
      sections[current].push(line.slice(2));
    }
  }
  return sections;
}

/**
 * An SMTP server that counts what it accepts and keeps only envelope recipient and subject.
 * `delayMs` holds each message before the final "250 OK" (a slow server, so a worker can be
 * killed mid-run); a message whose client disconnected before that answer was never accepted
 * and is not counted, as a real server would not deliver it.
 */
export class SmtpSink {
  readonly accepted: { to: string; subject: string }[] = [];
  private readonly closed = new Set<string>();
  private held: { session: string; accept: () => void }[] | null = null;
  private server?: SMTPServer;

  constructor(private readonly options: { delayMs?: number; keep?: boolean } = {}) {}

  get count(): number {
    return this.acceptedCount;
  }

  private acceptedCount = 0;

  async start(): Promise<number> {
    const server = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      logger: false,
      closeTimeout: 1000,
      // A reverse DNS lookup per connection would be measured as SMTP time.
      disableReverseLookup: true,
      onClose: (session) => this.closed.add(session.id),
      onData: (stream, session, callback) => {
        const keep = this.options.keep !== false;
        const chunks: Buffer[] = [];
        let head = '';
        stream.on('data', (chunk: Buffer) => {
          if (keep && head.length < 4096) {
            chunks.push(chunk);
            head = Buffer.concat(chunks).toString('utf8', 0, 4096);
          }
        });
        stream.on('end', () => {
          const accept = () => {
            if (this.closed.has(session.id)) return callback(new Error('client went away'));
            this.acceptedCount++;
            if (keep) {
              const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(head)?.[1] ?? '';
              this.accepted.push({
                to: session.envelope.rcptTo.map((r) => r.address).join(','),
                subject: subject.replace(/\r?\n[ \t]/g, ' '),
              });
            }
            callback();
          };
          const answer = () =>
            this.held ? this.held.push({ session: session.id, accept }) : accept();
          if (this.options.delayMs) setTimeout(answer, this.options.delayMs);
          else answer();
        });
      },
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.server.address() as AddressInfo).port;
  }

  /** From now on, messages get no answer until `release()`: clients hang mid-transaction. */
  hold(): void {
    this.held ??= [];
  }

  /** Messages waiting for an answer since `hold()` (one per client connection mid-transaction). */
  get heldCount(): number {
    return this.held?.length ?? 0;
  }

  /** Answers the held messages (refused when their client went away meanwhile). */
  release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const { accept } of held) accept();
  }

  /**
   * Resolves once the server has seen every held message's connection close (after the
   * client was killed): only then does `release()` refuse them all, as a real server would.
   */
  async heldClientsGone(): Promise<void> {
    await waitFor(
      async () => (this.held ?? []).every(({ session }) => this.closed.has(session)) || undefined,
      'the killed client’s connections to close',
    );
  }

  async stop(): Promise<void> {
    this.release();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

/**
 * The worker as its own process, from source (tests/bench/run.mjs transpiles on require), so
 * it can be killed with SIGKILL mid-run like a crashed container.
 */
export class WorkerProcess {
  readonly lines: string[] = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  /** `nodeArgs`: options for node itself, e.g. `--cpu-prof` to profile the worker. */
  constructor(env: Record<string, string>, nodeArgs: string[] = []) {
    this.child = spawn(
      process.execPath,
      [...nodeArgs, join(REPO_ROOT, 'tests/bench/run.mjs'), 'apps/worker/src/main.ts'],
      { cwd: REPO_ROOT, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        this.lines.push(...lines);
        if (this.lines.length > 5000) this.lines.splice(0, this.lines.length - 5000);
      });
    }
    this.exited = new Promise((resolve) => this.child.once('close', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  async ready(timeoutMs = 60_000): Promise<void> {
    await waitFor(
      async () => {
        if (this.child.exitCode !== null) {
          throw new Error(`worker exited: ${this.lines.slice(-20).join('\n')}`);
        }
        return this.lines.some((line) => line.includes('job types'));
      },
      'the worker start line',
      timeoutMs,
    );
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    await this.exited;
  }
}

/** Peak resident memory (VmHWM) of a process, in MiB; Linux /proc. */
export function peakRssMiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}
