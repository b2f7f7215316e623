import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';

import { operationBreadth, operationDepth } from './query-limits.plugin';

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
