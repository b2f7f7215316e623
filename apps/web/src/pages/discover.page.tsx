import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';

import { PHASES, useCommunityText } from '../communities/messages';
import { CommunityCard } from '../communities/parts';
import { CommunitiesDocument, type CommunitiesQuery, type CommunityPhase } from '../gql/graphql';
import { request } from '../graphql-client';
import { THEMES } from '../i18n';
import { Navigate } from '../router';
import { useSession } from '../session';
import { Alert, Button, FormField, PageTitle, Paragraph, selectClass, textboxClass } from '../ui';

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
    () => ({ search: search.zoek ?? '', theme: search.thema ?? '', phase: search.fase ?? '' }),
    [search.zoek, search.thema, search.fase],
  );
  const [draft, setDraft] = useState<Filter>(filter);
  useEffect(() => setDraft(filter), [filter]);
  const [items, setItems] = useState<Listed[] | null>(null);
  const [page, setPage] = useState<{ total: number; next: string | null }>({
    total: 0,
    next: null,
  });
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const load = useCallback(
    async (after: string | null) => {
      setBusy(true);
      setFailed(false);
      try {
        const { communities } = await request(CommunitiesDocument, {
          first: PAGE_SIZE,
          after,
          search: filter.search.trim() || null,
          theme: filter.theme || null,
          phase: filter.phase || null,
        });
        setItems((before) =>
          after && before ? [...before, ...communities.nodes] : communities.nodes,
        );
        setPage({
          total: communities.totalCount,
          next: communities.pageInfo.hasNextPage ? (communities.pageInfo.endCursor ?? null) : null,
        });
      } catch {
        setFailed(true);
      } finally {
        setBusy(false);
      }
    },
    [filter],
  );
  const signedIn = Boolean(viewer && !viewer.needsProfile);
  useEffect(() => {
    if (signedIn) void load(null);
  }, [load, signedIn]);

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
        <FormField id="search" label={c.searchLabel} description={c.searchDescription}>
          {(props) => (
            <input
              {...props}
              type="search"
              name="search"
              className={textboxClass(false)}
              value={draft.search}
              onChange={(event) => setDraft({ ...draft, search: event.target.value })}
            />
          )}
        </FormField>
        <FormField id="theme" label={c.themeLabel}>
          {(props) => (
            <select
              {...props}
              name="theme"
              className={selectClass(false)}
              value={draft.theme}
              onChange={(event) => setDraft({ ...draft, theme: event.target.value })}
            >
              <option value="">{c.allThemes}</option>
              {THEMES.map((theme) => (
                <option key={theme.value} value={theme.value}>
                  {lang === 'nl' ? theme.value : theme.en}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="phase" label={c.phaseLabel}>
          {(props) => (
            <select
              {...props}
              name="phase"
              className={selectClass(false)}
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
            </select>
          )}
        </FormField>
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
