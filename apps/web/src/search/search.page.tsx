import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';

import { useApiQuery } from '../api-query';
import { SearchDocument, type SearchKind, type SearchQuery } from '../gql/graphql';
import { JOB_ROLES } from '../i18n';
import { Avatar } from '../members/member-link';
import { Link, Navigate } from '../router';
import { useSession } from '../session';
import { Button, Heading, PageTitle, Paragraph, SelectField, TextField } from '../ui';
import { Highlighted } from './highlighted';
import { useSearchText } from './messages';

type Results = SearchQuery['search'];
type GroupName = 'communities' | 'discussions' | 'lessons' | 'members';
const GROUPS: GroupName[] = ['communities', 'discussions', 'lessons', 'members'];
const PER_KIND = 10;
/** ?soort=…: one kind only, by its Dutch name in the URL. */
const KINDS: Record<string, { group: GroupName; kind: SearchKind }> = {
  cops: { group: 'communities', kind: 'COMMUNITY' as SearchKind },
  discussies: { group: 'discussions', kind: 'DISCUSSION' as SearchKind },
  lessen: { group: 'lessons', kind: 'LESSON' as SearchKind },
  leden: { group: 'members', kind: 'MEMBER' as SearchKind },
};
const kindOf = (value: string | undefined) => (value && KINDS[value] ? value : '');

/**
 * /zoeken?q=…&soort=…: results grouped by kind. The query and the kind live in the URL
 * (routes.tsx validates them), so a search can be shared and survives reload and "back"; the
 * form edits a draft until it is submitted.
 */
export function SearchPage() {
  const { s } = useSearchText();
  const { viewer } = useSession();
  const params = useSearch({ from: '/zoeken' });
  const go = useNavigate({ from: '/zoeken' });
  const query = (params.q ?? '').trim();
  const kind = kindOf(params.soort);
  const [draft, setDraft] = useState(query);
  const [draftKind, setDraftKind] = useState(kind);
  useEffect(() => setDraft(query), [query]);
  useEffect(() => setDraftKind(kind), [kind]);
  const signedIn = Boolean(viewer && !viewer.needsProfile);
  const state = useApiQuery(
    SearchDocument,
    // One kind gets the most results the API gives (20); all kinds get 10 each.
    kind ? { query, first: 20, kinds: [KINDS[kind].kind] } : { query, first: PER_KIND },
    { enabled: signedIn && query !== '' && query.length <= 200 },
  );

  if (viewer === undefined) return <Paragraph>{s.searching}</Paragraph>;
  if (viewer === null) return <Navigate to="/inloggen" />;
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.trim()) {
      void go({ search: { q: draft.trim(), ...(draftKind ? { soort: draftKind } : {}) } });
    }
  }

  const current = state.data && state.data.search.query.trim() === query ? state.data.search : null;
  return (
    <div className="search-page">
      <PageTitle>{query ? s.titleFor(query) : s.title}</PageTitle>
      <Paragraph lead>{s.intro}</Paragraph>
      <form role="search" aria-label={s.title} onSubmit={submit} className="search-form">
        <TextField
          id="search-query"
          label={s.fieldLabel}
          error={query.length > 200 ? s.tooLong : undefined}
          type="search"
          maxLength={200}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <SelectField
          id="search-kind"
          label={s.kindLabel}
          value={draftKind}
          onChange={(e) => setDraftKind(kindOf(e.target.value))}
        >
          <option value="">{s.allKinds}</option>
          {Object.entries(KINDS).map(([slug, { group }]) => (
            <option key={slug} value={slug}>
              {s.groups[group]}
            </option>
          ))}
        </SelectField>
        <Button type="submit">{s.submit}</Button>
      </form>
      {query !== '' && query.length <= 200 && (
        <div aria-live="polite">
          {state.failed ? (
            <Paragraph>{s.failed}</Paragraph>
          ) : !current ? (
            <Paragraph>{s.searching}</Paragraph>
          ) : (
            <SearchResults results={current} query={query} />
          )}
        </div>
      )}
    </div>
  );
}

function SearchResults({ results, query }: { results: Results; query: string }) {
  const { s } = useSearchText();
  const total = GROUPS.reduce((n, g) => n + (results[g]?.hits.length ?? 0), 0);
  if (total === 0) return <Paragraph>{s.nothing(query)}</Paragraph>;
  return (
    <>
      <Paragraph>{s.found(total)}</Paragraph>
      {GROUPS.map((group) => {
        const found = results[group];
        if (!found || found.hits.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`search-${group}`} className="search-group">
            <Heading level={2} id={`search-${group}`}>
              {s.groups[group]} ({found.hits.length})
            </Heading>
            <ul className="search-hits">
              <Hits results={results} group={group} />
            </ul>
            {found.hasMore && <Paragraph>{s.more}</Paragraph>}
          </section>
        );
      })}
    </>
  );
}

function Hits({ results, group }: { results: Results; group: GroupName }) {
  const { s, lang } = useSearchText();
  switch (group) {
    case 'communities':
      return results.communities!.hits.map((hit) => (
        <li key={hit.id} className="search-hit">
          <Link
            href={`/communities/${encodeURIComponent(hit.slug)}`}
            className="nl-link search-hit__title"
          >
            <Highlighted value={hit.name} />
          </Link>
          {hit.snippet && (
            <p className="nl-paragraph search-hit__snippet">
              <Highlighted value={hit.snippet} />
            </p>
          )}
        </li>
      ));
    case 'discussions':
      return results.discussions!.hits.map((hit) => (
        <li key={hit.threadId} className="search-hit">
          <Link
            href={`/communities/${encodeURIComponent(hit.community.slug)}/discussions/${encodeURIComponent(hit.threadId)}`}
            className="nl-link search-hit__title"
          >
            <Highlighted value={hit.title} />
          </Link>
          <p className="nl-paragraph search-hit__meta">
            {s.inCommunity(hit.community.name)}
            {hit.replyId && ` · ${s.inReply}`}
          </p>
          {hit.snippet ? (
            <p className="nl-paragraph search-hit__snippet">
              <Highlighted value={hit.snippet} />
            </p>
          ) : (
            <p className="nl-paragraph search-hit__meta">{s.titleOnly}</p>
          )}
        </li>
      ));
    case 'lessons':
      return results.lessons!.hits.map((hit) => (
        <li key={hit.id} className="search-hit">
          <Link href={`/oogst/${encodeURIComponent(hit.id)}`} className="nl-link search-hit__title">
            <Highlighted value={hit.title} />
          </Link>
          <p className="nl-paragraph search-hit__meta">
            {hit.community ? s.inCommunity(hit.community.name) : s.platformWide}
          </p>
          {hit.snippet && (
            <p className="nl-paragraph search-hit__snippet">
              <Highlighted value={hit.snippet} />
            </p>
          )}
        </li>
      ));
    case 'members':
      return results.members!.hits.map((hit) => (
        <li key={hit.id} className="search-hit">
          <Link
            href={`/leden/${encodeURIComponent(hit.id)}`}
            className="nl-link member-link search-hit__title"
          >
            <Avatar id={hit.id} name={hit.name.text} />
            <Highlighted value={hit.name} />
          </Link>
          {hit.jobRole && (
            <p className="nl-paragraph search-hit__meta">{JOB_ROLES[lang][hit.jobRole]}</p>
          )}
          {hit.snippet && (
            <p className="nl-paragraph search-hit__snippet">
              <Highlighted value={hit.snippet} />
            </p>
          )}
        </li>
      ));
  }
}
