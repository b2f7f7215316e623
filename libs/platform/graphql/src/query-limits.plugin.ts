import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isListType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import {
  ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';

import type { GraphqlContext } from './auth/viewer';
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

/**
 * Root fields (response keys at the top, following fragments) and aliases in the whole
 * operation (a fragment counts each time it is spread). Aliases let one request repeat an
 * expensive field thousands of times; both counts bound that.
 */
export function operationBreadth(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): { rootFields: number; aliases: number } {
  const rootKeys = new Set<string>();
  const aliasesIn = (
    set: SelectionSetNode | undefined,
    seen: Set<string>,
    root: boolean,
  ): number => {
    if (!set) return 0;
    let aliases = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (root) rootKeys.add((selection.alias ?? selection.name).value);
        if (selection.alias) aliases += 1;
        aliases += aliasesIn(selection.selectionSet, seen, false);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        aliases += aliasesIn(selection.selectionSet, seen, root);
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        aliases += aliasesIn(fragments[name]?.selectionSet, new Set([...seen, name]), root);
      }
    }
    return aliases;
  };
  const aliases = aliasesIn(operation.selectionSet, new Set(), true);
  return { rootFields: rootKeys.size, aliases };
}

/**
 * What fields cost beyond 1 each, so that the complexity reflects the work behind them:
 * every list is at least one more query, a search a full-text scan, and a page of n items
 * costs n times its children.
 */
export const FIELD_COSTS = {
  /** A paged (first:) or root-level list field: its own query. */
  list: 10,
  /** A non-empty `search:` argument: full-text search and a count. */
  search: 50,
  /** Items assumed for a root-level list without paging (style pages, my groups, …). */
  unpagedListSize: 10,
} as const;

const fieldCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const children = Math.max(childComplexity, 1);
  const search =
    typeof args.search === 'string' && args.search.trim() !== '' ? FIELD_COSTS.search : 0;
  if (typeof args.first === 'number') return FIELD_COSTS.list + search + args.first * children;
  // Lists below the root are bounded by their parent's page and fetched in batches.
  if (type.name === 'Query' && isListType(getNullableType(field.type)))
    return FIELD_COSTS.list + search + FIELD_COSTS.unpagedListSize * children;
  return search > 0 ? 1 + search + childComplexity : undefined;
};

