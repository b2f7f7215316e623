import { Module } from '@nestjs/common';

import { EmailFailureLog } from './email-failure-log';
import { EmailLogRecords } from './email-log-records';
import { EmailSuppressions } from './email-suppression';
import { SentEmailLog } from './sent-email-log';

const MAIL_LOG = [SentEmailLog, EmailFailureLog, EmailSuppressions, EmailLogRecords];

/**
 * Reading and administering what the Mailer logged, without the Mailer: for the API's admin
 * page, data rights and jobs that skip mail already out.
 */
@Module({ providers: MAIL_LOG, exports: MAIL_LOG })
export class MailLogModule {}
