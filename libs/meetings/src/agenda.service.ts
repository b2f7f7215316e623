import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { AgendaRepository, AgendaRow } from './agenda.repository';

/** The platform agenda: upcoming meetings of every CoP the viewer may see, soonest first. */
@Injectable()
export class AgendaService {
  constructor(private readonly agenda: AgendaRepository) {}

  page(
    viewer: Viewer,
    filter: { mine: boolean; communityId: string | null },
    first: number,
    after?: string | null,
  ): Promise<{ rows: AgendaRow[]; total: number }> {
    return this.agenda.page(
      { memberId: viewer.memberId!, admin: viewer.role === 'ADMIN' },
      filter,
      first,
      after,
    );
  }
}
