import { JobRole } from '@leerhuis/members';

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SearchKind {
  COMMUNITY = 'COMMUNITY',
  DISCUSSION = 'DISCUSSION',
  LESSON = 'LESSON',
  MEMBER = 'MEMBER',
}

registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What search covers: CoPs, discussions (threads and replies), lessons, members.',
});

@ObjectType({ description: 'A highlighted part of a text: start and length in UTF-16 units.' })
export class TextRange {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  length: number;
}

@ObjectType({
  description:
    'Plain text with the parts that matched the query. Render `text` as text (never as HTML) ' +
    'and mark the `highlights` ranges.',
})
export class HighlightedText {
  @Field()
  text: string;

  @Field(() => [TextRange])
  highlights: TextRange[];
}

@ObjectType('SearchCommunityRef', { description: 'The CoP a result belongs to.' })
export class SearchCommunityRef {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;
}

@ObjectType()
export class CommunitySearchHit {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field(() => HighlightedText)
  name: HighlightedText;

  @Field(() => HighlightedText, { nullable: true, description: 'From the goal and domain.' })
  snippet: HighlightedText | null;
}

@ObjectType()
export class DiscussionSearchHit {
  @Field(() => ID)
  threadId: string;

  @Field(() => ID, { nullable: true, description: 'Set when the best match was a reply.' })
  replyId: string | null;

  @Field(() => HighlightedText)
  title: HighlightedText;

  @Field(() => HighlightedText, {
    nullable: true,
    description: 'Null in a CoP that is not open: its posts show their title only.',
  })
  snippet: HighlightedText | null;

  @Field(() => SearchCommunityRef)
  community: SearchCommunityRef;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class LessonSearchHit {
  @Field(() => ID)
  id: string;

  @Field(() => HighlightedText)
  title: HighlightedText;

  @Field(() => HighlightedText, {
    nullable: true,
    description: 'Null for a lesson of a CoP that is not open: title only.',
  })
  snippet: HighlightedText | null;

  @Field(() => SearchCommunityRef, {
    nullable: true,
    description: 'Null for a platform-wide lesson from outside a CoP (a leergroep article).',
  })
  community: SearchCommunityRef | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class MemberSearchHit {
  @Field(() => ID)
  id: string;

  @Field(() => HighlightedText)
  name: HighlightedText;

  @Field(() => JobRole, { nullable: true, description: 'Null when the member keeps it private.' })
  jobRole: JobRole | null;

  @Field(() => HighlightedText, {
    nullable: true,
    description: 'From the bio, offer and seeking the member shows to members.',
  })
  snippet: HighlightedText | null;
}

function group<T>(hit: new () => T) {
  @ObjectType({ isAbstract: true })
  class Group {
    @Field(() => [hit])
    hits: T[];

    @Field({ description: 'More results of this kind than `first`.' })
    hasMore: boolean;
  }
  return Group;
}

@ObjectType()
export class CommunitySearchGroup extends group(CommunitySearchHit) {}
@ObjectType()
export class DiscussionSearchGroup extends group(DiscussionSearchHit) {}
@ObjectType()
export class LessonSearchGroup extends group(LessonSearchHit) {}
@ObjectType()
export class MemberSearchGroup extends group(MemberSearchHit) {}

@ObjectType({
  description:
    'Results grouped by kind, each best first. A kind not asked for (kinds) is null. ' +
    'Every result is one the viewer may see.',
})
export class SearchResults {
  @Field({ description: 'The query as searched.' })
  query: string;

  @Field(() => CommunitySearchGroup, { nullable: true })
  communities: CommunitySearchGroup | null;

  @Field(() => DiscussionSearchGroup, { nullable: true })
  discussions: DiscussionSearchGroup | null;

  @Field(() => LessonSearchGroup, { nullable: true })
  lessons: LessonSearchGroup | null;

  @Field(() => MemberSearchGroup, { nullable: true })
  members: MemberSearchGroup | null;
}
