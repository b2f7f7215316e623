import { DomainException, ErrorKind } from '@leerhuis/platform-graphql';

import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { LINK_ERROR_MESSAGES } from './coffee-date.exception';
import { CoffeeDateLinkService, LinkAnswer } from './coffee-date-link.service';
import { CoffeeDateNextStep } from './entities/coffee-date-match.entity';
import { confirmLinkPage, linkDonePage, linkFailedPage } from './link-pages';

const STATUS: Partial<Record<ErrorKind, number>> = {
  [ErrorKind.NOT_FOUND]: 404,
  [ErrorKind.FORBIDDEN]: 403,
  [ErrorKind.CONFLICT]: 409,
};

const NEXT_STEPS = new Set<string>(Object.values(CoffeeDateNextStep));

/**
 * The pages behind the links in koffiedate emails. GET only shows a confirmation (mail
 * scanners follow every link); POST does it. POST with `List-Unsubscribe=One-Click` is the
 * RFC 8058 one-click unsubscribe mail clients send.
 */
@Controller('coffee-dates')
export class CoffeeDateLinksController {
  constructor(private readonly links: CoffeeDateLinkService) {}

  @Get('link')
  async confirm(@Query('token') token: unknown, @Res() res: FastifyReply): Promise<void> {
    res.header('Cache-Control', 'no-store');
    try {
      const value = typeof token === 'string' ? token : '';
      const context = await this.links.inspect(value);
      res
        .type('text/html; charset=utf-8')
        .send(confirmLinkPage(value, context.purpose, context.language));
    } catch (error) {
      this.fail(error, res);
    }
  }

  @Post('link')
  async redeem(
    @Query('token') queryToken: unknown,
    @Body() body: Record<string, unknown> | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    res.header('Cache-Control', 'no-store');
    const token = String(body?.token ?? queryToken ?? '');
    try {
      const context = await this.links.redeem(token, parseAnswer(body ?? {}));
      if (body?.['List-Unsubscribe'] === 'One-Click') {
        res.status(200).type('text/plain; charset=utf-8').send('Unsubscribed.');
        return;
      }
      res
        .status(200)
        .type('text/html; charset=utf-8')
        .send(linkDonePage(context.purpose, context.language));
    } catch (error) {
      this.fail(error, res);
    }
  }

  private fail(error: unknown, res: FastifyReply): void {
    if (!(error instanceof DomainException)) throw error;
    const message =
      LINK_ERROR_MESSAGES[error.code as keyof typeof LINK_ERROR_MESSAGES] ?? error.message;
    res
      .status(STATUS[error.kind] ?? 400)
      .header('X-Error-Code', error.code)
      .type('text/html; charset=utf-8')
      .send(linkFailedPage(message));
  }
}

function parseAnswer(body: Record<string, unknown>): LinkAnswer {
  const answer: LinkAnswer = {};
  if (body.met !== undefined) answer.met = body.met !== 'no' && body.met !== 'false';
  if (body.rating !== undefined && body.rating !== '') answer.rating = Number(body.rating);
  if (typeof body.nextStep === 'string' && NEXT_STEPS.has(body.nextStep)) {
    answer.nextStep = body.nextStep as CoffeeDateNextStep;
  }
  if (body.months !== undefined) answer.months = Number(body.months);
  return answer;
}
