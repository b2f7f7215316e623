import { Connection } from '@leerhuis/platform-graphql';

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { JobRole, ProfileVisibility } from '../entities/member.entity';

registerEnumType(JobRole, { name: 'JobRole' });
registerEnumType(ProfileVisibility, {
  name: 'ProfileVisibility',
  description: 'Who may see a part of a profile: only the member, or every member of Leerhuis.',
});

@ObjectType()
export class ProfileVisibilitySettings {
  @Field(() => ProfileVisibility) email: ProfileVisibility;
  @Field(() => ProfileVisibility) organisation: ProfileVisibility;
  @Field(() => ProfileVisibility) jobRole: ProfileVisibility;
  @Field(() => ProfileVisibility) themes: ProfileVisibility;
  @Field(() => ProfileVisibility) bio: ProfileVisibility;
  @Field(() => ProfileVisibility) offer: ProfileVisibility;
  @Field(() => ProfileVisibility) seeking: ProfileVisibility;
}

/** A member as the viewer may see them; parts the member keeps private are null. */
@ObjectType('Member')
export class MemberDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => JobRole, { nullable: true })
  jobRole: JobRole | null;

  @Field(() => [String], { nullable: true })
  themes: string[] | null;

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the member can offer others (aanbod).',
  })
  offer: string | null;

  @Field(() => String, { nullable: true, description: 'What the member is looking for (vraag).' })
  seeking: string | null;

  @Field(() => String, { nullable: true, description: 'nl or en; only for the member themself.' })
  language: string | null;

  @Field({ description: 'True when this is the signed-in member.' })
  isViewer: boolean;

  @Field(() => ProfileVisibilitySettings, {
    nullable: true,
    description: 'Only for the member themself.',
  })
  visibility: ProfileVisibilitySettings | null;

  @Field(() => String, {
    nullable: true,
    description: 'MEMBER or ADMIN; for the member themself and admins.',
  })
  platformRole: string | null;

  organisationId: string | null;
}

@ObjectType()
export class MemberConnection extends Connection(MemberDto, 'Member') {}
