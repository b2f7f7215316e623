import type { SearchTextFragment } from '../gql/graphql';

/**
 * Text with the parts that matched marked. The API sends plain text and ranges; this renders
 * text nodes and <mark>, never HTML from the server.
 */
export function Highlighted({ value }: { value: SearchTextFragment }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  const ranges = [...value.highlights].sort((a, b) => a.start - b.start);
  for (const { start, length } of ranges) {
    if (start < at || start + length > value.text.length) continue;
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(<mark key={start}>{value.text.slice(start, start + length)}</mark>);
    at = start + length;
  }
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}
