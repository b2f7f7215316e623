import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { CalendarFeedService } from './calendar-feed.service';

/**
 * A member's personal calendar feed (webcal). No session: the signed token is the key. A bad,
 * tampered or revoked token gets the same bare 404 as any unknown path.
 */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response) {
    res.setHeader('Cache-Control', 'private, no-store');
    // A feed URL in a referrer would hand the feed to another site.
    res.setHeader('Referrer-Policy', 'no-referrer');
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : null;
    const ics = token ? await this.feeds.ics(token) : null;
    if (!ics) return res.status(404).type('text').send('Not found.');
    return res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', 'inline; filename="leerhuis.ics"')
      .send(ics);
  }
}
