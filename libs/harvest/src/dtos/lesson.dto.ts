import { Connection } from '@leerhuis/platform-graphql';

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { HarvestAudience, LessonType } from '../entities/lesson.entity';

registerEnumType(LessonType, {
  name: 'LessonType',
  description:
    'What a lesson yielded: faster or deeper plan development, a new practice implemented, ' +
    'knowledge transferred to a sector, a barrier government can remove, professional development.',
});
registerEnumType(HarvestAudience, {
  name: 'HarvestAudience',
  description:
    "MEMBERS: only the CoP's members. PLATFORM: every signed-in member (a hidden CoP stays unnamed).",
});

/** An outcome or lesson from a CoP's harvest (oogst). */
@ObjectType('Lesson')
export class LessonDto {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown source; render it safely (no raw HTML).' })
  description: string;

  @Field(() => LessonType)
  type: LessonType;

  @Field(() => HarvestAudience)
  audience: HarvestAudience;

  @Field(() => String, { nullable: true, description: 'When it happened, YYYY-MM-DD.' })
  occurredOn: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class LessonConnection extends Connection(LessonDto, 'Lesson') {}
