export interface DemoReadyInfo {
  apiUrl: string;
  /** Set when the web app is built (dist/apps/web) and the API serves it. */
  webUrl?: string;
  mailUrl: string;
  postgres: 'embedded' | 'server';
  postgresDetail: string;
  /** Without a password: for tools and tests that seed or inspect the demo's database. */
  databaseUrl: string;
  redis: 'server' | 'spawned';
  redisDetail: string;
  /** Where the API, worker and PostgreSQL write their logs. */
  logDir: string;
  /** One member to sign in as per role, from the seed tool. */
  personas: DemoPersona[];
}

export interface DemoPersona {
  role: string;
  email: string;
  where: string;
}

export const PERSONAS_MARKER = 'LEERHUIS_DEMO_PERSONAS';

/** The personas from the seed tool's output lines (empty when it printed none). */
export function parsePersonas(lines: string[]): DemoPersona[] {
  for (const line of lines) {
    const at = line.indexOf(`${PERSONAS_MARKER} `);
    if (at >= 0) return JSON.parse(line.slice(at + PERSONAS_MARKER.length + 1)) as DemoPersona[];
  }
  return [];
}

export const READY_MARKER = 'LEERHUIS_DEMO_READY';

/** One line for scripts and tests: the marker, a space and JSON. */
export function readyLine(info: DemoReadyInfo): string {
  return `${READY_MARKER} ${JSON.stringify({
    ...(info.webUrl ? { webUrl: info.webUrl } : {}),
    apiUrl: info.apiUrl,
    mailUrl: info.mailUrl,
    graphqlUrl: `${info.apiUrl}/graphql`,
    healthUrl: `${info.apiUrl}/health/ready`,
    bullBoardUrl: `${info.apiUrl}/admin/queues`,
    postgres: info.postgres,
    databaseUrl: info.databaseUrl,
    redis: info.redis,
  })}`;
}

export function readyBanner(info: DemoReadyInfo): string {
  const rows: [string, string][] = [
    ...(info.webUrl ? [['Web app', info.webUrl] as [string, string]] : []),
    ['GraphQL', `${info.apiUrl}/graphql`],
    ['Mail inbox', info.mailUrl],
    ['Bull Board', `${info.apiUrl}/admin/queues`],
    ['Health', `${info.apiUrl}/health/ready`],
    ['PostgreSQL', `${info.postgres} (${info.postgresDetail})`],
    ['Redis', `${info.redis} (${info.redisDetail})`],
    ['Logs', info.logDir],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const roleWidth = Math.max(0, ...info.personas.map((p) => p.role.length));
  const personas = info.personas.length
    ? [
        '  Sign in as (the link arrives in the mail inbox):',
        ...info.personas.map(
          (p) => `    ${p.role.padEnd(roleWidth)}  ${p.email.padEnd(28)}  ${p.where}`,
        ),
        '  or with any other address: a new member completes a short profile first.',
      ]
    : [];
  const rule = '='.repeat(72);
  return [
    rule,
    'Leerhuis demo is running',
    '',
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    '',
    ...personas,
    '',
    '  Requests and job logs go to the files under Logs; warnings and errors show here.',
    '  Press Ctrl+C to stop.',
    rule,
  ].join('\n');
}
