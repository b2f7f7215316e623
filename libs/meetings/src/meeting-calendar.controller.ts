import { DomainException, ErrorKind, ViewerRequest } from '@leerhuis/platform-graphql';

import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { MeetingService } from './meeting.service';
import { MeetingCalendar } from './meeting-calendar';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STATUS: Partial<Record<ErrorKind, number>> = {
  [ErrorKind.UNAUTHENTICATED]: 401,
  [ErrorKind.FORBIDDEN]: 403,
  [ErrorKind.NOT_FOUND]: 404,
};

/** The calendar file of a meeting, for members of its CoP (session cookie or bearer token). */
@Controller('meetings')
export class MeetingCalendarController {
  constructor(
    private readonly meetings: MeetingService,
    private readonly calendar: MeetingCalendar,
  ) {}

  @Get(':id/ics')
  async ics(@Param('id') id: string, @Req() req: ViewerRequest, @Res() res: FastifyReply) {
    res.header('Cache-Control', 'private, no-store');
    const viewer = req.viewer;
    if (!viewer) return res.status(401).type('text/plain; charset=utf-8').send('Sign in first.');
    if (!viewer.memberId)
      return res.status(403).type('text/plain; charset=utf-8').send('Complete your profile first.');
    if (!UUID.test(id))
      return res.status(404).type('text/plain; charset=utf-8').send('Meeting not found.');
    try {
      const meeting = await this.meetings.get(viewer, id);
      const { filename, content } = await this.calendar.file(meeting);
      res
        .status(200)
        .type('text/calendar; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${filename}"`);
      return res.send(content);
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      return res
        .status(STATUS[error.kind] ?? 400)
        .type('text/plain; charset=utf-8')
        .send(error.message);
    }
  }
}
