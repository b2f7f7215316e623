import { toAmsterdamLocal } from '@leerhuis/platform-calendar';
import {
  createValidationPipe,
  CurrentViewer,
  MemberGuard,
  toConnection,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { agendaSortKey } from './agenda.repository';
import { AgendaService } from './agenda.service';
import { AgendaMeetingConnection, AgendaMeetingDto } from './dtos/agenda.dto';
import { AgendaArgs } from './dtos/meeting.args';

@Resolver(() => AgendaMeetingDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class AgendaResolver {
  constructor(private readonly service: AgendaService) {}

  @Query(() => AgendaMeetingConnection, {
    description:
      'The platform agenda: upcoming meetings of every CoP you may see, soonest first. Outside ' +
      'your CoPs only title, time and CoP.',
  })
  async agenda(@Args() args: AgendaArgs, @CurrentViewer() viewer: Viewer) {
    const { rows, total } = await this.service.page(
      viewer,
      { mine: Boolean(args.mine), communityId: args.communityId ?? null },
      args.first,
      args.after,
    );
    const items = rows.map((r) => ({
      ...r,
      startsAtLocal: toAmsterdamLocal(r.startsAt),
      endsAtLocal: toAmsterdamLocal(r.endsAt),
    }));
    return toConnection(items, args, agendaSortKey, total);
  }
}
