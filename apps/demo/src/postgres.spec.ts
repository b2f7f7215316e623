import { choosePostgres, redactUrl, withDatabase } from './postgres';

describe(choosePostgres.name, () => {
  const answers = () => Promise.resolve(true);
  const silent = () => Promise.resolve(false);

  it('does use embedded PostgreSQL when forced, even with DATABASE_URL and a local server', async () => {
    const probe = jest.fn(answers);
    const choice = await choosePostgres(
      { LEERHUIS_EMBEDDED_POSTGRES: '1', DATABASE_URL: 'postgres://x@db/y' },
      probe,
    );
    expect(choice.kind).toBe('embedded');
    expect(probe).not.toHaveBeenCalled();
  });

  it('does use DATABASE_URL without probing', async () => {
    const probe = jest.fn(answers);
    expect(await choosePostgres({ DATABASE_URL: 'postgres://x@db/y' }, probe)).toMatchObject({
      kind: 'url',
      url: 'postgres://x@db/y',
    });
    expect(probe).not.toHaveBeenCalled();
  });

  it('does use the local server when it answers', async () => {
    expect((await choosePostgres({}, answers)).kind).toBe('local');
  });

  it('does fall back to embedded when nothing answers', async () => {
    expect((await choosePostgres({ LEERHUIS_EMBEDDED_POSTGRES: '0' }, silent)).kind).toBe(
      'embedded',
    );
  });
});

describe(withDatabase.name, () => {
  it('does swap the database in a URL', () => {
    expect(withDatabase('postgres://postgres@127.0.0.1:5432/postgres', 'leerhuis_demo')).toBe(
      'postgres://postgres@127.0.0.1:5432/leerhuis_demo',
    );
  });
});

describe(redactUrl.name, () => {
  it('does hide the password', () => {
    expect(redactUrl('postgres://u:geheim@db:5432/x')).toBe('postgres://u:***@db:5432/x');
  });
});
