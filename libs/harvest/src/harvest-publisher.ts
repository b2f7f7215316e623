import { Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { HarvestAudience, HarvestSource, LessonType } from './entities/lesson.entity';

export interface PublishedLesson {
  /** The CoP whose harvest shows it; null: platform-wide (audience must be PLATFORM). */
  communityId: string | null;
  authorId: string;
  title: string;
  /** Markdown. */
  description: string;
  type: LessonType;
  audience: HarvestAudience;
  source: Exclude<HarvestSource, HarvestSource.COMMUNITY>;
  sourceId: string;
  contributorIds: string[];
}

/**
 * For other domains (no GraphQL): puts something they published into the harvest, inside the
 * caller's transaction. The caller checks who may publish where.
 */
@Injectable()
export class HarvestPublisher {
  async publish(lesson: PublishedLesson, manager: EntityManager): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO harvest_lesson
         (community_id, author_id, title, description, type, audience, source, source_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        lesson.communityId,
        lesson.authorId,
        lesson.title,
        lesson.description,
        lesson.type,
        lesson.audience,
        lesson.source,
        lesson.sourceId,
      ],
    );
    const id = rows[0].id;
    const contributors = [...new Set(lesson.contributorIds)];
    if (contributors.length) {
      await manager.query(
        `INSERT INTO harvest_lesson_contributor (lesson_id, member_id, position)
         SELECT $1, m, n::int - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS c(m, n)`,
        [id, contributors],
      );
    }
    return id;
  }
}

/** Import this (not HarvestModule) to publish into the harvest from another domain. */
@Module({ providers: [HarvestPublisher], exports: [HarvestPublisher] })
export class HarvestPublisherModule {}
