import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chooseRedis, findOnPath, NO_REDIS_MESSAGE, pingRedis } from './redis';

describe(chooseRedis.name, () => {
  const probes = (ping: boolean, binary?: string) => ({
    pingLocal: jest.fn(() => Promise.resolve(ping)),
    findRedisServer: jest.fn(() => binary),
  });

  it('does use REDIS_URL without probing', async () => {
    const p = probes(true, '/usr/bin/redis-server');
    expect(await chooseRedis({ REDIS_URL: 'redis://cache:6379' }, p)).toMatchObject({
      kind: 'url',
      url: 'redis://cache:6379',
    });
    expect(p.pingLocal).not.toHaveBeenCalled();
  });

  it('does use a local Redis that answers PING', async () => {
    expect(await chooseRedis({}, probes(true, '/usr/bin/redis-server'))).toMatchObject({
      kind: 'local',
      url: 'redis://127.0.0.1:6379',
    });
  });

  it('does start redis-server when nothing answers', async () => {
    expect(await chooseRedis({}, probes(false, '/usr/bin/redis-server'))).toMatchObject({
      kind: 'spawn',
      binary: '/usr/bin/redis-server',
    });
  });

  it('does explain how to get Redis when there is none', async () => {
    const choice = await chooseRedis({}, probes(false));
    expect(choice).toEqual({ kind: 'none', reason: NO_REDIS_MESSAGE });
    expect(NO_REDIS_MESSAGE).toContain('apt-get install redis-server');
    expect(NO_REDIS_MESSAGE).toContain('docker compose -f docker/compose.yml up redis');
  });
});

describe(pingRedis.name, () => {
  let server: Server;
  let reply: string;

  beforeAll(async () => {
    server = createServer((socket) => socket.once('data', () => socket.end(reply)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const port = () => (server.address() as AddressInfo).port;

  it('does accept +PONG', async () => {
    reply = '+PONG\r\n';
    expect(await pingRedis(port())).toBe(true);
  });

  it('does refuse a server that wants a password', async () => {
    reply = '-NOAUTH Authentication required.\r\n';
    expect(await pingRedis(port())).toBe(false);
  });

  it('does answer false when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const freed = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    expect(await pingRedis(freed)).toBe(false);
  });
});

describe(findOnPath.name, () => {
  it('does find an executable in PATH and skip the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leerhuis-path-'));
    try {
      writeFileSync(join(dir, 'redis-server'), '#!/bin/sh\n');
      chmodSync(join(dir, 'redis-server'), 0o755);
      expect(findOnPath('redis-server', `/nonexistent:${dir}`)).toBe(join(dir, 'redis-server'));
      expect(findOnPath('no-such-binary', dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
