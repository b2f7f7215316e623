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
import type { Response } from 'express';

const logger = new Logger('GraphQL');

/** Apollo, code-first. CSRF prevention guards cookie sessions against cross-site requests. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    csrfPrevention: true,
    introspection: true,
    playground: false,
    includeStacktraceInErrorResponses: false,
    context: ({ req, res }: { req: ViewerRequest; res: Response }): GraphqlContext => ({
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
      }) as never,
      // Every text input checked in one place: control characters, blank required fields.
      inputTextPlugin() as never,
    ],
  };
}
