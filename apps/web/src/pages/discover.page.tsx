import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useMemo, useState } from 'react';

import { useApiQuery } from '../api-query';
import { PHASES, useCommunityText } from '../communities/messages';
import { CommunityCard } from '../communities/parts';
import { CommunitiesDocument, type CommunitiesQuery, type CommunityPhase } from '../gql/graphql';
import { request } from '../graphql-client';
import { THEMES } from '../i18n';
import { Navigate } from '../router';
import { useSession } from '../session';
import { Alert, Button, PageTitle, Paragraph, SelectField, TextField } from '../ui';

type Listed = CommunitiesQuery['communities']['nodes'][number];
interface Filter {
  search: string;
  theme: string;
  phase: CommunityPhase | '';
}

const PAGE_SIZE = 20;

export function DiscoverPage() {
  const { t, c, lang } = useCommunityText();
  const { viewer } = useSession();
  // The search and filters live in the URL (routes.tsx validates them), so a search can be
  // linked and survives reload and "back"; the form edits a draft until it is submitted.
  const search = useSearch({ from: '/communities/' });
  const navigate = useNavigate({ from: '/communities/' });
  const filter = useMemo<Filter>(
    () => ({
      search: search.zoek ?? '',
      theme: search.thema ?? '',
      phase: PHASES.find((phase) => phase === search.fase) ?? '',
    }),
    [search.zoek, search.thema, search.fase],
  );
  const [draft, setDraft] = useState<Filter>(filter);
  useEffect(() => setDraft(filter), [filter]);
  const signedIn = Boolean(viewer && !viewer.needsProfile);
  const variables = (after: string | null) => ({
    first: PAGE_SIZE,
    after,
    search: filter.search.trim() || null,
    theme: filter.theme || null,
    phase: filter.phase || null,
  });
  // The first page comes from the query cache (so "back" shows it at once, at the scroll
  // position it had); pages loaded with "more" are added to it.
  const first = useApiQuery(CommunitiesDocument, variables(null), { enabled: signedIn });
  const [more, setMore] = useState<{ items: Listed[]; next: string | null } | null>(null);
  useEffect(() => setMore(null), [filter]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const firstPage = first.data?.communities;
  const items = firstPage ? [...firstPage.nodes, ...(more?.items ?? [])] : null;
  const nextOf = (list: NonNullable<typeof firstPage>) =>
    list.pageInfo.hasNextPage ? (list.pageInfo.endCursor ?? null) : null;
  const page = {
    total: firstPage?.totalCount ?? 0,
    next: more ? more.next : firstPage ? nextOf(firstPage) : null,
  };
  const busy = loadingMore || (!firstPage && !first.failed);
  const failed = first.failed || moreFailed;

  async function load(after: string | null) {
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      const { communities } = await request(CommunitiesDocument, variables(after));
      setMore((before) => ({
        items: [...(before?.items ?? []), ...communities.nodes],
        next: nextOf(communities),
      }));
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  if (viewer === undefined) return <Paragraph>{t.loading}</Paragraph>;
  if (viewer === null) return <Navigate to="/inloggen" />;
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate({
      search: {
        zoek: draft.search.trim() || undefined,
        thema: draft.theme || undefined,
        fase: draft.phase || undefined,
      },
    });
  }

  return (
    <>
      <PageTitle>{c.discoverTitle}</PageTitle>
      <Paragraph lead>{c.discoverIntro}</Paragraph>
      <form role="search" aria-label={c.discoverTitle} onSubmit={submit} className="filters">
        <TextField
          id="search"
          label={c.searchLabel}
          description={c.searchDescription}
          type="search"
          name="search"
          value={draft.search}
          onChange={(event) => setDraft({ ...draft, search: event.target.value })}
        />
        <SelectField
          id="theme"
          label={c.themeLabel}
          name="theme"
          value={draft.theme}
          onChange={(event) => setDraft({ ...draft, theme: event.target.value })}
        >
          <option value="">{c.allThemes}</option>
          {THEMES.map((theme) => (
            <option key={theme.value} value={theme.value}>
              {lang === 'nl' ? theme.value : theme.en}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="phase"
          label={c.phaseLabel}
          name="phase"
          value={draft.phase}
          onChange={(event) =>
            setDraft({ ...draft, phase: event.target.value as CommunityPhase | '' })
          }
        >
          <option value="">{c.allPhases}</option>
          {PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {c.phases[phase]}
            </option>
          ))}
        </SelectField>
        <Button type="submit">{c.searchButton}</Button>
      </form>
      <p className="nl-paragraph result-count" role="status">
        {items ? c.results(page.total) : busy ? t.loading : ''}
      </p>
      {failed && <Alert type="error">{t.genericError}</Alert>}
      {items && items.length > 0 && (
        <ul className="community-list" aria-label={c.results(page.total)}>
          {items.map((community) => (
            <CommunityCard key={community.id} community={community} headingLevel={2} />
          ))}
        </ul>
      )}
      {page.next && (
        <Button
          appearance="secondary-action"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => void load(page.next)}
        >
          {c.loadMore}
        </Button>
      )}
    </>
  );
}
