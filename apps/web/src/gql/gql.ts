/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '# Every GraphQL operation of the web app. `node tools/codegen.mjs` turns these into typed\n# documents in ./gql (checked in; the test run fails when they are stale).\n\nquery Me {\n  me {\n    email\n    needsProfile\n    member {\n      id\n      name\n      language\n      organisation {\n        id\n        name\n        abbreviation\n      }\n    }\n  }\n}\n\nmutation RequestSignInLink($input: RequestSignInLinkInput!) {\n  requestSignInLink(input: $input) {\n    accepted\n    expiresInMinutes\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nquery Organisations($search: String, $parentId: ID, $rootsOnly: Boolean, $first: Int!) {\n  organisations(search: $search, parentId: $parentId, rootsOnly: $rootsOnly, first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      abbreviation\n      type\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n}\n\nmutation CompleteProfile($input: CompleteProfileInput!) {\n  completeProfile(input: $input) {\n    id\n    name\n    language\n  }\n}\n': typeof types.MeDocument;
};
const documents: Documents = {
  '# Every GraphQL operation of the web app. `node tools/codegen.mjs` turns these into typed\n# documents in ./gql (checked in; the test run fails when they are stale).\n\nquery Me {\n  me {\n    email\n    needsProfile\n    member {\n      id\n      name\n      language\n      organisation {\n        id\n        name\n        abbreviation\n      }\n    }\n  }\n}\n\nmutation RequestSignInLink($input: RequestSignInLinkInput!) {\n  requestSignInLink(input: $input) {\n    accepted\n    expiresInMinutes\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nquery Organisations($search: String, $parentId: ID, $rootsOnly: Boolean, $first: Int!) {\n  organisations(search: $search, parentId: $parentId, rootsOnly: $rootsOnly, first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      abbreviation\n      type\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n}\n\nmutation CompleteProfile($input: CompleteProfileInput!) {\n  completeProfile(input: $input) {\n    id\n    name\n    language\n  }\n}\n':
    types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '# Every GraphQL operation of the web app. `node tools/codegen.mjs` turns these into typed\n# documents in ./gql (checked in; the test run fails when they are stale).\n\nquery Me {\n  me {\n    email\n    needsProfile\n    member {\n      id\n      name\n      language\n      organisation {\n        id\n        name\n        abbreviation\n      }\n    }\n  }\n}\n\nmutation RequestSignInLink($input: RequestSignInLinkInput!) {\n  requestSignInLink(input: $input) {\n    accepted\n    expiresInMinutes\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nquery Organisations($search: String, $parentId: ID, $rootsOnly: Boolean, $first: Int!) {\n  organisations(search: $search, parentId: $parentId, rootsOnly: $rootsOnly, first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      abbreviation\n      type\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n}\n\nmutation CompleteProfile($input: CompleteProfileInput!) {\n  completeProfile(input: $input) {\n    id\n    name\n    language\n  }\n}\n',
): (typeof documents)['# Every GraphQL operation of the web app. `node tools/codegen.mjs` turns these into typed\n# documents in ./gql (checked in; the test run fails when they are stale).\n\nquery Me {\n  me {\n    email\n    needsProfile\n    member {\n      id\n      name\n      language\n      organisation {\n        id\n        name\n        abbreviation\n      }\n    }\n  }\n}\n\nmutation RequestSignInLink($input: RequestSignInLinkInput!) {\n  requestSignInLink(input: $input) {\n    accepted\n    expiresInMinutes\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nquery Organisations($search: String, $parentId: ID, $rootsOnly: Boolean, $first: Int!) {\n  organisations(search: $search, parentId: $parentId, rootsOnly: $rootsOnly, first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      abbreviation\n      type\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n}\n\nmutation CompleteProfile($input: CompleteProfileInput!) {\n  completeProfile(input: $input) {\n    id\n    name\n    language\n  }\n}\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
