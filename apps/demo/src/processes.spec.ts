import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';

import {
  expectSuccess,
  LinePrefixer,
  startNodeProcess,
  stopProcess,
  waitForReady,
} from './processes';

describe(LinePrefixer.name, () => {
  it('does prefix whole lines across chunks and keep a bounded tail', () => {
    const written: string[] = [];
    const prefixer = new LinePrefixer('[api]', (l) => written.push(l), 2);
    prefixer.push('een\ntw');
    prefixer.push('ee\r\ndrie');
    expect(written).toEqual(['[api] een\n', '[api] twee\n']);
    prefixer.flush();
    expect(written).toEqual(['[api] een\n', '[api] twee\n', '[api] drie\n']);
    expect(prefixer.tail).toEqual(['twee', 'drie']);
  });
});

describe('node processes', () => {
  const opts = { env: process.env, cwd: tmpdir() };
  let write: jest.SpyInstance;

  beforeEach(() => {
    // The children's prefixed output would clutter the test report.
    write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => jest.restoreAllMocks());

  it('does resolve for a tool that exits 0 and prefix its output', async () => {
    await expectSuccess(startNodeProcess('seed', '-e', ['console.log("klaar")'], opts));
    expect(write).toHaveBeenCalledWith('[seed] klaar\n');
  });

  it('does reject with the last output of a tool that fails', async () => {
    const proc = startNodeProcess(
      'migrate',
      '-e',
      ['console.error("kapot"); process.exit(3)'],
      opts,
    );
    await expect(expectSuccess(proc)).rejects.toThrow(/migrate failed \(code 3\)[\s\S]*kapot/);
  });

  it('does stop a process with SIGTERM', async () => {
    const proc = startNodeProcess('api', '-e', ['setInterval(() => {}, 1000)'], opts);
    await stopProcess(proc, 5000);
    expect((await proc.exited).signal).toBe('SIGTERM');
  });

  it('does wait until the URL answers 200', async () => {
    let calls = 0;
    const server = createServer((_req, res) => res.writeHead(++calls < 3 ? 503 : 200).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      await waitForReady(`http://127.0.0.1:${port}/health/ready`, [], 10_000);
      expect(calls).toBe(3);
    } finally {
      server.close();
    }
  });

  it('does give up when a watched process dies, with its output', async () => {
    const proc = startNodeProcess(
      'api',
      '-e',
      ['console.error("DATABASE_URL is missing"); process.exit(1)'],
      opts,
    );
    await expect(waitForReady('http://127.0.0.1:9/health/ready', [proc], 10_000)).rejects.toThrow(
      /api exited \(code 1\)[\s\S]*DATABASE_URL is missing/,
    );
  });
});
