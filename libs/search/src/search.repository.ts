import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

// A lexicon word stands in for a query word when this similar (pg_trgm, 0–1): "samenwerkng" →
// "samenwerking" is 0.67, "ketens" → "keten" 0.63; unrelated words of similar length stay
// below 0.4.
const MIN_SIMILARITY = 0.5;
// Short words have too few trigrams to tell a typo from another word.
const MIN_TYPO_LENGTH = 4;
const ALTERNATIVES_PER_WORD = 3;

/** The search lib's own table: the lexicon of written words (migration 1763800000030). */
@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One statement: the tsquery for the words, each widened with the most similar words that
   * occur on the platform, all built by PostgreSQL (plainto_tsquery, Dutch stemming). Every
   * word must match (AND); a word matches through any of its alternatives (OR). '' when every
   * word is a stop word.
   */
  async tsquery(words: string[]): Promise<string> {
    const [row]: { tsquery: string }[] = await this.dataSource.query(
      `WITH w AS (SELECT word, ord FROM unnest($1::text[]) WITH ORDINALITY AS w(word, ord)),
       alternatives AS (
         SELECT w.ord, w.word AS alt FROM w
         UNION
         SELECT w.ord, s.word FROM w CROSS JOIN LATERAL (
           SELECT sw.word FROM search_word sw
            WHERE length(w.word) >= $2 AND sw.word % w.word
              AND similarity(sw.word, w.word) >= $3
            ORDER BY similarity(sw.word, w.word) DESC, sw.word
            LIMIT $4) s),
       parts AS (
         SELECT ord, string_agg(DISTINCT q, ' | ') AS q
           FROM (SELECT ord, plainto_tsquery('dutch', alt)::text AS q FROM alternatives) a
          WHERE q <> ''
          GROUP BY ord)
       SELECT coalesce(string_agg('(' || q || ')', ' & ' ORDER BY ord), '') AS tsquery FROM parts`,
      [words, MIN_TYPO_LENGTH, MIN_SIMILARITY, ALTERNATIVES_PER_WORD],
    );
    return row.tsquery;
  }
}
