import { type AddressInfo, createServer } from 'node:net';

import { findFreePort, isPortFree, preferPort } from './free-port';

describe(preferPort.name, () => {
  it('does take the preferred port when free and another when taken', async () => {
    const free = await findFreePort();
    expect(await isPortFree(free)).toBe(true);
    expect(await preferPort(free)).toBe(free);

    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const busy = (taken.address() as AddressInfo).port;
    try {
      expect(await isPortFree(busy)).toBe(false);
      const other = await preferPort(busy);
      expect(other).not.toBe(busy);
      expect(other).toBeGreaterThan(0);
    } finally {
      taken.close();
    }
  });
});
