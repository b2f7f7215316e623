import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { DomainException, ErrorKind } from '../errors/domain.exception';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** Forward Relay pagination: `first` items after the opaque `after` cursor. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the Connection/Edge object types for a node type (code-first). */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => [node], {
      description: 'The nodes of the edges, for clients that need no cursors.',
    })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Matching items across all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

class InvalidCursorException extends DomainException<'INVALID_CURSOR'> {
  readonly kind = ErrorKind.BAD_USER_INPUT;
}

/** Cursors are base64url JSON of the sort key; clients treat them as opaque. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each part of a sort key must be; checked so a forged cursor never reaches SQL. */
export type CursorPart = 'string' | 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FITS: Record<CursorPart, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  uuid: (value) => typeof value === 'string' && UUID.test(value),
};

export function decodeCursor(cursor: string, shape: readonly CursorPart[]): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === shape.length &&
      shape.every((part, i) => FITS[part](key[i]))
    )
      return key;
  } catch {
    // fall through to the error below
  }
  throw new InvalidCursorException('INVALID_CURSOR', 'The cursor is not valid for this list.', [
    { field: 'after', message: 'Use a cursor from a previous page of this list.' },
  ]);
}

/**
 * Turns a page fetched with `limit first + 1` into a connection: the extra row only tells
 * whether there is a next page.
 */
export function toConnection<T>(
  rows: T[],
  args: { first: number; after?: string | null },
  keyOf: (row: T) => unknown[],
  totalCount: number,
): Connection<T> {
  const nodes = rows.slice(0, args.first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
