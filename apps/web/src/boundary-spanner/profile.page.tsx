import { type FormEvent, useState } from 'react';

import { useApiQuery } from '../api-query';
import { formatInstant } from '../format-time';
import {
  type BoundarySpannerProfilePartsFragment,
  type BoundarySpannerVisibility,
  MyBoundarySpannerProfileDocument,
  SetBoundarySpannerVisibilityDocument,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { MemberOnly } from '../member-only';
import { Link } from '../router';
import { Alert, Button, Choice, Fieldset, Heading, PageTitle, Paragraph } from '../ui';
import { listNames, STYLES, useBoundarySpannerText, VISIBILITIES } from './messages';
import { type ChartRow, ScoreChart, ScoreTable, StyleLinks } from './parts';

export function ProfilePage() {
  return <MemberOnly path="/grenswerkers">{() => <MyProfile />}</MemberOnly>;
}

const rowsOf = (profile: BoundarySpannerProfilePartsFragment): ChartRow[] =>
  STYLES.map((style) => ({
    style,
    score: profile.scores.find((s) => s.style === style)?.score ?? 0,
    emphasised: profile.preferredStyles.includes(style),
  }));

function MyProfile() {
  const { b, t, lang } = useBoundarySpannerText();
  const { data, failed } = useApiQuery(MyBoundarySpannerProfileDocument);
  const justDone = new URLSearchParams(window.location.search).has('klaar');

  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  const profile = data.myBoundarySpannerProfile;
  const earlier = data.myBoundarySpannerProfileHistory.slice(1);
  const preferredNames = (p: BoundarySpannerProfilePartsFragment) =>
    listNames(
      p.preferredStyles.map((style) => b.names[style]),
      lang,
    );

  return (
    <>
      <PageTitle>{b.title}</PageTitle>
      {justDone && profile && (
        <Alert type="ok">
          <Paragraph>{b.done}</Paragraph>
        </Alert>
      )}
      <Paragraph lead>{b.intro}</Paragraph>
      {profile ? (
        <section aria-labelledby="bs-scores" data-testid="my-profile">
          <Heading level={2} id="bs-scores">
            {b.chartTitle}
          </Heading>
          <Paragraph>
            {profile.preferredStyles.length > 1
              ? b.preferredMany(preferredNames(profile))
              : b.preferred(preferredNames(profile))}{' '}
            {b.takenOn(formatInstant(profile.takenAt, lang, 'longDate'))}
          </Paragraph>
          <ScoreChart rows={rowsOf(profile)} title={b.chartTitle} />
          <ScoreTable rows={rowsOf(profile)} caption={b.tableCaption} />
          <Paragraph>
            <Link href="/grenswerkers/vragenlijst">{b.retake}</Link>
          </Paragraph>
        </section>
      ) : (
        <>
          <Paragraph>{b.noProfile}</Paragraph>
          <Paragraph>
            <Link
              href="/grenswerkers/vragenlijst"
              className="utrecht-button-link utrecht-button-link--primary-action"
            >
              {b.start}
            </Link>
          </Paragraph>
        </>
      )}
      <VisibilityForm initial={data.myBoundarySpannerVisibility} />
      {earlier.length > 0 && (
        <section aria-labelledby="bs-history">
          <Heading level={2} id="bs-history">
            {b.history}
          </Heading>
          <Paragraph>{b.historyIntro}</Paragraph>
          <ul className="utrecht-unordered-list">
            {earlier.map((p) => (
              <li key={p.takenAt} className="utrecht-unordered-list__item">
                {formatInstant(p.takenAt, lang, 'longDate')}: {preferredNames(p)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="bs-styles">
        <Heading level={2} id="bs-styles">
          {b.styles}
        </Heading>
        <Paragraph>{b.stylesIntro}</Paragraph>
        <StyleLinks />
      </section>
    </>
  );
}

function VisibilityForm({ initial }: { initial: BoundarySpannerVisibility }) {
  const { b, t } = useBoundarySpannerText();
  const [choice, setChoice] = useState(initial);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await request(SetBoundarySpannerVisibilityDocument, { input: { visibility: choice } });
      setNotice({ type: 'ok', text: b.visibilitySaved });
    } catch {
      setNotice({ type: 'error', text: t.genericError });
    }
  }

  return (
    <section aria-labelledby="bs-visibility-title">
      <Heading level={2} id="bs-visibility-title">
        {b.visibilityTitle}
      </Heading>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      <form onSubmit={(event) => void save(event)}>
        <Fieldset id="bs-visibility" legend={b.visibilityLegend}>
          {VISIBILITIES.map((visibility) => (
            <Choice
              key={visibility}
              type="radio"
              id={`visibility-${visibility}`}
              name="visibility"
              value={visibility}
              label={`${b.visibilities[visibility]} — ${b.visibilityDescriptions[visibility]}`}
              checked={choice === visibility}
              onChange={(checked) => checked && setChoice(visibility)}
            />
          ))}
        </Fieldset>
        <Button type="submit" appearance="secondary-action">
          {b.saveVisibility}
        </Button>
      </form>
    </section>
  );
}
