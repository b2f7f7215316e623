export {
  type EmailContent,
  type EmailItem,
  type EmailSection,
  renderEmail,
  renderEmailText,
} from './email-layout';
export { EmailFailureEntity } from './entities/email-failure.entity';
export {
  EmailSuppressionEntity,
  type SuppressionLiftedBy,
  type SuppressionReason,
} from './entities/email-suppression.entity';
export { SentEmailEntity } from './entities/sent-email.entity';
export { MailModule } from './mail.module';
export {
  type BatchEmail,
  type EmailAudienceKind,
  Mailer,
  normaliseAddress,
  type EmailBody,
  loggedKey,
  type OutgoingEmail,
  renderBody,
  type SendOutcome,
} from './mailer';
export {
  notificationSettingsUrl,
  signUnsubscribeToken,
  UnsubscribeScope,
  unsubscribeUrl,
  verifyUnsubscribeToken,
} from './unsubscribe-token';
