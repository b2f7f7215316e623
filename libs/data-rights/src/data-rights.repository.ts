import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export type RequestKind = 'EXPORT' | 'ERASURE';

export interface DataRightsRequest {
  id: string;
  kind: RequestKind;
  memberId: string | null;
  email: string | null;
  language: 'nl' | 'en';
  deleteOwnPosts: boolean;
  expiresAt: Date;
  usedAt: Date | null;
  completedAt: Date | null;
}

export type AuditAction =
  'EXPORT_REQUESTED' | 'EXPORT_BUILT' | 'EXPORT_OPENED' | 'ERASURE_REQUESTED' | 'ERASED';

const COLUMNS = `id, kind, member_id AS "memberId", email, language,
  delete_own_posts AS "deleteOwnPosts", expires_at AS "expiresAt", used_at AS "usedAt",
  completed_at AS "completedAt"`;

/** Requests, stored exports and the audit: the tables this lib owns. */
@Injectable()
export class DataRightsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    manager: EntityManager,
    request: {
      kind: RequestKind;
      memberId: string;
      email: string;
      language: 'nl' | 'en';
      deleteOwnPosts: boolean;
      tokenHash: string;
      expiresAt: Date;
    },
  ): Promise<DataRightsRequest> {
    const [row] = await manager.query(
      `INSERT INTO data_rights_request
         (kind, member_id, email, language, delete_own_posts, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [
        request.kind,
        request.memberId,
        request.email,
        request.language,
        request.deleteOwnPosts,
        request.tokenHash,
        request.expiresAt,
      ],
    );
    return row;
  }

  async findById(id: string): Promise<DataRightsRequest | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM data_rights_request WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Locks the row: two clicks on one link must not both go through. */
  async findByTokenForUpdate(
    manager: EntityManager,
    kind: RequestKind,
    tokenHash: string,
  ): Promise<DataRightsRequest | null> {
    const [row] = await manager.query(
      `SELECT ${COLUMNS} FROM data_rights_request WHERE token_hash = $1 AND kind = $2 FOR UPDATE`,
      [tokenHash, kind],
    );
    return row ?? null;
  }

  async findByToken(kind: RequestKind, tokenHash: string): Promise<DataRightsRequest | null> {
    return this.findByTokenForUpdate(this.dataSource.manager, kind, tokenHash);
  }

  /** Until the transaction ends: erasures of one member run one after another. */
  async lockErasure(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `erase:${memberId}`,
    ]);
  }

  async markUsed(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE data_rights_request SET used_at = now(), completed_at = now() WHERE id = $1`,
      [id],
    );
  }

  async saveExport(requestId: string, content: unknown, html: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO data_export (request_id, content, html) VALUES ($1, $2, $3)
       ON CONFLICT (request_id) DO UPDATE SET content = EXCLUDED.content, html = EXCLUDED.html,
         built_at = now()`,
      [requestId, JSON.stringify(content), html],
    );
  }

  /** Takes the export out: single use, so its content is gone once read. */
  async takeExport(
    manager: EntityManager,
    requestId: string,
  ): Promise<{ content: unknown; html: string } | null> {
    const [row] = await manager.query(
      `SELECT content, html FROM data_export WHERE request_id = $1 AND content IS NOT NULL`,
      [requestId],
    );
    if (!row) return null;
    await manager.query(`DELETE FROM data_export WHERE request_id = $1`, [requestId]);
    return row;
  }

  /** After an erasure: the member's requests keep no id, no address and no export. */
  async forgetMember(manager: EntityManager, memberId: string, email: string): Promise<void> {
    await manager.query(
      `DELETE FROM data_export WHERE request_id IN
         (SELECT id FROM data_rights_request WHERE member_id = $1 OR lower(email) = lower($2))`,
      [memberId, email],
    );
    await manager.query(
      `UPDATE data_rights_request
          SET member_id = NULL, email = NULL,
              used_at = coalesce(used_at, now()), completed_at = coalesce(completed_at, now())
        WHERE member_id = $1 OR lower(email) = lower($2)`,
      [memberId, email],
    );
  }

  /** The audit keeps what happened and when, never who (no id, no address, no name). */
  async audit(
    manager: EntityManager | null,
    action: AuditAction,
    actor: 'MEMBER' | 'ADMIN' | 'SYSTEM',
    requestId: string | null,
    detail: Record<string, unknown> = {},
  ): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO data_rights_audit (action, actor, request_id, detail) VALUES ($1, $2, $3, $4)`,
      [action, actor, requestId, JSON.stringify(detail)],
    );
  }
}
