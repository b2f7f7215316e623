import { recordSeenItem, SeenItemType } from './seen-items';

describe('recordSeenItem', () => {
  it('upserts one row per member and item, the latest view winning', async () => {
    const query = jest.fn().mockResolvedValue([]);
    await recordSeenItem({ query } as never, 'm1', SeenItemType.THREAD, 't1');
    expect(query).toHaveBeenCalledWith(expect.stringContaining('ON CONFLICT'), [
      'm1',
      'THREAD',
      't1',
    ]);
  });
});
