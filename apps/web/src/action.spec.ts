/// <reference types="jest" />
import { QueryObserver } from '@tanstack/react-query';

import { runAction } from './action';
import { operationName, refreshQueries } from './api-query';
import { queryClient } from './query';

// Two documents as codegen makes them: only their text (the operation name) matters here.
const Rounds = { toString: () => 'query Rounds { rounds { id } }' };
const Profile = { toString: () => 'query Profile { profile { id } }' };

/** A query on screen (an observer keeps it active) that counts its loads. */
async function onScreen(document: { toString(): string }) {
  const load = jest.fn(async () => ({ loaded: true }));
  const observer = new QueryObserver(queryClient, {
    queryKey: [operationName(document), {}],
    queryFn: load,
  });
  const unsubscribe = observer.subscribe(() => undefined);
  await observer.refetch();
  load.mockClear();
  return { load, unsubscribe };
}

describe('runAction and refreshQueries', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
    queryClient.clear();
  });

  async function twoQueries() {
    const rounds = await onScreen(Rounds);
    const profile = await onScreen(Profile);
    cleanups.push(rounds.unsubscribe, profile.unsubscribe);
    return { rounds, profile };
  }

  it('refreshes only the queries a change names', async () => {
    const { rounds, profile } = await twoQueries();
    const setNotice = jest.fn();
    const ok = await runAction(async () => undefined, 'Opgeslagen', {
      setNotice,
      errorText: () => 'fout',
      refresh: [Rounds],
    });
    expect(ok).toBe(true);
    expect(setNotice).toHaveBeenCalledWith({ type: 'ok', text: 'Opgeslagen' });
    expect(rounds.load).toHaveBeenCalledTimes(1);
    expect(profile.load).not.toHaveBeenCalled();
  });

  it('refreshes every query on screen when a change names none', async () => {
    const { rounds, profile } = await twoQueries();
    await runAction(async () => undefined, undefined, {
      setNotice: jest.fn(),
      errorText: () => 'fout',
    });
    expect(rounds.load).toHaveBeenCalledTimes(1);
    expect(profile.load).toHaveBeenCalledTimes(1);
  });

  it('says what went wrong and refreshes nothing when told not to after a failure', async () => {
    const { rounds } = await twoQueries();
    const setNotice = jest.fn();
    const reload = jest.fn(async () => undefined);
    const ok = await runAction(
      async () => {
        throw new Error('refused');
      },
      'Opgeslagen',
      { setNotice, errorText: () => 'Dat mag niet.', reload, reloadOnError: false },
    );
    expect(ok).toBe(false);
    expect(setNotice).toHaveBeenCalledWith({ type: 'error', text: 'Dat mag niet.' });
    expect(rounds.load).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('marks named queries that are not on screen stale, for when they are shown again', async () => {
    const { load, unsubscribe } = await onScreen(Rounds);
    unsubscribe();
    await refreshQueries(Rounds);
    expect(load).not.toHaveBeenCalled();
    expect(queryClient.getQueryState([operationName(Rounds), {}])?.isInvalidated).toBe(true);
  });
});
