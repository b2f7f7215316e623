import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum SearchErrorCode {
  QUERY_TOO_LONG = 'QUERY_TOO_LONG',
}

export const SearchException = domainException('SearchException', {
  QUERY_TOO_LONG: ErrorKind.BAD_USER_INPUT,
} satisfies Record<SearchErrorCode, ErrorKind>);
