import { EmailLogRecords } from '@leerhuis/platform-mail';
import {
  type DataSubject,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The log of emails sent to the member, failed sends and a suppression of their address. */
@Injectable()
export class EmailLogPersonalData implements PersonalDataSource {
  readonly section = 'emails';

  constructor(private readonly records: EmailLogRecords) {}

  async export({ email }: DataSubject): Promise<PersonalDataSection> {
    return {
      sent: plainRows(await this.records.sentTo(email)),
      failures: plainRows(await this.records.failuresTo(email)),
      suppression: plainRows(await this.records.suppressionOf(email))[0] ?? null,
    };
  }

  async erase(
    { memberId, email }: DataSubject,
    _options: unknown,
    manager: EntityManager,
  ): Promise<void> {
    // Send keys name members by id (e.g. a digest per member): those rows go as well.
    await this.records.erase(manager, email, memberId);
  }
}
