import { CommunitySql } from '@leerhuis/communities';
import {
  type DataSubject,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Lessons the member wrote or contributed to. They stay after erasure, by "voormalig lid". */
@Injectable()
export class HarvestPersonalData implements PersonalDataSource {
  readonly section = 'lessons';

  constructor(private readonly dataSource: DataSource) {}

  async export({ memberId }: DataSubject): Promise<PersonalDataSection> {
    const lessons = await this.dataSource.query(
      `SELECT l.id, c.name AS community, l.title, l.description, l.type, l.occurred_on AS "occurredOn",
              (l.author_id = $1) AS "isAuthor", l.created_at AS "createdAt"
         FROM harvest_lesson l JOIN ${CommunitySql.communities} c ON c.id = l.community_id
        WHERE l.author_id = $1
           OR EXISTS (SELECT 1 FROM harvest_lesson_contributor k
                       WHERE k.lesson_id = l.id AND k.member_id = $1)
        ORDER BY l.created_at`,
      [memberId],
    );
    return { lessons: plainRows(lessons) };
  }

  async erase(): Promise<void> {
    // Lessons are kept: the author becomes NULL and contributor rows cascade with the member.
  }
}
