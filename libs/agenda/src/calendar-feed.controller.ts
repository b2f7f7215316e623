import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { CalendarFeedService } from './calendar-feed.service';

/**
 * A member's personal calendar feed (webcal). No session: the signed token is the key. A bad,
 * tampered or revoked token gets the same bare 404 as any unknown path.
 */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: FastifyReply) {
    res.header('Cache-Control', 'private, no-store');
    // A feed URL in a referrer would hand the feed to another site.
    res.header('Referrer-Policy', 'no-referrer');
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : null;
    const ics = token ? await this.feeds.ics(token) : null;
    if (!ics) return res.status(404).type('text/plain; charset=utf-8').send('Not found.');
    return res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .header('Content-Disposition', 'inline; filename="leerhuis.ics"')
      .send(ics);
  }
}
