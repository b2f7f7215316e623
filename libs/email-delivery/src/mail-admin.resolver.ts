import {
  AdminGuard,
  ConnectionArgs,
  createValidationPipe,
  decodeCursor,
  toConnection,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { EmailSuppressionFilter, LiftEmailSuppressionInput } from './dtos/email-delivery.input';
import {
  DigestScheduleDto,
  EmailFailureConnection,
  EmailSuppressionConnection,
  EmailSuppressionDto,
  SentEmailConnection,
} from './dtos/mail-admin.dto';
import { MailAdminService } from './mail-admin.service';

/** The kind of an email is the prefix of its send key (`digest:…` → digest). */
const kindOf = (key: string) => key.split(':', 1)[0];

const cursor = (after: string | null | undefined) =>
  after ? (decodeCursor(after, ['string', 'string']) as [string, string]) : null;

/** Platform admins only: what left, what failed, who gets nothing, when digests go. */
@Resolver()
@UseGuards(AdminGuard)
@UsePipes(createValidationPipe())
export class MailAdminResolver {
  constructor(private readonly admin: MailAdminService) {}

  @Query(() => SentEmailConnection, { description: 'Admins: the send log, newest first.' })
  async sentEmails(@Args() args: ConnectionArgs) {
    const { rows, total } = await this.admin.sentEmails(args.first + 1, cursor(args.after));
    return toConnection(
      rows.map((row) => ({ ...row, kind: kindOf(row.key), confidential: row.recipient === null })),
      args,
      (row) => [row.cursorAt, row.key],
      total,
    );
  }

  @Query(() => EmailFailureConnection, {
    description: 'Admins: failed SMTP attempts, newest first.',
  })
  async emailFailures(@Args() args: ConnectionArgs) {
    const { rows, total } = await this.admin.failures(args.first + 1, cursor(args.after));
    return toConnection(
      rows.map((row) => ({ ...row, kind: kindOf(row.key), confidential: row.recipient === null })),
      args,
      (row) => [row.cursorAt, row.id],
      total,
    );
  }

  @Query(() => EmailSuppressionConnection, {
    description: 'Admins: addresses that get no mail after a permanent failure, newest first.',
  })
  async emailSuppressions(
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => EmailSuppressionFilter, nullable: true })
    filter: EmailSuppressionFilter | null,
  ) {
    const includeLifted = filter?.includeLifted ?? false;
    const { rows, total } = await this.admin.suppressions(
      args.first + 1,
      cursor(args.after),
      includeLifted,
    );
    return toConnection(rows, args, (row) => [row.cursorAt, row.address], total);
  }

  @Mutation(() => EmailSuppressionDto, {
    description: 'Admins: mail this address again (kept in the history as lifted by an admin).',
  })
  liftEmailSuppression(@Args('input') input: LiftEmailSuppressionInput) {
    return this.admin.liftSuppression(input.address);
  }

  @Query(() => DigestScheduleDto, {
    description: "Admins: the digest planner's next run and who is due when.",
  })
  digestSchedule(): Promise<DigestScheduleDto> {
    return this.admin.digestSchedule();
  }
}
