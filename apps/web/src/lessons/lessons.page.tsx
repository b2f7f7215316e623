import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useMemo, useState } from 'react';

import { useApiQuery } from '../api-query';
import {
  LessonFilterCommunitiesDocument,
  LessonsDocument,
  type LessonType,
  type ReadableLessonKind,
} from '../gql/graphql';
import { LESSON_TYPES, useHarvestText } from '../harvest/messages';
import { THEMES } from '../i18n';
import { formatDay } from '../meetings/messages';
import { MemberOnly } from '../member-only';
import { Link } from '../router';
import { Alert, Button, Heading, PageTitle, Paragraph, SelectField } from '../ui';
import { KINDS, useLessonsText } from './messages';
import { lessonHref, lessonOrigin, lessonTitle } from './parts';

const PAGE_SIZE = 20;

interface Filter {
  kind: ReadableLessonKind | '';
  type: LessonType | '';
  theme: string;
  communityId: string;
}

/** /oogst?soort=…&type=…&thema=…&cop=…&na=…: every lesson the viewer may read, filtered. */
export function LessonsPage() {
  return <MemberOnly path="/oogst">{() => <Lessons />}</MemberOnly>;
}

function Lessons() {
  const { l, t, lang } = useLessonsText();
  const { h } = useHarvestText();
  const search = useSearch({ from: '/oogst/' });
  const navigate = useNavigate({ from: '/oogst/' });
  const filter = useMemo<Filter>(
    () => ({
      kind: KINDS.find((k) => k === search.soort) ?? '',
      type: LESSON_TYPES.find((k) => k === search.type) ?? '',
      theme: search.thema ?? '',
      communityId: search.cop ?? '',
    }),
    [search.soort, search.type, search.thema, search.cop],
  );
  const [draft, setDraft] = useState<Filter>(filter);
  useEffect(() => setDraft(filter), [filter]);
  const lessons = useApiQuery(LessonsDocument, {
    kind: filter.kind || null,
    type: filter.type || null,
    theme: filter.theme || null,
    communityId: filter.communityId || null,
    first: PAGE_SIZE,
    after: search.na ?? null,
  });
  const communities = useApiQuery(LessonFilterCommunitiesDocument, {});
  const page = lessons.data?.lessons;

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate({
      search: {
        soort: draft.kind || undefined,
        type: draft.type || undefined,
        thema: draft.theme || undefined,
        cop: draft.communityId || undefined,
      },
    });
  }

  const select = (
    id: keyof Filter,
    label: string,
    all: string,
    options: { value: string; label: string }[],
  ) => (
    <SelectField
      id={`lesson-${id}`}
      label={label}
      name={id}
      value={draft[id]}
      onChange={(event) => setDraft({ ...draft, [id]: event.target.value })}
    >
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );

  return (
    <>
      <PageTitle>{l.title}</PageTitle>
      <Paragraph lead>{l.intro}</Paragraph>
      <form
        role="search"
        aria-label={l.filters}
        onSubmit={submit}
        className="filters filters--lessons"
      >
        {select(
          'kind',
          l.kindLabel,
          l.allKinds,
          KINDS.map((k) => ({ value: k, label: l.kinds[k] })),
        )}
        {select(
          'type',
          l.typeLabel,
          l.allTypes,
          LESSON_TYPES.map((k) => ({ value: k, label: h.types[k] })),
        )}
        {select(
          'theme',
          l.themeLabel,
          l.allThemes,
          THEMES.map((theme) => ({
            value: theme.value,
            label: lang === 'nl' ? theme.value : theme.en,
          })),
        )}
        {select(
          'communityId',
          l.communityLabel,
          l.allCommunities,
          (communities.data?.communities.nodes ?? []).map((c) => ({ value: c.id, label: c.name })),
        )}
        <Button type="submit">{l.apply}</Button>
      </form>
      <p className="nl-paragraph result-count" role="status">
        {page ? l.count(page.totalCount) : lessons.failed ? '' : t.loading}
      </p>
      {lessons.failed && <Alert type="error">{t.genericError}</Alert>}
      {page && page.nodes.length === 0 && <Paragraph>{l.none}</Paragraph>}
      {page && page.nodes.length > 0 && (
        <ul className="plain-list lesson-list" aria-label={l.count(page.totalCount)}>
          {page.nodes.map((lesson) => (
            <li key={lesson.id} className="community-card" data-testid="lesson">
              <Heading level={2}>
                <Link href={lessonHref(lesson.id)} className="nl-link">
                  {lessonTitle(lesson, l, lang)}
                </Link>
              </Heading>
              <p className="community-card__badges">
                <span className="badge">{l.kinds[lesson.kind]}</span>
                {lesson.type && <span className="badge badge--accent">{h.types[lesson.type]}</span>}
              </p>
              <Paragraph>
                {lessonOrigin(lesson, l)} · {formatDay(lesson.publishedAt.slice(0, 10), lang)}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      {page && (page.pageInfo.hasNextPage || search.na) && (
        <p className="nl-paragraph row">
          {search.na && (
            <Link href={hrefWith(search, undefined)} className="nl-link">
              {l.firstPage}
            </Link>
          )}
          {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
            <Link href={hrefWith(search, page.pageInfo.endCursor)} className="nl-link">
              {l.next}
            </Link>
          )}
        </p>
      )}
    </>
  );
}

function hrefWith(search: Record<string, string | undefined>, after: string | undefined): string {
  const params = new URLSearchParams();
  for (const key of ['soort', 'type', 'thema', 'cop'] as const) {
    if (search[key]) params.set(key, search[key]);
  }
  if (after) params.set('na', after);
  const query = params.toString();
  return query ? `/oogst?${query}` : '/oogst';
}
