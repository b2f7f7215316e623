import { DomainException } from '@leerhuis/platform-graphql';

import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { UnsubscribeService } from './unsubscribe.service';
import {
  confirmUnsubscribePage,
  invalidUnsubscribePage,
  unsubscribedPage,
} from './unsubscribe-pages';

/**
 * The links in `List-Unsubscribe` and email footers. GET only shows what would be switched
 * off (mail scanners follow links); POST does it — from the page's button, or as the RFC 8058
 * one-click POST a mail client sends without cookies.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Get(':token')
  async confirm(@Param('token') token: string, @Res() res: FastifyReply): Promise<void> {
    res.header('Cache-Control', 'no-store');
    try {
      const context = await this.unsubscribe.inspect(token);
      res
        .type('text/html; charset=utf-8')
        .send(confirmUnsubscribePage(token, context.scope, context.language));
    } catch (error) {
      this.fail(error, res, false);
    }
  }

  @Post(':token')
  async apply(
    @Param('token') token: string,
    @Body() body: Record<string, unknown> | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    res.header('Cache-Control', 'no-store');
    const oneClick = body?.['List-Unsubscribe'] === 'One-Click';
    try {
      const context = await this.unsubscribe.apply(token);
      if (oneClick) {
        res.status(200).type('text/plain; charset=utf-8').send('Unsubscribed.');
        return;
      }
      res
        .status(200)
        .type('text/html; charset=utf-8')
        .send(unsubscribedPage(context.scope, context.language));
    } catch (error) {
      this.fail(error, res, oneClick);
    }
  }

  private fail(error: unknown, res: FastifyReply, plain: boolean): void {
    if (!(error instanceof DomainException)) throw error;
    res.status(400).header('X-Error-Code', error.code);
    if (plain) res.type('text/plain; charset=utf-8').send('Invalid unsubscribe link.');
    else res.type('text/html; charset=utf-8').send(invalidUnsubscribePage());
  }
}
