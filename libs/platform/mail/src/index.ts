export { type Email, rendered, renderedEmail } from './email';
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
export { EmailSuppressions, liftEmailSuppression, type SuppressionRow } from './email-suppression';
export { type SentEmailRow, SentEmailLog } from './sent-email-log';
export { EmailFailureLog, type EmailFailureRow } from './email-failure-log';
export { EmailLogRecords } from './email-log-records';
export { MailLogModule } from './mail-log.module';
export { SentEmailEntity } from './entities/sent-email.entity';
export { MailModule } from './mail.module';
export { EmailAudience, type EmailAudienceKind } from './email-audience';
export { Mailer } from './mailer';
export {
  type BatchEmail,
  type EmailBody,
  loggedKey,
  normaliseAddress,
  type OutgoingEmail,
  renderBody,
  type SendOutcome,
} from './outgoing-email';
export {
  notificationSettingsUrl,
  signUnsubscribeToken,
  UnsubscribeScope,
  unsubscribeUrl,
  verifyUnsubscribeToken,
} from './unsubscribe-token';
