export type { CaughtMail } from './caught-mail';
export { MailCatcher, type MailCatcherOptions, type Refusal } from './mail-catcher';
export { MailInboxServer, type MailInboxServerOptions } from './mail-inbox.server';
