import type { RateLimiter } from '@leerhuis/identity';
import { AppConfig } from '@leerhuis/platform-config';
import {
  createErrorFormatter,
  GraphqlContext,
  inputTextPlugin,
  LoaderRegistry,
  queryLimitsPlugin,
  ViewerRequest,
} from '@leerhuis/platform-graphql';
import { requestContext } from '@leerhuis/platform-observability';

import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

const logger = new Logger('GraphQL');

/**
 * Apollo, code-first. CSRF prevention guards cookie sessions against cross-site requests.
 * `limiter` counts expensive operations; without it (schema generation) nothing is counted.
 */
export function graphqlOptions(config: AppConfig, limiter?: RateLimiter): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    csrfPrevention: true,
    introspection: config.graphqlIntrospection,
    playground: false,
    includeStacktraceInErrorResponses: false,
    // On Fastify, Apollo hands the context function the request and the reply.
    context: (req: ViewerRequest, res: FastifyReply): GraphqlContext => ({
      req,
      res,
      loaders: new LoaderRegistry(),
      viewer: req.viewer ?? null,
    }),
    formatError: createErrorFormatter(
      (error, requestId) =>
        logger.error(
          `unexpected error (request ${requestId}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
      () => requestContext.current()?.requestId,
    ),
    // @nestjs/apollo sees the ESM typings of @apollo/server, we the CJS ones: same runtime object.
    plugins: [
      // No HTTP caching of GraphQL answers here (they are per viewer); without this plugin
      // Apollo stops wrapping every field resolver to compute cache hints.
      ApolloServerPluginCacheControlDisabled() as never,
      queryLimitsPlugin({
        maxDepth: config.GRAPHQL_MAX_DEPTH,
        maxComplexity: config.GRAPHQL_MAX_COMPLEXITY,
        maxRootFields: config.GRAPHQL_MAX_ROOT_FIELDS,
        maxAliases: config.GRAPHQL_MAX_ALIASES,
        expensive: limiter && {
          fromComplexity: config.GRAPHQL_EXPENSIVE_COMPLEXITY,
          perMemberPerMinute: config.GRAPHQL_EXPENSIVE_LIMIT_PER_MEMBER,
          perIpPerMinute: config.GRAPHQL_EXPENSIVE_LIMIT_PER_IP,
          hit: (rules) => limiter.hit(rules),
          // Redis down: serve the request rather than refuse everyone.
          onError: (error) =>
            logger.warn(`expensive-operation limit not checked: ${String(error)}`),
        },
      }) as never,
      // Every text input checked in one place: control characters, blank required fields.
      inputTextPlugin() as never,
    ],
  };
}
