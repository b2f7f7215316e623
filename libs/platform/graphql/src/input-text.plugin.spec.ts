import { buildSchema, Kind, OperationDefinitionNode, parse } from 'graphql';

import { operationTextProblems, textProblems } from './input-text.plugin';

const schema = buildSchema(`
  input PhaseInput { titleNl: String!, instructionNl: String! = "" }
  input CreateInput { name: String!, body: String!, description: String, themes: [String!], phases: [PhaseInput!], notes: String! }
  input UpdateInput { name: String, description: String }
  type Query { members(search: String, first: Int): Int }
  type Mutation { create(input: CreateInput!): Int, update(id: ID!, input: UpdateInput!): Int }
`);

const problems = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return operationTextProblems(schema, document, operation, variables);
};

describe('operationTextProblems', () => {
  it('does refuse a NUL byte in a search argument, inline or as a variable', () => {
    expect(problems(`{ members(search: "a\\u0000b") }`)).toEqual([
      { field: 'search', message: 'search contains a control character; remove it.' },
    ]);
    expect(problems(`query($s: String) { members(search: $s) }`, { s: 'x\u0000' })).toEqual([
      { field: 'search', message: 'search contains a control character; remove it.' },
    ]);
    expect(problems(`{ members(search: "") }`)).toEqual([]);
  });

  it('does name nested fields of input without the prefix, list items by index', () => {
    const input = {
      name: 'Goed',
      body: 'Tekst\nmet regels\tertussen',
      notes: '',
      themes: ['ok', 'b\u0007'],
      phases: [{ titleNl: 'Fase' }, { titleNl: '  ' }],
    };
    expect(problems(`mutation($input: CreateInput!) { create(input: $input) }`, { input })).toEqual(
      [
        { field: 'themes.1', message: 'themes contains a control character; remove it.' },
        { field: 'phases.1.titleNl', message: 'titleNl must not be empty.' },
      ],
    );
  });

  it('does refuse blank required fields and blank names when given, but not blank optional text', () => {
    expect(
      problems(
        `mutation { create(input: { name: "   ", body: "", notes: "", description: "  " }) }`,
      ),
    ).toEqual([
      { field: 'name', message: 'name must not be empty.' },
      { field: 'body', message: 'body must not be empty.' },
    ]);
    expect(
      problems(`mutation($n: String) { update(id: "1", input: { name: $n, description: " " }) }`, {
        n: ' \t ',
      }),
    ).toEqual([{ field: 'name', message: 'name must be one line, without tabs or line breaks.' }]);
    expect(problems(`mutation { update(id: "1", input: { name: "  " }) }`)).toEqual([
      { field: 'name', message: 'name must not be only spaces.' },
    ]);
  });

  it('does refuse an empty required id argument', () => {
    expect(problems(`mutation { update(id: " ", input: {}) }`)).toEqual([
      { field: 'id', message: 'id must not be empty.' },
    ]);
  });
});

describe('textProblems', () => {
  it('does allow line breaks and tabs in multi-line text, never other control characters', () => {
    expect(textProblems('a\r\nb\tc', 'body', 'body', true)).toEqual([]);
    expect(textProblems('a\u001bb', 'body', 'body', true)).toHaveLength(1);
    expect(textProblems('a\u007f', 'body', 'body', true)).toHaveLength(1);
    expect(textProblems('Ünïcødé — “ok” 👍', 'name', 'name', true)).toEqual([]);
  });
});
