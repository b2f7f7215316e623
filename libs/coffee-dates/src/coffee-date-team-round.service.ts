import { addDays, addMonths, amsterdamDay, amsterdamInstant } from '@leerhuis/platform-calendar';
import { recordEvent } from '@leerhuis/platform-events';

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { CoffeeDateErrorCode, CoffeeDateException } from './coffee-date.exception';
import { coffeeDateMatchingRequested, coffeeDateTeamRequested } from './coffee-dates.events';
import { CoffeeDateRoundEntity } from './entities/coffee-date-round.entity';
import { RoundRepository } from './round.repository';
import { RoundParticipantRepository } from './round-participant.repository';

/**
 * Team koffiedates: a coordinator's one-off round for their CoP or some of its members,
 * created closed for sign-up; the worker matches it like any round.
 */
@Injectable()
export class CoffeeDateTeamRoundService {
  constructor(
    private readonly participants: RoundParticipantRepository,
    private readonly rounds: RoundRepository,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * A coordinator asks for a tailored koffiedate: their CoP's active members, or 4–12 members
   * of a CoP they coordinate, split into mixed-style groups on the chosen day.
   */
  async requestTeamFor(
    viewerId: string,
    input: { communityId?: string | null; memberIds?: string[] | null; meetOn: string },
  ): Promise<CoffeeDateRoundEntity> {
    const today = amsterdamDay(new Date());
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(input.meetOn) &&
      new Date(`${input.meetOn}T12:00:00Z`).toISOString().slice(0, 10) === input.meetOn;
    if (!valid || input.meetOn <= today || input.meetOn > addMonths(today, 12)) {
      throw new CoffeeDateException(
        CoffeeDateErrorCode.TEAM_DATE,
        'Choose a day from tomorrow up to a year ahead.',
        [
          {
            field: 'meetOn',
            message: 'meetOn must be a date (YYYY-MM-DD) from tomorrow up to a year ahead',
          },
        ],
      );
    }
    let memberIds: string[];
    let communityId: string | null;
    if (input.communityId) {
      const team = await this.participants.coordinatedTeam(viewerId, input.communityId);
      if (!team) throw notCoordinator();
      memberIds = team;
      communityId = input.communityId;
    } else {
      memberIds = [...new Set(input.memberIds ?? [])];
      communityId =
        memberIds.length > 0 ? await this.participants.coordinatesAll(viewerId, memberIds) : null;
      if (memberIds.length >= 4 && memberIds.length <= 12 && !communityId) throw notCoordinator();
    }
    if (memberIds.length < 4 || memberIds.length > 12) {
      throw new CoffeeDateException(
        CoffeeDateErrorCode.TEAM_SIZE,
        'A team koffiedate is for 4 to 12 members.',
        [
          {
            field: input.communityId ? 'communityId' : 'memberIds',
            message: 'a team has 4 to 12 members',
          },
        ],
      );
    }
    return this.requestTeam(viewerId, { communityId, memberIds, meetOn: input.meetOn });
  }

  /** A tailored koffiedate for a team: the round is created closed for sign-up and matched. */
  async requestTeam(
    requestedBy: string,
    values: { communityId: string | null; memberIds: string[]; meetOn: string },
  ): Promise<CoffeeDateRoundEntity> {
    return this.dataSource.transaction(async (m) => {
      const opensAt = new Date();
      const meetAt = amsterdamInstant(values.meetOn, '10:00');
      const closesAt = amsterdamInstant(addDays(values.meetOn, 14), '10:00');
      const round = await this.rounds.insertTeam(
        {
          seed: randomUUID(),
          opensAt,
          signupDeadline: opensAt,
          reminderAt: new Date(Math.max(meetAt.getTime() + 3_600_000, opensAt.getTime())),
          closesAt,
          meetOn: values.meetOn,
          communityId: values.communityId,
          requestedBy,
        },
        m,
      );
      for (const memberId of values.memberIds) {
        await this.participants.addParticipant(round.id, memberId, 'TEAM', m);
      }
      await recordEvent(m, coffeeDateTeamRequested, {
        roundId: round.id,
        requestedBy,
        memberIds: values.memberIds,
      });
      await recordEvent(m, coffeeDateMatchingRequested, { roundId: round.id });
      return round;
    });
  }
}

const notCoordinator = () =>
  new CoffeeDateException(
    CoffeeDateErrorCode.NOT_TEAM_COORDINATOR,
    'Only a coordinator of a CoP these members are in can request a team koffiedate.',
  );