/** The complexity of one operation of `document`, as the limits count it. */
export function operationComplexity(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string;
  variables?: Record<string, unknown>;
}): number {
  return getComplexity({
    schema: options.schema,
    query: options.document,
    operationName: options.operationName,
    variables: options.variables ?? {},
    estimators: [
      fieldExtensionsEstimator(),
      fieldCostEstimator,
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

const reject = (reason: string, message: string, limit: number, actual: number) =>
  new GraphQLError(message, {
    extensions: { code: ErrorKind.BAD_USER_INPUT, reason, limit, actual, http: { status: 400 } },
  });

export interface RateLimitVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** Counts expensive operations per member and per IP (the RateLimiter of identity). */
export interface ExpensiveOperationLimits {
  /** Operations of at least this complexity count as expensive. */
  fromComplexity: number;
  perMemberPerMinute: number;
  perIpPerMinute: number;
  hit(rules: { key: string; limit: number; windowSeconds: number }[]): Promise<RateLimitVerdict>;
  /** Redis is down: the operation goes ahead (availability first) and this is told. */
  onError?(error: unknown): void;
}

async function checkExpensive(
  limits: ExpensiveOperationLimits,
  context: Partial<GraphqlContext> | undefined,
): Promise<void> {
  const viewer = context?.viewer;
  const ip = context?.req?.ip;
  const rules = [
    ...(viewer
      ? [
          {
            key: `rl:graphql:expensive:member:${createHash('sha256').update(viewer.email).digest('hex').slice(0, 32)}`,
            limit: limits.perMemberPerMinute,
            windowSeconds: 60,
          },
        ]
      : []),
    ...(ip
      ? [{ key: `rl:graphql:expensive:ip:${ip}`, limit: limits.perIpPerMinute, windowSeconds: 60 }]
      : []),
  ];
  if (rules.length === 0) return;
  let verdict: RateLimitVerdict;
  try {
    verdict = await limits.hit(rules);
  } catch (error) {
    limits.onError?.(error);
    return;
  }
  if (verdict.allowed) return;
  throw new GraphQLError(
    `Too many expensive requests. Try again in ${verdict.retryAfterSeconds} seconds, or ask for fewer items or fields.`,
    {
      extensions: {
        code: ErrorKind.RATE_LIMITED,
        reason: 'TOO_MANY_EXPENSIVE_REQUESTS',
        retryAfterSeconds: verdict.retryAfterSeconds,
        http: {
          status: 429,
          headers: new Map([['retry-after', String(verdict.retryAfterSeconds)]]),
        },
      },
    },
  );
}

interface OperationMeasure {
  rootFields: number;
  aliases: number;
  depth: number;
  /** Undefined when the shape is refused or the variables do not fit the operation. */
  complexity: number | undefined;
}

/** Long variables (free text) are not worth a cache entry. */
const MAX_CACHED_VARIABLES = 512;

function measureKey(
  queryHash: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string | undefined {
  const json = JSON.stringify(variables ?? {});
  if (json.length > MAX_CACHED_VARIABLES) return undefined;
  return `${queryHash}\0${operationName ?? ''}\0${json}`;
}

function measure(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  schema: GraphQLSchema,
  request: { operationName?: string | null; variables?: Record<string, unknown> },
  limits: { maxDepth: number; maxRootFields: number; maxAliases: number },
): OperationMeasure {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const breadth = operationBreadth(operation, fragments);
  const depth = operationDepth(operation, fragments);
  // An operation refused for its shape is never costed: costing a hostile one is the work
  // the limits are there to spare.
  if (
    breadth.rootFields > limits.maxRootFields ||
    breadth.aliases > limits.maxAliases ||
    depth > limits.maxDepth
  )
    return { ...breadth, depth, complexity: undefined };
  let complexity: number | undefined;
  try {
    complexity = operationComplexity({
      schema,
      document,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
    });
  } catch {
    complexity = undefined;
  }
  return { ...breadth, depth, complexity };
}

/**
 * Rejects too-deep, too-broad (root fields, aliases) and too-complex operations after
 * validation and before any resolver runs, and rate-limits expensive ones per member and
 * per IP. List fields cost their page size (`first`) times their children; see FIELD_COSTS.
 */
export function queryLimitsPlugin(options: {
  maxDepth: number;
  maxComplexity: number;
  maxRootFields: number;
  maxAliases: number;
  expensive?: ExpensiveOperationLimits;
}): ApolloServerPlugin {
  // The same document with the same variables always measures the same: the web app sends a
  // few dozen of them, so each is measured once instead of on every request.
  const measures = new LRUCache<string, OperationMeasure>({ max: 2_000 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({
          request,
          document,
          schema,
          operation,
          queryHash,
          contextValue,
        }) {
          if (!operation) return;
          const key = measureKey(queryHash, request.operationName, request.variables);
          let measured = key === undefined ? undefined : measures.get(key);
          if (!measured) {
            measured = measure(document, operation, schema as GraphQLSchema, request, options);
            if (key !== undefined) measures.set(key, measured);
          }
          const { rootFields, aliases, depth, complexity } = measured;
          if (rootFields > options.maxRootFields) {
            throw reject(
              'TOO_MANY_ROOT_FIELDS',
              `The operation asks for ${rootFields} top-level fields; the limit is ${options.maxRootFields}. Split it into several requests.`,
              options.maxRootFields,
              rootFields,
            );
          }
          if (aliases > options.maxAliases) {
            throw reject(
              'TOO_MANY_ALIASES',
              `The operation uses ${aliases} aliases; the limit is ${options.maxAliases}.`,
              options.maxAliases,
              aliases,
            );
          }
          if (depth > options.maxDepth) {
            throw reject(
              'QUERY_TOO_DEEP',
              `Query depth ${depth} exceeds the limit of ${options.maxDepth}.`,
              options.maxDepth,
              depth,
            );
          }
          // Variables that do not fit the operation: execution refuses them with a
          // BAD_USER_INPUT error (400) before any resolver runs, so there is nothing to limit.
          if (complexity === undefined) return;
          if (complexity > options.maxComplexity) {
            throw reject(
              'QUERY_TOO_COMPLEX',
              `Query complexity ${complexity} exceeds the limit of ${options.maxComplexity}; ask for fewer items or fields.`,
              options.maxComplexity,
              complexity,
            );
          }
          if (options.expensive && complexity >= options.expensive.fromComplexity) {
            await checkExpensive(options.expensive, contextValue as Partial<GraphqlContext>);
          }
        },
      };
    },
  };
}
