export interface DemoReadyInfo {
  apiUrl: string;
  /** Set when the web app is built (dist/apps/web) and the API serves it. */
  webUrl?: string;
  mailUrl: string;
  postgres: 'embedded' | 'server';
  postgresDetail: string;
  redis: 'server' | 'spawned';
  redisDetail: string;
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
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const rule = '='.repeat(72);
  return [
    rule,
    'Leerhuis demo is running',
    '',
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    '',
    info.webUrl
      ? '  Open the web app and sign in as any demo member, e.g. anouk.devries@minbzk.nl;'
      : '  Sign in as any demo member, e.g. anouk.devries@minbzk.nl: ask for a sign-in link',
    info.webUrl
      ? '  the sign-in link arrives in the mail inbox.'
      : '  and open it from the mail inbox.',
    '  Press Ctrl+C to stop.',
    rule,
  ].join('\n');
}
