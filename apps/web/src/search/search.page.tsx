import { type FormEvent, useEffect, useState } from 'react';

import { SearchDocument, type SearchQuery } from '../gql/graphql';
import { request } from '../graphql-client';
import { JOB_ROLES } from '../i18n';
import { Avatar } from '../members/member-link';
import { Link, Navigate, useRouter } from '../router';
import { useSession } from '../session';
import { Button, FormField, Heading, PageTitle, Paragraph, textboxClass } from '../ui';
import { useLoaded } from '../use-loaded';
import { searchHref } from './header-search';
import { Highlighted } from './highlighted';
import { useSearchText } from './messages';

type Results = SearchQuery['search'];
type GroupName = 'communities' | 'discussions' | 'lessons' | 'members';
const GROUPS: GroupName[] = ['communities', 'discussions', 'lessons', 'members'];
const PER_KIND = 10;

/** /zoeken?q=…: results grouped by kind; the query lives in the URL (reload, back, share). */
export function SearchPage() {
  const { s } = useSearchText();
  const { viewer } = useSession();
  const { search, navigate } = useRouter();
  const query = (new URLSearchParams(search).get('q') ?? '').trim();
  const [draft, setDraft] = useState(query);
  useEffect(() => setDraft(query), [query]);
  const signedIn = Boolean(viewer && !viewer.needsProfile);
  const state = useLoaded(
    () => request(SearchDocument, { query, first: PER_KIND }).then((r) => r.search),
    [query],
    signedIn && query !== '' && query.length <= 200,
  );

  if (viewer === undefined) return <Paragraph>{s.searching}</Paragraph>;
  if (viewer === null) return <Navigate to="/inloggen" />;
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.trim()) navigate(searchHref(draft));
  }

  const current = state.data && state.data.query.trim() === query ? state.data : null;
  return (
    <div className="search-page">
      <PageTitle>{query ? s.titleFor(query) : s.title}</PageTitle>
      <Paragraph lead>{s.intro}</Paragraph>
      <form role="search" aria-label={s.title} onSubmit={submit} className="search-form">
        <FormField
          id="search-query"
          label={s.fieldLabel}
          error={query.length > 200 ? s.tooLong : undefined}
        >
          {(props) => (
            <input
              {...props}
              type="search"
              className={textboxClass(query.length > 200)}
              maxLength={200}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
            />
          )}
        </FormField>
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
