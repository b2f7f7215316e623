import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';

import { operationDepth } from './query-limits.plugin';

function depthOf(query: string): number {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
  }
  return operationDepth(operation!, fragments);
}

describe('operationDepth', () => {
  it('counts nested fields, through fragments, ignoring introspection', () => {
    expect(depthOf('{ me { email } }')).toBe(2);
    expect(depthOf('{ a { b { ...F } } } fragment F on T { c { d } }')).toBe(4);
    expect(depthOf('{ __typename me { __typename } }')).toBe(1);
  });
});
