export { type EmailContent, type EmailItem, type EmailSection, renderEmail } from './email-layout';
export { SentEmailEntity } from './entities/sent-email.entity';
export { MailModule } from './mail.module';
export { Mailer, type OutgoingEmail, type SendOutcome } from './mailer';
export {
  signUnsubscribeToken,
  UnsubscribeScope,
  unsubscribeUrl,
  verifyUnsubscribeToken,
} from './unsubscribe-token';
