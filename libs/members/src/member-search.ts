import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { JobRole } from './entities/member.entity';

/** The search lib's prepared query (see PreparedSearch in libs/communities). */
export interface MemberSearchQuery {
  tsquery: string;
  limit: number;
  snippetOptions: string;
  titleOptions: string;
  markers: string;
}

export interface MemberHit {
  id: string;
  name: string;
  nameHeadline: string;
  /** Null when the member keeps it private. */
  jobRole: JobRole | null;
  /** From the bio, offer and seeking the member shows to members; null when none is. */
  snippet: string | null;
}

// A field counts only when the member shows it to members (member-view.ts canSee; the search
// vector of migration 1763800000030 holds the same fields under the same rule).
const shown = (field: string, column: string) =>
  `CASE WHEN coalesce(m.visibility->>'${field}', 'MEMBERS') = 'MEMBERS' THEN m.${column} ELSE '' END`;

/** Members for the platform-wide search: name and the profile parts they show to members. */
@Injectable()
export class MemberSearch {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: MemberSearchQuery): Promise<MemberHit[]> {
    const rows: MemberHit[] = await this.dataSource.query(
      `SELECT m.id, m.name,
              CASE WHEN coalesce(m.visibility->>'jobRole', 'MEMBERS') = 'MEMBERS'
                   THEN m.job_role END AS "jobRole",
              ts_headline('dutch', translate(m.name, $2, ''), $1::tsquery, $4) AS "nameHeadline",
              ts_headline('dutch', translate(
                ${shown('bio', 'bio')} || ' ' || ${shown('offer', 'offer')} || ' ' ||
                ${shown('seeking', 'seeking')}, $2, ''), $1::tsquery, $3) AS snippet
         FROM member m
        WHERE m.search @@ $1::tsquery
        ORDER BY ts_rank(m.search, $1::tsquery) DESC, m.name, m.id
        LIMIT $5`,
      [query.tsquery, query.markers, query.snippetOptions, query.titleOptions, query.limit],
    );
    return rows.map((row) => ({ ...row, snippet: row.snippet?.trim() ? row.snippet : null }));
  }
}
