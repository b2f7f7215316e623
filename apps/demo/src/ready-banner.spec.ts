import { parsePersonas, READY_MARKER, readyBanner, readyLine } from './ready-banner';

const info = {
  apiUrl: 'http://127.0.0.1:3000',
  mailUrl: 'http://127.0.0.1:8025',
  postgres: 'embedded' as const,
  postgresDetail: 'PostgreSQL 18 on 127.0.0.1:5433, data in .data/postgres',
  databaseUrl: 'postgres://postgres@127.0.0.1:5433/leerhuis_demo',
  redis: 'spawned' as const,
  redisDetail: 'redis-server at redis://127.0.0.1:40000',
  logDir: '.data/logs',
  personas: [
    { role: 'platform admin', email: 'anouk.devries@minbzk.nl', where: '/beheer/e-mail' },
    { role: 'leergroep facilitator', email: 'sanne.mulder@minezk.nl', where: '/leergroepen' },
  ],
};

describe(readyLine.name, () => {
  it('does print one parseable line', () => {
    const line = readyLine(info);
    expect(line.startsWith(`${READY_MARKER} `)).toBe(true);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line.slice(READY_MARKER.length + 1))).toEqual({
      apiUrl: 'http://127.0.0.1:3000',
      mailUrl: 'http://127.0.0.1:8025',
      graphqlUrl: 'http://127.0.0.1:3000/graphql',
      healthUrl: 'http://127.0.0.1:3000/health/ready',
      bullBoardUrl: 'http://127.0.0.1:3000/admin/queues',
      postgres: 'embedded',
      databaseUrl: 'postgres://postgres@127.0.0.1:5433/leerhuis_demo',
      redis: 'spawned',
    });
  });
});

describe(readyBanner.name, () => {
  it('does list every URL and a demo sign-in address', () => {
    const banner = readyBanner(info);
    for (const text of [
      'http://127.0.0.1:3000/graphql',
      'http://127.0.0.1:8025',
      'http://127.0.0.1:3000/admin/queues',
      'http://127.0.0.1:3000/health/ready',
      'embedded',
      '.data/logs',
      'anouk.devries@minbzk.nl',
    ]) {
      expect(banner).toContain(text);
    }
  });
});

describe('the web app in the ready output', () => {
  it('does put the web app first when it is served', () => {
    const withWeb = { ...info, webUrl: 'http://127.0.0.1:3000/' };
    const rows = readyBanner(withWeb)
      .split('\n')
      .filter((row) => row.includes('http'));
    expect(rows[0]).toMatch(/Web app\s+http:\/\/127\.0\.0\.1:3000\/$/);
    const line = readyLine(withWeb);
    expect(JSON.parse(line.slice(READY_MARKER.length + 1)).webUrl).toBe('http://127.0.0.1:3000/');
  });

  it('does leave it out when the web app is not built', () => {
    expect(readyBanner(info)).not.toContain('Web app');
    expect(readyLine(info)).not.toContain('webUrl');
  });
});

describe(parsePersonas.name, () => {
  it('does read the persona line of the seed tool and name each role in the banner', () => {
    const personas = parsePersonas([
      'demo data ready',
      `LEERHUIS_DEMO_PERSONAS ${JSON.stringify(info.personas)}`,
    ]);
    expect(personas).toEqual(info.personas);
    expect(readyBanner({ ...info, personas })).toMatch(
      /leergroep facilitator\s+sanne\.mulder@minezk\.nl/,
    );
  });

  it('does give none when the line is missing', () => {
    expect(parsePersonas(['demo data ready'])).toEqual([]);
  });
});
