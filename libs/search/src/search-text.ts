/** Longest query accepted; longer is BAD_USER_INPUT (field `query`). */
export const MAX_QUERY_LENGTH = 200;
/** Words of a query that are searched; the rest are ignored. */
export const MAX_QUERY_WORDS = 8;
const MAX_WORD_LENGTH = 40;

/** ts_headline marks a hit with these; they are taken out of the source text first. */
export const MARK_START = '\u27e6';
export const MARK_END = '\u27e7';

export const SNIPPET_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, ShortWord=2`;
export const TITLE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/**
 * The words of what a member typed: letters and digits only, lower case. Operators, quotes and
 * tsquery syntax (`a & | !b:*`) are just separators here, so no user text ever reaches a
 * tsquery parser: PostgreSQL builds the tsquery from these words with plainto_tsquery.
 */
export function queryWords(query: string): string[] {
  const words =
    query
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length <= MAX_WORD_LENGTH))].slice(0, MAX_QUERY_WORDS);
}

export interface TextRange {
  start: number;
  length: number;
}

export interface HighlightedText {
  text: string;
  highlights: TextRange[];
}

/**
 * ts_headline output → plain text plus the highlighted ranges (UTF-16 offsets, as JavaScript
 * strings count). Clients render the text as text and mark the ranges: no HTML travels.
 */
export function parseHeadline(headline: string): HighlightedText {
  let text = '';
  const highlights: TextRange[] = [];
  let start: number | null = null;
  for (const char of headline) {
    if (char === MARK_START) {
      start = text.length;
    } else if (char === MARK_END) {
      if (start !== null && text.length > start) {
        highlights.push({ start, length: text.length - start });
      }
      start = null;
    } else {
      text += char;
    }
  }
  return { text: text.trim() === '' ? '' : text, highlights };
}
