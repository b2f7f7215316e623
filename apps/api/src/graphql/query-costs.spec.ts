import { loadConfig } from '@leerhuis/platform-config';
import { operationBreadth, operationComplexity, operationDepth } from '@leerhuis/platform-graphql';

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';

const repoRoot = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(repoRoot, 'apps/api/schema.gql'), 'utf8'));

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

/** Some valid value of an input type; page sizes are asked at their largest (100). */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type, field.name)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return name === 'first' ? 100 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      return 'x';
  }
}

describe('the cost of the web app’s operations', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/leerhuis',
    REDIS_URL: 'redis://127.0.0.1:6379',
    SMTP_URL: 'smtp://127.0.0.1:1025',
  });
  const document = parse(
    graphqlFiles(join(repoRoot, 'apps/web/src'))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n'),
  );
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }

  it('stays within every default limit, with the largest pages (first: 100)', () => {
    expect(operations.length).toBeGreaterThan(50);
    const over: string[] = [];
    const costs: [string, number][] = [];
    for (const operation of operations) {
      const name = operation.name!.value;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((definition) => [
          definition.variable.name.value,
          // `search` answers at most 20 per kind (more is BAD_USER_INPUT); lists take 100.
          name === 'Search' && definition.variable.name.value === 'first'
            ? 20
            : sample(
                typeFromAST(schema, definition.type as never) as GraphQLInputType,
                definition.variable.name.value,
              ),
        ]),
      );
      const complexity = operationComplexity({ schema, document, operationName: name, variables });
      const { rootFields, aliases } = operationBreadth(operation, fragments);
      costs.push([name, complexity]);
      if (complexity > config.GRAPHQL_MAX_COMPLEXITY)
        over.push(`${name}: complexity ${complexity}`);
      if (rootFields > config.GRAPHQL_MAX_ROOT_FIELDS)
        over.push(`${name}: ${rootFields} root fields`);
      if (aliases > config.GRAPHQL_MAX_ALIASES) over.push(`${name}: ${aliases} aliases`);
      if (operationDepth(operation, fragments) > config.GRAPHQL_MAX_DEPTH)
        over.push(`${name}: too deep`);
    }
    if (process.env.PRINT_COSTS)
      console.log(
        costs
          .sort((a, b) => b[1] - a[1])
          .map(([n, c]) => `${c}\t${n}`)
          .join('\n'),
      );
    expect(over).toEqual([]);
  });
});
