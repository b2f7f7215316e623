import type { ApolloServerPlugin } from '@apollo/server';
import {
  ArgumentNode,
  DocumentNode,
  GraphQLArgument,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

import { ErrorKind, FieldError, InputValidationException } from './errors/domain.exception';

// C0 controls and DEL; tab, line feed and carriage return are text in multi-line fields.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** Fields that are one line of text: a tab or line break there is refused too. */
const SINGLE_LINE = new Set([
  'name',
  'nameNl',
  'nameEn',
  'title',
  'titleNl',
  'titleEn',
  'abbreviation',
  'email',
  'slug',
  'search',
  'token',
  'key',
  'itemKey',
  'onlineUrl',
  'after',
]);

/**
 * Optional fields that, when given, must say something: an update's name or title, a body.
 * (Required String! fields are checked for every field; these are their optional twins.)
 */
const NOT_BLANK_WHEN_GIVEN = new Set(['name', 'nameNl', 'nameEn', 'title', 'body', 'slug']);

/**
 * Required fields where an empty value has its own answer: notes ('' clears them) and link
 * tokens (an empty one is an invalid link, which the sign-in answers as such).
 */
const MAY_BE_EMPTY = new Set(['notes', 'token']);

/**
 * The problems of one text value at `field`: control characters anywhere, a tab or line break
 * in a one-line field, and a blank value where something is required.
 */
export function textProblems(
  value: string,
  field: string,
  name: string,
  required: boolean,
): FieldError[] {
  if (CONTROL.test(value)) {
    return [{ field, message: `${name} contains a control character; remove it.` }];
  }
  if (SINGLE_LINE.has(name) && LINE_BREAK_OR_TAB.test(value)) {
    return [{ field, message: `${name} must be one line, without tabs or line breaks.` }];
  }
  if (value.trim() === '') {
    if (required && !MAY_BE_EMPTY.has(name)) {
      return [{ field, message: `${name} must not be empty.` }];
    }
    if (value !== '' && NOT_BLANK_WHEN_GIVEN.has(name)) {
      return [{ field, message: `${name} must not be only spaces.` }];
    }
  }
  return [];
}

/** Walks an input value along its type and collects the problems of every text in it. */
function collect(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  name: string,
  required: boolean,
  problems: FieldError[],
): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return;
    // A list's items are checked for characters only: an empty item is the list's business.
    value.forEach((item, index) =>
      collect(item, inner.ofType, `${path}.${index}`, name, false, problems),
    );
    return;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    for (const field of Object.values(inner.getFields())) {
      collect(
        (value as Record<string, unknown>)[field.name],
        field.type,
        path ? `${path}.${field.name}` : field.name,
        field.name,
        isNonNullType(field.type) && field.defaultValue === undefined,
        problems,
      );
    }
    return;
  }
  if (isScalarType(inner) && !isEnumType(inner) && typeof value === 'string') {
    problems.push(...textProblems(value, path, name, required));
  }
}

interface OperationArgument {
  node: ArgumentNode;
  argument: GraphQLArgument;
}

// Apollo keeps parsed documents in its document store, so a repeated operation is the same
// node: its arguments are found once, not on every request.
const argumentsOfOperation = new WeakMap<OperationDefinitionNode, OperationArgument[]>();

/** Every argument of the operation (and of the fragments it spreads), with its definition. */
function operationArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationArgument[] {
  const known = argumentsOfOperation.get(operation);
  if (known) return known;
  const found: OperationArgument[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        // Only the operation being run (a document may hold several).
        if (node !== operation) return false;
        return undefined;
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument) found.push({ node, argument });
        return false;
      },
    }),
  );
  argumentsOfOperation.set(operation, found);
  return found;
}

/** The text problems of every argument of the operation (variables and inline values). */
export function operationTextProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FieldError[] {
  const problems: FieldError[] = [];
  for (const { node, argument } of operationArguments(schema, document, operation)) {
    const raw =
      node.value.kind === Kind.VARIABLE
        ? variables[node.value.name.value]
        : valueFromAST(node.value, argument.type, variables);
    // `input` carries a mutation's fields: they are named without the prefix, as the
    // validation pipe and variable errors name them.
    const path = argument.name === 'input' ? '' : argument.name;
    collect(
      raw,
      argument.type,
      path,
      argument.name,
      isNonNullType(argument.type) && argument.defaultValue === undefined,
      problems,
    );
  }
  // One problem per field, even when a fragment repeats an argument.
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.field) && seen.add(p.field));
}

/**
 * Checks every text a client sends (variables and inline arguments, at any depth of an input
 * type) in one place, before any resolver runs: no control characters (a NUL byte would reach
 * PostgreSQL and fail there), no line breaks in one-line fields, and no blank required fields
 * (they would hit a database CHECK). Refused as BAD_USER_INPUT naming each field.
 */
export function inputTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          const problems = operationTextProblems(
            schema as GraphQLSchema,
            document,
            operation,
            request.variables ?? {},
          );
          if (problems.length === 0) return;
          const refusal = new InputValidationException(problems);
          throw new GraphQLError(refusal.message, {
            originalError: refusal,
            extensions: { code: ErrorKind.BAD_USER_INPUT, http: { status: 400 } },
          });
        },
      };
    },
  };
}
