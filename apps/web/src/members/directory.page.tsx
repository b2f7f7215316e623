import './members.css';

import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useMemo, useState } from 'react';

import { useApiQuery } from '../api-query';
import {
  MemberDirectoryDocument,
  type MemberDirectoryQuery,
  OrganisationsDocument,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { JOB_ROLES, THEMES } from '../i18n';
import { MemberOnly } from '../member-only';
import { Alert, Button, Heading, PageTitle, Paragraph, SelectField, TextField } from '../ui';
import { MemberLink } from './member-link';
import { useMemberText } from './messages';

type Listed = MemberDirectoryQuery['members']['nodes'][number];
interface Filter {
  search: string;
  organisationId: string;
  theme: string;
  offer: string;
}

const PAGE_SIZE = 20;

/** A card shows the start of a long offer; the member page has all of it. */
const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200).trimEnd()}…` : text);

/** /leden: find members by name, organisation, theme and offer; the search is in the URL. */
export function DirectoryPage() {
  return <MemberOnly path="/leden">{() => <Directory />}</MemberOnly>;
}

function Directory() {
  const { m, t, lang } = useMemberText();
  // ?zoek=…&organisatie=<id>&thema=…&aanbod=… (routes.tsx keeps only strings).
  const search = useSearch({ from: '/leden/' });
  const navigate = useNavigate({ from: '/leden/' });
  const filter = useMemo<Filter>(
    () => ({
      search: search.zoek ?? '',
      organisationId: search.organisatie ?? '',
      theme: search.thema ?? '',
      offer: search.aanbod ?? '',
    }),
    [search.zoek, search.organisatie, search.thema, search.aanbod],
  );
  const [draft, setDraft] = useState<Filter>(filter);
  useEffect(() => setDraft(filter), [filter]);
  const variables = (after: string | null) => ({
    first: PAGE_SIZE,
    after,
    search: filter.search.trim() || null,
    organisationId: filter.organisationId || null,
    theme: filter.theme || null,
    offer: filter.offer.trim() || null,
  });
  const first = useApiQuery(MemberDirectoryDocument, variables(null));
  // The organisations at the top of the tree; a filter on one includes everything below it.
  const organisations = useApiQuery(OrganisationsDocument, { rootsOnly: true, first: 100 });
  const [more, setMore] = useState<{ items: Listed[]; next: string | null } | null>(null);
  useEffect(() => setMore(null), [filter]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const firstPage = first.data?.members;
  const items = firstPage ? [...firstPage.nodes, ...(more?.items ?? [])] : null;
  const nextOf = (list: MemberDirectoryQuery['members']) =>
    list.pageInfo.hasNextPage ? (list.pageInfo.endCursor ?? null) : null;
  const next = more ? more.next : firstPage ? nextOf(firstPage) : null;
  const total = firstPage?.totalCount ?? 0;
  const busy = loadingMore || (!firstPage && !first.failed);

  async function load(after: string) {
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      const { members } = await request(MemberDirectoryDocument, variables(after));
      setMore((before) => ({
        items: [...(before?.items ?? []), ...members.nodes],
        next: nextOf(members),
      }));
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate({
      search: {
        zoek: draft.search.trim() || undefined,
        organisatie: draft.organisationId || undefined,
        thema: draft.theme || undefined,
        aanbod: draft.offer.trim() || undefined,
      },
    });
  }

  const themeLabel = (value: string) =>
    lang === 'en' ? (THEMES.find((theme) => theme.value === value)?.en ?? value) : value;

  return (
    <>
      <PageTitle>{m.directoryTitle}</PageTitle>
      <Paragraph lead>{m.directoryIntro}</Paragraph>
      <form
        role="search"
        aria-label={m.directoryTitle}
        onSubmit={submit}
        className="filters directory-filters"
      >
        <TextField
          id="search"
          label={m.searchLabel}
          type="search"
          name="zoek"
          value={draft.search}
          onChange={(event) => setDraft({ ...draft, search: event.target.value })}
        />
        <SelectField
          id="organisation"
          label={m.organisationLabel}
          name="organisatie"
          value={draft.organisationId}
          onChange={(event) => setDraft({ ...draft, organisationId: event.target.value })}
        >
          <option value="">{m.allOrganisations}</option>
          {organisations.data?.organisations.nodes.map((o) => (
            <option key={o.id} value={o.id}>
              {o.abbreviation ? `${o.abbreviation} – ${o.name}` : o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="theme"
          label={m.themeLabel}
          name="thema"
          value={draft.theme}
          onChange={(event) => setDraft({ ...draft, theme: event.target.value })}
        >
          <option value="">{m.allThemes}</option>
          {THEMES.map((theme) => (
            <option key={theme.value} value={theme.value}>
              {lang === 'nl' ? theme.value : theme.en}
            </option>
          ))}
        </SelectField>
        <TextField
          id="offer"
          label={m.offerSearchLabel}
          description={m.offerSearchDescription}
          type="search"
          name="aanbod"
          value={draft.offer}
          onChange={(event) => setDraft({ ...draft, offer: event.target.value })}
        />
        <Button type="submit">{m.searchButton}</Button>
      </form>
      <p className="nl-paragraph result-count" role="status">
        {items ? m.results(total) : busy ? t.loading : ''}
      </p>
      {(first.failed || moreFailed) && <Alert type="error">{t.genericError}</Alert>}
      {items && items.length > 0 && (
        <ul className="directory-list" aria-label={m.results(total)}>
          {items.map((member) => (
            <li key={member.id} className="member-card">
              <Heading level={2}>
                <MemberLink id={member.id} name={member.name} />
              </Heading>
              {(member.jobRole || member.organisation) && (
                <p className="nl-paragraph member-card__meta">
                  {[
                    member.jobRole && JOB_ROLES[lang][member.jobRole],
                    member.organisation &&
                      (member.organisation.abbreviation ?? member.organisation.name),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              )}
              {member.themes && member.themes.length > 0 && (
                <p className="nl-paragraph member-card__meta">
                  {member.themes.map((theme) => (
                    <span key={theme} className="badge">
                      {themeLabel(theme)}
                    </span>
                  ))}
                </p>
              )}
              {member.offer && (
                <p className="nl-paragraph member-card__offer">
                  <strong>{m.offerShort}</strong> {clip(member.offer)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {next && (
        <Button
          appearance="secondary-action"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => void load(next)}
        >
          {m.loadMore}
        </Button>
      )}
    </>
  );
}
