import { LessonType } from '@leerhuis/harvest';
import { Connection } from '@leerhuis/platform-graphql';

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Where a lesson comes from. */
export enum ReadableLessonKind {
  /** Harvested in a CoP (for its members, or shared with the platform). */
  COMMUNITY = 'COMMUNITY',
  /** A leergroep's published article or lessons. */
  LEARNING_GROUP = 'LEARNING_GROUP',
  /** An intervisie lesson its case owner consented to share, anonymised. */
  INTERVISION = 'INTERVISION',
}

registerEnumType(ReadableLessonKind, {
  name: 'ReadableLessonKind',
  description:
    'COMMUNITY: a CoP harvest. LEARNING_GROUP: a leergroep article. INTERVISION: anonymised.',
});

@ObjectType('ReadableLessonCommunity')
export class ReadableLessonCommunityDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;
}

@ObjectType('ReadableLessonIntervision', {
  description: 'What an anonymised intervisie lesson may say about where it comes from.',
})
export class ReadableLessonIntervisionDto {
  @Field()
  methodNameNl: string;

  @Field()
  methodNameEn: string;

  @Field({ description: 'The month the case closed, YYYY-MM; never the exact moment.' })
  closedMonth: string;
}

/** A lesson on /oogst: from a CoP, a leergroep, or intervisie. */
@ObjectType('ReadableLesson')
export class ReadableLessonDto {
  @Field(() => ID, {
    description: 'For /oogst/<id>: a lesson id, or intervisie-<key> for an intervisie lesson.',
  })
  id: string;

  @Field(() => ReadableLessonKind)
  kind: ReadableLessonKind;

  @Field(() => String, { nullable: true, description: 'Null for intervisie: it has no title.' })
  title: string | null;

  @Field({ description: 'Markdown source; render it safely (no raw HTML).' })
  body: string;

  @Field(() => LessonType, { nullable: true, description: 'Null for intervisie lessons.' })
  type: LessonType | null;

  @Field(() => ReadableLessonCommunityDto, {
    nullable: true,
    description: 'Its CoP; null outside a CoP or for a CoP you may not know exists.',
  })
  community: ReadableLessonCommunityDto | null;

  @Field(() => ReadableLessonIntervisionDto, { nullable: true })
  intervision: ReadableLessonIntervisionDto | null;

  @Field(() => String, { nullable: true, description: 'When it happened, YYYY-MM-DD.' })
  occurredOn: string | null;

  @Field({ description: 'When it was harvested, published or shared.' })
  publishedAt: Date;

  /** The sort key's time: ISO with microseconds (not in the schema). */
  sortAt: string;
}

@ObjectType()
export class ReadableLessonConnection extends Connection(ReadableLessonDto, 'ReadableLesson') {}
