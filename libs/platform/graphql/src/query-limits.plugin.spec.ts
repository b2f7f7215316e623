import { buildSchema, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';

import { operationBreadth, operationDepth, queryLimitsPlugin } from './query-limits.plugin';

function parsed(query: string) {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
  }
  return { operation: operation!, fragments };
}

function depthOf(query: string): number {
  const { operation, fragments } = parsed(query);
  return operationDepth(operation, fragments);
}

function breadthOf(query: string) {
  const { operation, fragments } = parsed(query);
  return operationBreadth(operation, fragments);
}

describe('operationDepth', () => {
  it('counts nested fields, through fragments, ignoring introspection', () => {
    expect(depthOf('{ me { email } }')).toBe(2);
    expect(depthOf('{ a { b { ...F } } } fragment F on T { c { d } }')).toBe(4);
    expect(depthOf('{ __typename me { __typename } }')).toBe(1);
  });
});

describe('operationBreadth', () => {
  it('counts root response keys and aliases, through fragments and each spread', () => {
    expect(breadthOf('{ me { email } members { totalCount } }')).toEqual({
      rootFields: 2,
      aliases: 0,
    });
    // The same field twice without alias is one response key.
    expect(breadthOf('{ me { email } me { name } }')).toEqual({ rootFields: 1, aliases: 0 });
    expect(
      breadthOf('{ a: me { x: email } b: me { email } ...R } fragment R on Query { c: me { id } }'),
    ).toEqual({
      rootFields: 3,
      aliases: 4,
    });
    expect(
      breadthOf(
        '{ me { p: member { ...F } q: member { ...F } } } fragment F on Member { a: name b: name }',
      ),
    ).toEqual({ rootFields: 1, aliases: 6 });
    expect(breadthOf('{ ... on Query { a: me { id } b: me { id } } }')).toEqual({
      rootFields: 2,
      aliases: 2,
    });
  });
});

describe('queryLimitsPlugin, expensive operations', () => {
  const schema = buildSchema('type Query { items(first: Int = 20): [String!]! ping: String }');

  async function run(expensive: Parameters<typeof queryLimitsPlugin>[0]['expensive']) {
    const plugin = queryLimitsPlugin({
      maxDepth: 10,
      maxComplexity: 5000,
      maxRootFields: 30,
      maxAliases: 100,
      expensive,
    });
    const document = parse('{ a: items(first: 100) b: items(first: 100) }');
    const listener = await plugin.requestDidStart!({} as never);
    await listener!.didResolveOperation!({
      request: {},
      document,
      schema,
      operation: document.definitions[0],
      contextValue: { viewer: null, req: { ip: '10.0.0.1' } },
    } as never);
  }

  it('does refuse an expensive operation over the limit with RATE_LIMITED', async () => {
    const hit = jest.fn().mockResolvedValue({ allowed: false, retryAfterSeconds: 42 });
    const limits = { fromComplexity: 100, perMemberPerMinute: 1, perIpPerMinute: 1, hit };
    await expect(run(limits)).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
    });
    // Anonymous: only the address is counted.
    expect(hit).toHaveBeenCalledWith([
      { key: 'rl:graphql:expensive:ip:10.0.0.1', limit: 1, windowSeconds: 60 },
    ]);
  });

  it('does let the operation through when the counters cannot be reached', async () => {
    const onError = jest.fn();
    const hit = jest.fn().mockRejectedValue(new Error('Redis is down'));
    await expect(
      run({ fromComplexity: 100, perMemberPerMinute: 1, perIpPerMinute: 1, hit, onError }),
    ).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalled();
  });

  it('does not count cheap operations', async () => {
    const hit = jest.fn();
    await run({ fromComplexity: 100_000, perMemberPerMinute: 1, perIpPerMinute: 1, hit });
    expect(hit).not.toHaveBeenCalled();
  });
});
