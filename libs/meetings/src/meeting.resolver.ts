import { CommunityDto, CommunityLoaders } from '@leerhuis/communities';
import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import { AMSTERDAM_TIME_ZONE, toAmsterdamLocal } from '@leerhuis/platform-calendar';
import { AppConfig } from '@leerhuis/platform-config';
import {
  ConnectionArgs,
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  LoaderRegistry,
  Loaders,
  MemberGuard,
  toConnection,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { MeetingArgs, MeetingsArgs } from './dtos/meeting.args';
import {
  MeetingAttendeeConnection,
  MeetingAttendeeDto,
  MeetingConnection,
  MeetingDto,
  MeetingFollowUpDto,
  MeetingRsvpDto,
} from './dtos/meeting.dto';
import {
  CancelMeetingInput,
  RecordFollowUpInput,
  RecordMeetingNotesInput,
  RsvpToMeetingInput,
  ScheduleMeetingInput,
  UpdateMeetingInput,
} from './dtos/meeting.input';
import { MeetingEntity } from './entities/meeting.entity';
import { MeetingFollowUpEntity } from './entities/meeting-follow-up.entity';
import { MeetingLoaders } from './meeting.loaders';
import { MeetingService } from './meeting.service';
import { MeetingFollowUpService } from './meeting-follow-up.service';
import { MeetingRsvpService } from './meeting-rsvp.service';
import { Attendee, attendeeSortKey, RsvpWithPosition } from './rsvp.repository';

@Resolver(() => MeetingDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class MeetingResolver {
  constructor(
    private readonly service: MeetingService,
    private readonly rsvps: MeetingRsvpService,
    private readonly meetingFollowUps: MeetingFollowUpService,
    private readonly loaders: MeetingLoaders,
    private readonly communityLoaders: CommunityLoaders,
    private readonly config: AppConfig,
  ) {}

  @Query(() => MeetingConnection, {
    description: "A CoP's upcoming (or past) meetings; for its members.",
  })
  meetings(@Args() args: MeetingsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.list(viewer, args.communityId, args.past ?? false, args);
  }

  @Query(() => MeetingConnection, {
    description: 'Upcoming meetings of all my CoPs, soonest first (the home page).',
  })
  myUpcomingMeetings(@Args() args: ConnectionArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.myUpcoming(viewer, args);
  }

  @Query(() => MeetingDto, { description: 'One meeting; for members of its CoP.' })
  meeting(@Args() args: MeetingArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.view(viewer, args.id);
  }

  @Mutation(() => MeetingDto, {
    description: 'Coordinators and moderators schedule a meeting; members get an invitation.',
  })
  scheduleMeeting(@Args('input') input: ScheduleMeetingInput, @CurrentViewer() viewer: Viewer) {
    return this.service.schedule(viewer, input);
  }

  @Mutation(() => MeetingDto, { description: 'Coordinators and moderators change a meeting.' })
  updateMeeting(@Args('input') input: UpdateMeetingInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(viewer, input);
  }

  @Mutation(() => MeetingDto, { description: 'Coordinators and moderators cancel a meeting.' })
  cancelMeeting(@Args('input') input: CancelMeetingInput, @CurrentViewer() viewer: Viewer) {
    return this.service.cancel(viewer, input);
  }

  @Mutation(() => MeetingRsvpDto, {
    description: 'Going, maybe or not going. Going on a full meeting puts you on the waiting list.',
  })
  rsvpToMeeting(@Args('input') input: RsvpToMeetingInput, @CurrentViewer() viewer: Viewer) {
    return this.rsvps.rsvp(viewer, input);
  }

  @Mutation(() => MeetingFollowUpDto, {
    description: 'Coordinators record a follow-up action after the meeting.',
  })
  recordMeetingFollowUp(
    @Args('input') input: RecordFollowUpInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.meetingFollowUps.recordFollowUp(viewer, input);
  }

  @Mutation(() => MeetingDto, { description: 'Coordinators record the notes of a meeting.' })
  recordMeetingNotes(
    @Args('input') input: RecordMeetingNotesInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.meetingFollowUps.recordNotes(viewer, input);
  }

  @ResolveField(() => String, { description: 'Always Europe/Amsterdam.' })
  timeZone() {
    return AMSTERDAM_TIME_ZONE;
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => String, {
    description: 'The start on the Amsterdam wall clock, like 2027-03-28T10:00.',
  })
  startsAtLocal(meeting: MeetingEntity) {
    return toAmsterdamLocal(meeting.startsAt);
  }

  @ResolveField(() => String)
  endsAtLocal(meeting: MeetingEntity) {
    return toAmsterdamLocal(meeting.endsAt);
  }

  @ResolveField(() => String, { description: 'Download for your calendar (members only).' })
  icsUrl(meeting: MeetingEntity) {
    return `${this.config.PUBLIC_URL}/meetings/${meeting.id}/ics`;
  }

  @ResolveField(() => CommunityDto)
  community(meeting: MeetingEntity, _args: unknown, { loaders }: GraphqlContext) {
    return this.communityLoaders.byId(loaders).load(meeting.communityId);
  }

  @ResolveField(() => Int, { description: 'Members going (never more than the capacity).' })
  async goingCount(meeting: MeetingEntity, _args: unknown, { loaders }: GraphqlContext) {
    return (await this.loaders.counts(loaders).load(meeting.id)).going;
  }

  @ResolveField(() => Int)
  async maybeCount(meeting: MeetingEntity, _args: unknown, { loaders }: GraphqlContext) {
    return (await this.loaders.counts(loaders).load(meeting.id)).maybe;
  }

  @ResolveField(() => Int, { description: 'Members on the waiting list.' })
  async waitingCount(meeting: MeetingEntity, _args: unknown, { loaders }: GraphqlContext) {
    return (await this.loaders.counts(loaders).load(meeting.id)).waiting;
  }

  @ResolveField(() => MeetingRsvpDto, { nullable: true, description: 'Your answer, if any.' })
  viewerRsvp(meeting: MeetingEntity, _args: unknown, { viewer, loaders }: GraphqlContext) {
    return this.loaders.viewerRsvp(loaders, viewer!.memberId!).load(meeting.id);
  }

  @ResolveField(() => MeetingAttendeeConnection, { description: 'Who is going, by name.' })
  async attendees(
    @Parent() meeting: MeetingEntity,
    @Args() args: ConnectionArgs,
    @Loaders() registry: LoaderRegistry,
  ) {
    const { rows, total } = await this.loaders
      .attendees(registry, args.first, args.after)
      .load(meeting.id);
    return toConnection(rows, args, attendeeSortKey, total);
  }

  @ResolveField(() => [MeetingFollowUpDto], { description: 'Recorded after the meeting.' })
  followUps(meeting: MeetingEntity, _args: unknown, { loaders }: GraphqlContext) {
    return this.loaders.followUps(loaders).load(meeting.id);
  }
}

@Resolver(() => MeetingRsvpDto)
@UseGuards(MemberGuard)
export class MeetingRsvpResolver {
  constructor(private readonly loaders: MeetingLoaders) {}

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MeetingDto)
  meeting(rsvp: RsvpWithPosition, _args: unknown, { loaders }: GraphqlContext) {
    return this.loaders.byId(loaders).load(rsvp.meetingId);
  }
}

@Resolver(() => MeetingAttendeeDto)
@UseGuards(MemberGuard)
export class MeetingAttendeeResolver {
  constructor(private readonly memberLoaders: MemberLoaders) {}

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto)
  async member(attendee: Attendee, _args: unknown, { viewer, loaders }: GraphqlContext) {
    const member = await this.memberLoaders.byId(loaders).load(attendee.memberId);
    return member ? viewMember(member, viewer) : null;
  }
}

@Resolver(() => MeetingFollowUpDto)
@UseGuards(MemberGuard)
export class MeetingFollowUpResolver {
  constructor(private readonly memberLoaders: MemberLoaders) {}

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto, { nullable: true, description: 'Who does it.' })
  async owner(
    followUp: MeetingFollowUpEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    if (!followUp.ownerId) return null;
    const member = await this.memberLoaders.byId(loaders).load(followUp.ownerId);
    return member ? viewMember(member, viewer) : null;
  }
}
