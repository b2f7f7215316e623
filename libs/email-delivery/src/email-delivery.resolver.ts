import {
  createValidationPipe,
  CurrentViewer,
  GraphqlContext,
  SignedInGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import {
  ConfirmEmailAddressPayload,
  EmailDeliveryStatusDto,
  RequestEmailConfirmationPayload,
} from './dtos/email-delivery.dto';
import { ConfirmEmailAddressInput } from './dtos/email-delivery.input';
import { EmailDeliveryService } from './email-delivery.service';

@Resolver()
@UsePipes(createValidationPipe())
export class EmailDeliveryResolver {
  constructor(private readonly delivery: EmailDeliveryService) {}

  @Query(() => EmailDeliveryStatusDto, {
    description: 'Whether Leerhuis can mail you, and why not when it cannot.',
  })
  @UseGuards(SignedInGuard)
  emailDeliveryStatus(@CurrentViewer() viewer: Viewer): Promise<EmailDeliveryStatusDto> {
    return this.delivery.status(viewer);
  }

  @Mutation(() => RequestEmailConfirmationPayload, {
    description: 'Email a link that confirms your address again after a bounce (valid 24 hours).',
  })
  @UseGuards(SignedInGuard)
  async requestEmailConfirmation(
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ): Promise<RequestEmailConfirmationPayload> {
    const { expiresInHours } = await this.delivery.requestConfirmation(
      viewer,
      context.req.ip ?? null,
    );
    return { accepted: true, expiresInHours };
  }

  @Mutation(() => ConfirmEmailAddressPayload, {
    description: 'Use a confirmation link: Leerhuis mails the address again. No sign-in needed.',
  })
  confirmEmailAddress(
    @Args('input') input: ConfirmEmailAddressInput,
  ): Promise<ConfirmEmailAddressPayload> {
    return this.delivery.confirm(input.token);
  }
}
