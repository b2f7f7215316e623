import { clearSessionCookie } from '@leerhuis/identity';
import { AppConfig } from '@leerhuis/platform-config';
import { DomainException } from '@leerhuis/platform-graphql';
import type { ErasureBlocker } from '@leerhuis/platform-personal-data';

import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { DataRightsErrorCode } from './data-rights.exception';
import { DataRightsService } from './data-rights.service';
import {
  confirmErasurePage,
  confirmExportPage,
  erasedPage,
  exportPage,
  handOverFirstPage,
  linkFailedPage,
} from './data-rights-pages';

type LinkCode =
  | DataRightsErrorCode.LINK_INVALID
  | DataRightsErrorCode.LINK_USED
  | DataRightsErrorCode.LINK_EXPIRED;
const LINK_CODES: string[] = [
  DataRightsErrorCode.LINK_INVALID,
  DataRightsErrorCode.LINK_USED,
  DataRightsErrorCode.LINK_EXPIRED,
];

/**
 * The pages behind the emailed export and erasure links. GET only shows a button (mail
 * scanners open links); POST does it. A used, expired or tampered link changes nothing.
 */
@Controller('data-rights')
export class DataRightsController {
  constructor(
    private readonly dataRights: DataRightsService,
    private readonly config: AppConfig,
  ) {}

  @Get('export')
  async confirmExport(@Query('token') token: unknown, @Res() res: FastifyReply): Promise<void> {
    await this.page(res, async () => {
      const { language } = await this.dataRights.inspectLink('EXPORT', token);
      return confirmExportPage(String(token), language);
    });
  }

  @Post('export')
  @HttpCode(200)
  async openExport(@Body() body: { token?: unknown }, @Res() res: FastifyReply): Promise<void> {
    await this.page(res, async () => {
      const { content, html, language } = await this.dataRights.openExport(body?.token);
      return exportPage(content, html, language);
    });
  }

  @Get('erase')
  async confirmErasure(@Query('token') token: unknown, @Res() res: FastifyReply): Promise<void> {
    await this.page(res, async () => {
      const { language } = await this.dataRights.inspectLink('ERASURE', token);
      return confirmErasurePage(String(token), language);
    });
  }

  @Post('erase')
  @HttpCode(200)
  async erase(@Body() body: { token?: unknown }, @Res() res: FastifyReply): Promise<void> {
    await this.page(res, async () => {
      const { language } = await this.dataRights.confirmErasure(body?.token);
      // The sessions are gone from the database; the cookie goes too.
      clearSessionCookie(res, this.config.cookieSecure);
      return erasedPage(language);
    });
  }

  private async page(res: FastifyReply, render: () => Promise<string>): Promise<void> {
    res.header('Cache-Control', 'no-store');
    try {
      res.type('text/html; charset=utf-8').send(await render());
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      res.header('X-Error-Code', error.code);
      if (error.code === DataRightsErrorCode.HAND_OVER_FIRST) {
        const blockers = (error.detail['blockers'] ?? []) as ErasureBlocker[];
        res.status(409).send(handOverFirstPage(blockers, 'nl'));
        return;
      }
      const code = (LINK_CODES.includes(error.code) ? error.code : 'LINK_INVALID') as LinkCode;
      res
        .status(code === DataRightsErrorCode.LINK_USED ? 410 : 400)
        .send(linkFailedPage(code, 'nl'));
    }
  }
}
