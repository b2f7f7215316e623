import { AppConfig } from '@leerhuis/platform-config';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedDto, IssuedCalendarFeedDto } from './dtos/calendar-feed.dto';
import { issueFeedToken, verifyFeedToken } from './feed-token';
import { MemberFeed } from './member-feed';

/** The path the API serves feeds on (bootstrap.ts lists `calendar` among the API's paths). */
export const feedPath = (token: string) => `/calendar/${token}.ics`;

/** A member's personal calendar feed: issue (or re-issue), revoke, and serve it. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly feed: MemberFeed,
    private readonly config: AppConfig,
  ) {}

  async status(viewer: Viewer): Promise<CalendarFeedDto> {
    const issuedAt = await this.feeds.createdAt(viewer.memberId!);
    return { active: issuedAt !== null, issuedAt };
  }

  /** A new link; an earlier one stops working. */
  async issue(viewer: Viewer): Promise<IssuedCalendarFeedDto> {
    const { token, hash } = issueFeedToken(this.config.MAIL_TOKEN_SECRET);
    const issuedAt = await this.feeds.replace(viewer.memberId!, hash);
    const httpUrl = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${feedPath(token)}`;
    return { httpUrl, webcalUrl: httpUrl.replace(/^https?:/, 'webcal:'), issuedAt };
  }

  revoke(viewer: Viewer): Promise<boolean> {
    return this.feeds.remove(viewer.memberId!);
  }

  /** The feed's calendar, or null for a malformed, tampered or revoked token. */
  async ics(token: string): Promise<string | null> {
    const hash = verifyFeedToken(this.config.MAIL_TOKEN_SECRET, token);
    if (!hash) return null;
    const member = await this.feeds.memberByHash(hash);
    if (!member) return null;
    return this.feed.ics(member.memberId, member.language);
  }
}
