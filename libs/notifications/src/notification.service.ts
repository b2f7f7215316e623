import { Connection, toConnection } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { NotificationDto } from './dtos/notification.dto';
import { NotificationErrorCode, NotificationException } from './notification.exception';
import { NotificationRepository } from './notification.repository';
import { presentNotification } from './notification-presenter';
import { NotificationSettingsRepository } from './notification-settings.repository';

/** The viewer's in-app notification list and its read state. */
@Injectable()
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
    private readonly settings: NotificationSettingsRepository,
  ) {}

  /** One page in two queries (rows with their titles, count), plus the member's language unless given. */
  async list(
    memberId: string,
    args: { first: number; after?: string | null; language?: 'nl' | 'en' | null },
  ): Promise<Connection<NotificationDto>> {
    const [{ rows, total }, language] = await Promise.all([
      this.notifications.page(memberId, args.first, args.after),
      args.language ?? this.settings.language(memberId),
    ]);
    const nodes: NotificationDto[] = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      ...presentNotification(row, language),
      actorId: row.actorId,
      actorName: row.actorName,
      createdAt: row.createdAt,
      readAt: row.readAt,
    }));
    const sortAt = new Map(rows.map((row) => [row.id, row.sortAt]));
    return toConnection(nodes, args, (node) => [sortAt.get(node.id), node.id], total);
  }

  unreadCount(memberId: string): Promise<number> {
    return this.notifications.unreadCount(memberId);
  }

  /** Someone else's (or a missing) id refuses the whole request: nothing is marked. */
  async markRead(
    memberId: string,
    ids: string[] | null | undefined,
  ): Promise<{ marked: number; unreadCount: number }> {
    return this.dataSource.transaction(async (manager) => {
      const wanted = ids ? [...new Set(ids)] : null;
      if (wanted) {
        const own = await this.notifications.ownIds(memberId, wanted, manager);
        const missing = wanted.filter((id) => !own.has(id));
        if (missing.length > 0) {
          throw new NotificationException(
            NotificationErrorCode.NOTIFICATION_NOT_FOUND,
            'Notification not found.',
            [{ field: 'ids', message: `Not found: ${missing.join(', ')}` }],
          );
        }
      }
      const marked = await this.notifications.markRead(memberId, wanted, manager);
      return { marked, unreadCount: await this.notifications.unreadCount(memberId, manager) };
    });
  }
}
