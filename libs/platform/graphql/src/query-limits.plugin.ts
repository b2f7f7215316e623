import type { ApolloServerPlugin } from '@apollo/server';
import {
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

import { ErrorKind } from './errors/domain.exception';

/** Depth of the deepest field selection, following fragments. */
export function operationDepth(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): number {
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        max = Math.max(max, depthOf(fragments[name]?.selectionSet, new Set([...seen, name])));
      }
    }
    return max;
  };
  return depthOf(operation.selectionSet, new Set());
}

const reject = (reason: string, message: string, limit: number, actual: number) =>
  new GraphQLError(message, {
    extensions: { code: ErrorKind.BAD_USER_INPUT, reason, limit, actual, http: { status: 400 } },
  });

/**
 * Rejects too-deep and too-complex operations after validation and before any resolver
 * runs. List fields cost their page size (`first`) times their children.
 */
export function queryLimitsPlugin(options: {
  maxDepth: number;
  maxComplexity: number;
}): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments[definition.name.value] = definition;
          }
          const depth = operationDepth(operation, fragments);
          if (depth > options.maxDepth) {
            throw reject(
              'QUERY_TOO_DEEP',
              `Query depth ${depth} exceeds the limit of ${options.maxDepth}.`,
              options.maxDepth,
              depth,
            );
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: schema as GraphQLSchema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [
                fieldExtensionsEstimator(),
                ({ args, childComplexity }) => {
                  const first = typeof args.first === 'number' ? args.first : undefined;
                  return first !== undefined ? 1 + first * Math.max(childComplexity, 1) : undefined;
                },
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch {
            // Variables that do not fit the operation: execution refuses them with a
            // BAD_USER_INPUT error (400) before any resolver runs, so there is nothing to limit.
            return;
          }
          if (complexity > options.maxComplexity) {
            throw reject(
              'QUERY_TOO_COMPLEX',
              `Query complexity ${complexity} exceeds the limit of ${options.maxComplexity}; ask for fewer items or fields.`,
              options.maxComplexity,
              complexity,
            );
          }
        },
      };
    },
  };
}
