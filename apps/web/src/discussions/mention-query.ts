/** Where a mention is being written: an existing thread, or a new thread in a CoP. */
export type MentionScope = { threadId: string } | { communityId: string };

export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  /** What follows it up to the caret: the start of a name, at most three words. */
  query: string;
}

// An @ at the start or after a space or opening bracket, then up to three words of a name.
const AT_CARET = /(^|[\s([{"'])@((?:[^\s@[\]()]{0,40})(?: [^\s@[\]()]{1,40}){0,2})$/u;

/** The mention being typed just before the caret, or null. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const match = AT_CARET.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: match.index + match[1].length, query: match[2] };
}

/** True when a word of `name` starts with `query` (as the API matches, ignoring case). */
export function nameMatches(name: string, query: string): boolean {
  const wanted = query.trim().toLocaleLowerCase();
  if (!wanted) return true;
  const lower = name.toLocaleLowerCase();
  return lower.startsWith(wanted) || lower.includes(` ${wanted}`) || lower.includes(`-${wanted}`);
}

/** The stored form: `@[Name](member id)`; the name is only a hint, shown names come from the id. */
export function mentionToken(member: { id: string; name: string }): string {
  const name =
    member.name
      .replace(/[[\]\n]/g, ' ')
      .trim()
      .slice(0, 100) || '?';
  return `@[${name}](${member.id})`;
}
