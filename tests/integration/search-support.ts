export const SEARCH = `query($q: String!, $kinds: [SearchKind!], $first: Int) {
  search(query: $q, kinds: $kinds, first: $first) {
    query
    communities { hasMore hits { id slug name { text highlights { start length } } snippet { text } } }
    discussions { hasMore hits { threadId replyId title { text highlights { start length } }
      snippet { text highlights { start length } } community { slug name } } }
    lessons { hasMore hits { id title { text } snippet { text } community { slug name } } }
    members { hasMore hits { id name { text } jobRole snippet { text highlights { start length } } } }
  }
}`;

interface Text {
  text: string;
  highlights?: { start: number; length: number }[];
}

export interface SearchResult {
  search: {
    query: string;
    communities: {
      hasMore: boolean;
      hits: { id: string; slug: string; name: Text; snippet: Text | null }[];
    } | null;
    discussions: {
      hasMore: boolean;
      hits: {
        threadId: string;
        replyId: string | null;
        title: Text;
        snippet: Text | null;
        community: { slug: string; name: string };
      }[];
    } | null;
    lessons: {
      hasMore: boolean;
      hits: { id: string; title: Text; snippet: Text | null; community: { slug: string } | null }[];
    } | null;
    members: {
      hasMore: boolean;
      hits: { id: string; name: Text; jobRole: string | null; snippet: Text | null }[];
    } | null;
  };
}

/** The marked parts of a highlighted text, as strings. */
export const marked = (t: Text) =>
  (t.highlights ?? []).map((h) => t.text.slice(h.start, h.start + h.length));
