import { MemberLoaders, viewMember } from '@leerhuis/members';
import { toAmsterdamLocal } from '@leerhuis/platform-calendar';
import {
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { LearningGroupAttendanceDto, LearningGroupSessionDto } from './dtos/session.dto';
import {
  LearningGroupSessionsArgs,
  RecordAttendanceInput,
  UpdateLearningGroupSessionInput,
} from './dtos/session.input';
import { LearningGroupSessionEntity } from './entities/learning-group-session.entity';
import { LearningGroupSessionLoaders } from './learning-group-session.loaders';
import { LearningGroupSessionService } from './learning-group-session.service';

@Resolver(() => LearningGroupSessionDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class LearningGroupSessionResolver {
  constructor(
    private readonly service: LearningGroupSessionService,
    private readonly sessionLoaders: LearningGroupSessionLoaders,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  @Query(() => [LearningGroupSessionDto], {
    description:
      'The sessions of one group of a confirmed leergroep, in order: for its members, the facilitator and admins (else FORBIDDEN).',
  })
  learningGroupSessions(@Args() args: LearningGroupSessionsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.ofGroup(viewer, args.learningGroupId, args.groupNumber);
  }

  @Mutation(() => LearningGroupSessionDto, {
    description: 'The facilitator (re)schedules a session and sets its agenda or notes.',
  })
  updateLearningGroupSession(
    @Args('input') input: UpdateLearningGroupSessionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(viewer, input);
  }

  @Mutation(() => LearningGroupSessionDto, {
    description: 'The facilitator records who of the group was present, absent or excused.',
  })
  recordLearningGroupAttendance(
    @Args('input') input: RecordAttendanceInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.recordAttendance(viewer, input);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => String, { description: 'Amsterdam wall-clock time (YYYY-MM-DDTHH:mm).' })
  startsAtLocal(session: LearningGroupSessionEntity) {
    return toAmsterdamLocal(session.startsAt);
  }

  @ResolveField(() => [LearningGroupAttendanceDto], {
    description: 'Recorded attendance (members of the group who have none recorded are left out).',
  })
  async attendance(
    session: LearningGroupSessionEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    const rows = await this.sessionLoaders.attendance(loaders).load(session.id);
    const members = await this.memberLoaders.byId(loaders).loadMany(rows.map((r) => r.memberId));
    return rows.map((row, i) => {
      const member = members[i];
      return {
        status: row.status,
        member: member && !(member instanceof Error) ? viewMember(member, viewer) : null,
      };
    });
  }
}
