import { CommunityAccess, CommunitySearch, PreparedSearch } from '@leerhuis/communities';
import { DiscussionSearch } from '@leerhuis/discussions';
import { LessonSearch } from '@leerhuis/harvest';
import { MemberSearch } from '@leerhuis/members';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { SearchKind, SearchResults } from './dtos/search.dto';
import { SearchErrorCode, SearchException } from './search.exception';
import { SearchRepository } from './search.repository';
import {
  HighlightedText,
  MARK_END,
  MARK_START,
  MAX_QUERY_LENGTH,
  parseHeadline,
  queryWords,
  SNIPPET_OPTIONS,
  TITLE_OPTIONS,
} from './search-text';

const ALL_KINDS = Object.values(SearchKind);

const snippet = (headline: string | null): HighlightedText | null => {
  const parsed = headline === null ? null : parseHeadline(headline);
  return parsed?.text ? parsed : null;
};

function page<T>(hits: T[], first: number) {
  return { hits: hits.slice(0, first), hasMore: hits.length > first };
}

/**
 * One search for everything (issue 15). Each owning lib searches its own tables under its own
 * rules; this service only prepares the query and groups the answers. Statements per search:
 * the tsquery and (alongside) the viewer's CoP scope, one per kind, and one for the CoPs of lessons — the
 * same for every page size.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    private readonly access: CommunityAccess,
    private readonly communities: CommunitySearch,
    private readonly discussions: DiscussionSearch,
    private readonly lessons: LessonSearch,
    private readonly members: MemberSearch,
  ) {}

  async search(
    viewer: Viewer,
    query: string,
    kinds: SearchKind[] | null | undefined,
    first: number,
  ): Promise<SearchResults> {
    if (query.length > MAX_QUERY_LENGTH) {
      throw new SearchException(
        SearchErrorCode.QUERY_TOO_LONG,
        `A search may be at most ${MAX_QUERY_LENGTH} characters.`,
        [{ field: 'query', message: `At most ${MAX_QUERY_LENGTH} characters.` }],
      );
    }
    const wanted = new Set(kinds?.length ? kinds : ALL_KINDS);
    const empty = { hits: [], hasMore: false };
    const results: SearchResults = {
      query,
      communities: wanted.has(SearchKind.COMMUNITY) ? empty : null,
      discussions: wanted.has(SearchKind.DISCUSSION) ? empty : null,
      lessons: wanted.has(SearchKind.LESSON) ? empty : null,
      members: wanted.has(SearchKind.MEMBER) ? empty : null,
    };
    // Punctuation only, or only stop words: nothing to look for, and no error either.
    const words = queryWords(query);
    if (words.length === 0) return results;
    // The viewer's scope does not depend on the words: fetched alongside the tsquery.
    const needsScope = wanted.has(SearchKind.DISCUSSION) || wanted.has(SearchKind.LESSON);
    const scope = needsScope ? this.access.searchScope(viewer) : null;
    scope?.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    const tsquery = await this.repository.tsquery(words);
    if (tsquery === '') return results;

    const prepared: PreparedSearch = {
      tsquery,
      limit: first + 1,
      snippetOptions: SNIPPET_OPTIONS,
      titleOptions: TITLE_OPTIONS,
      markers: MARK_START + MARK_END,
    };
    const [communities, discussions, lessons, members] = await Promise.all([
      wanted.has(SearchKind.COMMUNITY) ? this.communities.search(prepared, viewer) : null,
      wanted.has(SearchKind.DISCUSSION)
        ? scope!.then((s) => this.discussions.search(prepared, s.memberOf))
        : null,
      wanted.has(SearchKind.LESSON) ? scope!.then((s) => this.lessons.search(prepared, s)) : null,
      wanted.has(SearchKind.MEMBER) ? this.members.search(prepared) : null,
    ]);
    const scoped = scope ? await scope : null;
    const communityOf = new Map(scoped?.memberOf.map((c) => [c.id, c]));

    if (communities) {
      results.communities = page(
        communities.map((c) => ({
          id: c.id,
          slug: c.slug,
          name: parseHeadline(c.nameHeadline),
          snippet: snippet(c.snippet),
        })),
        first,
      );
    }
    if (discussions) {
      results.discussions = page(
        discussions.map((d) => {
          const community = communityOf.get(d.communityId)!;
          return {
            threadId: d.threadId,
            replyId: d.replyId,
            title: parseHeadline(d.titleHeadline),
            snippet: snippet(d.snippet),
            community: { id: community.id, name: community.name, slug: community.slug },
            createdAt: d.createdAt,
          };
        }),
        first,
      );
    }
    if (lessons) {
      results.lessons = page(
        lessons.map((l) => ({
          id: l.id,
          title: parseHeadline(l.titleHeadline),
          snippet: snippet(l.snippet),
          community: l.community
            ? { id: l.community.id, name: l.community.name, slug: l.community.slug }
            : null,
          createdAt: l.createdAt,
        })),
        first,
      );
    }
    if (members) {
      results.members = page(
        members.map((m) => ({
          id: m.id,
          name: parseHeadline(m.nameHeadline),
          jobRole: m.jobRole,
          snippet: snippet(m.snippet),
        })),
        first,
      );
    }
    return results;
  }
}
