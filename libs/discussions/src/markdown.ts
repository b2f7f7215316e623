import MarkdownIt from 'markdown-it';

/**
 * Markdown for posts. Raw HTML is never passed through (`html: false` escapes it), images
 * are off (no tracking pixels in a closed CoP), and only http(s) and mailto links become
 * links, each with rel="nofollow noopener". Everything else stays visible as plain text.
 *
 * Mentions are written `@[Name](memberId)` and collected by {@link parseMentions}. The name in
 * the source is the author's text, so it is never shown as a mention: a mention renders as a
 * link `@<the member's current name>` to their member page only for members in `mentionable`
 * (those who can read the post, looked up by id). Any other id, and a malformed token such as
 * `@[Name](x)`, renders as the bracket text, plain.
 */
const ALLOWED_LINK = /^(https?:\/\/|mailto:)/i;
const MENTION = /@\[([^\]\n]{1,100})\]\(([^()\s]{0,100})\)/y;
const MEMBER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a mention links to: the member's page in the web app. */
export const memberPath = (memberId: string) => `/leden/${encodeURIComponent(memberId)}`;

function createRenderer(): MarkdownIt.MarkdownIt {
  const md = new MarkdownIt('default', { html: false, linkify: true, breaks: true });
  md.disable('image');
  md.validateLink = (url) => ALLOWED_LINK.test(url.trim());
  md.inline.ruler.before('link', 'mention', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
    MENTION.lastIndex = state.pos;
    const match = MENTION.exec(state.src);
    // `@[site](https://…)` stays an ordinary link after a literal @.
    if (!match || ALLOWED_LINK.test(match[2])) return false;
    if (!silent) {
      const token = state.push('mention', '', 0);
      const memberId = MEMBER_ID.test(match[2]) ? match[2].toLowerCase() : null;
      token.meta = { name: match[1].trim(), memberId };
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.mention = (tokens, idx, _options, env) => {
    const { name, memberId } = tokens[idx].meta as MentionMeta;
    const escape = md.utils.escapeHtml;
    const current = memberId
      ? (env as RenderEnv | undefined)?.mentionable?.get(memberId)
      : undefined;
    if (!memberId || current === undefined) return escape(name);
    return `<a class="mention" href="${escape(memberPath(memberId))}" data-member-id="${escape(memberId)}">@${escape(current)}</a>`;
  };
  const defaultLinkOpen =
    md.renderer.rules.link_open ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx].attrSet('rel', 'nofollow noopener');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

const renderer = createRenderer();

type MentionMeta = {
  name: string;
  /** Null for a malformed token: it renders as its name, plain, and mentions nobody. */
  memberId: string | null;
};

interface RenderEnv {
  mentionable?: ReadonlyMap<string, string>;
}

/**
 * Safe HTML for a post's Markdown source. `mentionable`: member id → current name of the
 * members a mention may point at (without it every mention is plain text).
 */
export function renderMarkdown(source: string, mentionable?: ReadonlyMap<string, string>): string {
  return renderer.render(source, { mentionable } satisfies RenderEnv);
}

/** Member ids mentioned with `@[Name](memberId)`, in order, without duplicates; not in code. */
export function parseMentions(source: string): string[] {
  const ids = new Set<string>();
  const walk = (tokens: MarkdownIt.Token[]) => {
    for (const token of tokens) {
      const memberId = token.type === 'mention' && (token.meta as MentionMeta).memberId;
      if (memberId) ids.add(memberId);
      if (token.children) walk(token.children);
    }
  };
  walk(renderer.parse(source, {}));
  return [...ids];
}
