import {
  createTestDatabase,
  GraphqlClient,
  TEST_SERVER_URL,
  testRedisPrefix,
} from '@leerhuis/platform-testing';

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

import { AppProcess, BUILT, requireBuilt } from '../support/processes';
import {
  demoDataDir,
  mailTo,
  type ReadyInfo,
  signInThroughInbox,
  startDemo,
  stopWithCtrlC,
  watchReadiness,
} from './demo-support';

// The README's demo, as a newcomer runs it: one command, then sign in with the link from the
// mail inbox; once on a PostgreSQL server and once on the embedded PostgreSQL.
const ADMIN = 'anouk.devries@minbzk.nl';
const BZK = '00000000-0000-4000-8000-000000000003';

beforeAll(() => requireBuilt(BUILT.demo, BUILT.api, BUILT.worker, BUILT.migrate));

function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(name: string): Promise<void> {
  const client = new Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}

describe('the demo on a PostgreSQL server', () => {
  const name = `leerhuis_demo_e2e_${process.pid}`;
  const redis = testRedisPrefix();
  let dataDir: string;
  let demo: AppProcess | undefined;

  beforeAll(() => {
    dataDir = demoDataDir();
  });

  afterAll(async () => {
    if (demo?.running) await demo.stop('SIGINT', 30_000);
    await redis.cleanup();
    await dropDatabase(name);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A demo on a database of its own name that does not exist yet. */
  const startOnServer = async () => {
    await dropDatabase(name);
    const started = await startDemo({
      DATABASE_URL: databaseUrl(name),
      REDIS_PREFIX: redis.prefix,
      LEERHUIS_DATA_DIR: dataDir,
    });
    demo = started.demo;
    return started;
  };

  it('does create the database DATABASE_URL names, let a demo member sign in and stop on Ctrl+C', async () => {
    const started = await startOnServer();
    expect(started.info.postgres).toBe('server');
    expect(started.demo.stdout.join('\n')).toContain(`created database "${name}"`);
    const admin = await signInThroughInbox(started.info, ADMIN);
    const me = await admin.ok<{ me: { email: string; needsProfile: boolean } }>(
      `{ me { email needsProfile } }`,
    );
    expect(me.me).toEqual({ email: ADMIN, needsProfile: false });
    await stopWithCtrlC(started.demo);
  });

  /** A demo that ran, had a member sign in and stopped, as the first test leaves one. */
  const ranAndStopped = async (): Promise<AppProcess> => {
    if (demo && !demo.running) return demo;
    const started = await startOnServer();
    await signInThroughInbox(started.info, ADMIN);
    await stopWithCtrlC(started.demo);
    return started.demo;
  };

  it('does keep the terminal readable: request logs in a file, the banner last with a member per role', async () => {
    const output = (await ranAndStopped()).stdout.join('\n');
    const beforeStop = output.slice(0, output.indexOf('[demo] stopping'));
    // Nothing after the ready line but what we did afterwards (no request log lines).
    const lines = beforeStop.trim().split('\n');
    // The banner is the last thing on screen; the ready line for tools comes just before it.
    expect(lines.at(-1)).toMatch(/^={72}$/);
    expect(lines.at(-2)).toContain('Press Ctrl+C to stop.');
    // No JSON request-log lines from the API on the terminal.
    expect(lines.filter((l) => /^\[api\] \{/.test(l))).toEqual([]);
    for (const role of [
      'platform admin',
      'CoP coordinator',
      'intervisie moderator',
      'leergroep facilitator',
      'plain member',
    ]) {
      expect(beforeStop).toMatch(new RegExp(`${role}\\s+\\S+@\\S+`));
    }
    const apiLog = join(dataDir, 'logs', 'api.log');
    expect(beforeStop).toContain(join(dataDir, 'logs'));
    expect(existsSync(apiLog)).toBe(true);
    expect(readFileSync(apiLog, 'utf8')).toContain('/graphql');
  });
});

const CP = `query($slug: String!) { community(slug: $slug) { id name } }`;
const MEETINGS = `query($c: ID!) { meetings(communityId: $c, first: 5) { nodes { id title } } }`;

describe('the demo on embedded PostgreSQL', () => {
  const redis = testRedisPrefix();
  let dataDir: string;
  let demo: AppProcess | undefined;
  let info: ReadyInfo;

  beforeAll(() => {
    dataDir = demoDataDir();
  });
  const newcomer = 'nieuwe.collega@minbzk.nl';
  /** The demo on its embedded PostgreSQL, with this file's data folder and Redis prefix. */
  const startEmbedded = () =>
    startDemo({
      LEERHUIS_EMBEDDED_POSTGRES: '1',
      LEERHUIS_DATA_DIR: dataDir,
      REDIS_PREFIX: redis.prefix,
    });

  afterAll(async () => {
    if (demo?.running) await demo.stop('SIGINT', 30_000);
    await redis.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('does carry a new member from sign-in through a CoP, a post, an RSVP and a koffiedate round, with readiness at 200 throughout', async () => {
    const started = await startEmbedded();
    demo = started.demo;
    info = started.info;
    expect(info.postgres).toBe('embedded');
    expect(demo.stdout.join('\n')).toContain(`data in ${join(dataDir, 'postgres')}`);

    const { failures } = await watchReadiness(info.healthUrl, async () => {
      // Sign in as a new person and complete the short profile.
      const member = await signInThroughInbox(info, newcomer);
      const me = await member.ok<{ me: { needsProfile: boolean } }>(`{ me { needsProfile } }`);
      expect(me.me.needsProfile).toBe(true);
      await member.ok(
        `mutation($input: CompleteProfileInput!) { completeProfile(input: $input) { id name } }`,
        {
          input: { name: 'Nina Nieuw', organisationId: BZK, jobRole: 'ADVISER', themes: ['wonen'] },
        },
      );

      // Join an open CoP, post a thread and RSVP to its next meeting.
      const { community } = await member.ok<{ community: { id: string } }>(CP, {
        slug: 'samenwerken-in-de-keten',
      });
      await member.ok(
        `mutation($c: ID!) { joinCommunity(input: { communityId: $c }) { status } }`,
        { c: community.id },
      );
      const thread = await member.ok<{ startDiscussionThread: { id: string } }>(
        `mutation($c: ID!) { startDiscussionThread(input: { communityId: $c, title: "Eerste vraag van Nina", body: "Wie kent een goed draaiboek?" }) { id } }`,
        { c: community.id },
      );
      expect(thread.startDiscussionThread.id).toBeDefined();
      const meetings = await member.ok<{ meetings: { nodes: { id: string }[] } }>(MEETINGS, {
        c: community.id,
      });
      expect(meetings.meetings.nodes.length).toBeGreaterThan(0);
      await member.ok(
        `mutation($m: ID!) { rsvpToMeeting(input: { meetingId: $m, response: GOING }) { status } }`,
        { m: meetings.meetings.nodes[0].id },
      );

      // Opt in to this month's koffiedate; the admin matches the round; the worker emails.
      const optIn = await member.ok<{ optInToCoffeeDates: { openRound: { id: string } } }>(
        `mutation { optInToCoffeeDates(input: { everyMonth: true }) { joinedOpenRound openRound { id state } } }`,
      );
      const roundId = optIn.optInToCoffeeDates.openRound.id;
      const admin: GraphqlClient = await signInThroughInbox(info, ADMIN);
      const matched = await admin.ok<{ matchCoffeeDateRound: { state: string } }>(
        `mutation($id: ID!) { matchCoffeeDateRound(input: { roundId: $id }) { id state } }`,
        { id: roundId },
      );
      expect(['MATCHING', 'MATCHED']).toContain(matched.matchCoffeeDateRound.state);
      const match = await mailTo(
        info,
        newcomer,
        (m) => /^(Je koffiedate van|Your koffiedate for) /.test(m.subject),
        'the koffiedate match email',
        60_000,
      );
      expect(match.text).toContain(info.apiUrl);
    });
    expect(failures).toEqual([]);
    await stopWithCtrlC(demo);
  });

  /** Nina Nieuw signed in and completed her profile, as the journey test does first. */
  const ninaHasAProfile = async () => {
    if (info) return;
    const started = await startEmbedded();
    demo = started.demo;
    info = started.info;
    const member = await signInThroughInbox(info, newcomer);
    await member.ok(
      `mutation($input: CompleteProfileInput!) { completeProfile(input: $input) { id name } }`,
      { input: { name: 'Nina Nieuw', organisationId: BZK, jobRole: 'ADVISER', themes: ['wonen'] } },
    );
    await stopWithCtrlC(demo);
  };

  it('does keep its data across a restart, and recover after the launcher was killed', async () => {
    await ninaHasAProfile();
    const again = await startEmbedded();
    demo = again.demo;
    const member = await signInThroughInbox(again.info, newcomer);
    const me = await member.ok<{ me: { needsProfile: boolean; member: { name: string } } }>(
      `{ me { needsProfile member { name } } }`,
    );
    expect(me.me).toEqual({ needsProfile: false, member: { name: 'Nina Nieuw' } });

    // SIGKILL leaves the PostgreSQL server running with its lock; the next start recovers.
    await demo.stop('SIGKILL');
    const recovered = await startEmbedded();
    demo = recovered.demo;
    const res = await fetch(recovered.info.healthUrl);
    expect(res.status).toBe(200);
    await stopWithCtrlC(demo);
  });
});

describe('the demo given bad input', () => {
  it('does name a taken API port and stop', async () => {
    const db = await createTestDatabase({ migrate: false });
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const demo = new AppProcess('demo', BUILT.demo, [], {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: db.url,
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        DEMO_API_PORT: String(port),
      });
      const exit = await demo.exited;
      expect(exit.code).toBe(1);
      expect(demo.stderr.join('\n')).toContain(`DEMO_API_PORT=${port}: that port is taken`);
    } finally {
      blocker.close();
      await db.drop();
    }
  });

  it('does name a data directory that cannot be written and stop', async () => {
    const parent = demoDataDir();
    const file = join(parent, 'a-file');
    writeFileSync(file, 'not a directory');
    try {
      const demo = new AppProcess('demo', BUILT.demo, [], {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LEERHUIS_EMBEDDED_POSTGRES: '1',
        LEERHUIS_DATA_DIR: join(file, 'data'),
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      });
      const exit = await demo.exited;
      expect(exit.code).toBe(1);
      expect(demo.stderr.join('\n')).toMatch(/cannot be written.*LEERHUIS_DATA_DIR/s);
      expect(readFileSync(file, 'utf8')).toBe('not a directory');
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
