import { useApiQuery } from '../api-query';
import { ReadableLessonDocument } from '../gql/graphql';
import { useHarvestText } from '../harvest/messages';
import { formatDay } from '../meetings/messages';
import { PlainText } from '../meetings/parts';
import { MemberOnly } from '../member-only';
import { Link } from '../router';
import { PageTitle, Paragraph } from '../ui';
import { useLessonsText } from './messages';
import { lessonOrigin, lessonTitle } from './parts';

/** /oogst/<id>: one lesson of any kind. Opening it marks it seen, so digests leave it out. */
export function LessonPage({ id }: { id: string }) {
  return (
    <MemberOnly path={`/oogst/${encodeURIComponent(id)}`}>{() => <Lesson id={id} />}</MemberOnly>
  );
}

function Lesson({ id }: { id: string }) {
  const { l, t, lang } = useLessonsText();
  const { h } = useHarvestText();
  // readableLesson records the view (seen_item) on the API.
  const { data, failed } = useApiQuery(ReadableLessonDocument, { id });
  const lesson = data?.readableLesson;
  return (
    <article className="lesson-page">
      <p className="nl-paragraph">
        <Link href="/oogst" className="nl-link">
          {l.back}
        </Link>
      </p>
      {failed ? (
        <>
          <PageTitle>{l.title}</PageTitle>
          <Paragraph>{l.notFound}</Paragraph>
        </>
      ) : !lesson ? (
        <Paragraph>{t.loading}</Paragraph>
      ) : (
        <>
          <PageTitle>{lessonTitle(lesson, l, lang)}</PageTitle>
          <p className="community-card__badges">
            <span className="badge">{l.kinds[lesson.kind]}</span>
            {lesson.type && <span className="badge badge--accent">{h.types[lesson.type]}</span>}
          </p>
          <dl className="facts">
            <dt>{l.kindLabel}</dt>
            <dd>
              {lesson.community ? (
                <Link
                  href={`/communities/${encodeURIComponent(lesson.community.slug)}`}
                  className="nl-link"
                >
                  {lesson.community.name}
                </Link>
              ) : (
                lessonOrigin(lesson, l)
              )}
            </dd>
            <dt>{l.published}</dt>
            <dd>{formatDay(lesson.publishedAt.slice(0, 10), lang)}</dd>
            {lesson.occurredOn && (
              <>
                <dt>{l.occurredOn}</dt>
                <dd>{formatDay(lesson.occurredOn, lang)}</dd>
              </>
            )}
          </dl>
          {lesson.intervision && <Paragraph>{l.anonymised}</Paragraph>}
          <PlainText text={lesson.body} />
        </>
      )}
    </article>
  );
}
