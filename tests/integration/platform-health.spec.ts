import { freePort } from '../support/processes';
import { startStack, TestStack } from '../support/stack';

describe('health', () => {
  describe('with everything up', () => {
    let stack: TestStack;
    // Readiness includes the worker's job schedulers in Redis.
    beforeAll(async () => (stack = await startStack({ worker: true })));
    afterAll(() => stack.stop());

    it('is live', async () => {
      const res = await fetch(`${stack.apiUrl}/health/live`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    });

    it('is ready when the database and Redis answer and the job schedulers exist', async () => {
      const res = await fetch(`${stack.apiUrl}/health/ready`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        status: 'ok',
        checks: { database: 'ok', redis: 'ok', schedules: 'ok' },
      });
    });
  });

  describe('with Redis down', () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startStack({
        env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}` /* nothing listens */ },
      });
    });
    afterAll(() => stack?.stop());

    it('still starts, stays live and reports not ready, naming Redis', async () => {
      expect((await fetch(`${stack.apiUrl}/health/live`)).status).toBe(200);
      const res = await fetch(`${stack.apiUrl}/health/ready`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { checks: { redis: string } };
      expect(body).toMatchObject({
        status: 'unavailable',
        checks: { database: 'ok', schedules: 'unknown' },
      });
      expect(body.checks.redis).toMatch(/^error: /);
    });
  });
});
