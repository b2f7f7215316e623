const DEFAULT_MAX = 200;
// A digest run turns the same posts into excerpts for every member who gets them.
const EXCERPTS_KEPT = 5000;
const excerpts = new Map<string, string>();

/**
 * Markdown source as a short plain-text excerpt for an email: markup, links and images
 * stripped, whitespace collapsed, cut at a word boundary.
 */
export function plainExcerpt(markdown: string, max = DEFAULT_MAX): string {
  if (max !== DEFAULT_MAX) return excerpt(markdown, max);
  let known = excerpts.get(markdown);
  if (known === undefined) {
    if (excerpts.size >= EXCERPTS_KEPT) excerpts.clear();
    known = excerpt(markdown, max);
    excerpts.set(markdown, known);
  }
  return known;
}

function excerpt(markdown: string, max: number): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|\W)[*_](\S[^*_]*)[*_](?=\W|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}
