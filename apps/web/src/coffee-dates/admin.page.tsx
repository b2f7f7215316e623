import './coffee-dates.css';

import { useId, useState } from 'react';

import { useAction } from '../action';
import { useApiQuery } from '../api-query';
import {
  CloseCoffeeDateRoundDocument,
  CoffeeDateRoundDocument,
  type CoffeeDateRoundPartsFragment,
  CoffeeDateRoundPreviewDocument,
  type CoffeeDateRoundPreviewQuery,
  CoffeeDateRoundsDocument,
  type CoffeeDateRoundsQuery,
  MatchCoffeeDateRoundDocument,
  OpenCoffeeDateRoundDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberOnly } from '../member-only';
import { MemberLink, MemberLinks } from '../members/member-link';
import { useSearchParam } from '../router';
import { TableScroll } from '../table-scroll';
import { Alert, Button, Heading, PageTitle, Paragraph } from '../ui';
import { formatDay, periodName, useCoffeeDateText } from './messages';

type Round = CoffeeDateRoundPartsFragment;
/** What opening, matching or closing a round changes. */
const ROUND_QUERIES = [CoffeeDateRoundsDocument, CoffeeDateRoundDocument];
type ListedRound = CoffeeDateRoundsQuery['coffeeDateRounds']['nodes'][number];
type Stats = NonNullable<Round['stats']>;
type Preview = CoffeeDateRoundPreviewQuery['coffeeDateRoundPreview'];

/** This month as YYYY-MM in Europe/Amsterdam, the rounds' time zone. */
function currentPeriod(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

export function CoffeeDateAdminPage() {
  const { k } = useCoffeeDateText();
  return (
    <MemberOnly path="/koffiedate/beheer" admin refusal={k.adminOnly}>
      {() => <Admin />}
    </MemberOnly>
  );
}

function Admin() {
  const { k, t, lang } = useCoffeeDateText();
  const { data, failed } = useApiQuery(CoffeeDateRoundsDocument);
  // The round shown is in the URL (?ronde=…), so it can be linked and survives reload.
  const [selected, setSelected] = useSearchParam('ronde');
  // Bumped after an action, so the round's details load again.
  const [version, setVersion] = useState(0);
  const { notice, run } = useAction<{ type: 'ok' | 'error'; text: string }>({
    errorText: (error) => (error instanceof ApiError ? error.message : t.genericError),
    reload: async () => setVersion((v) => v + 1),
    reloadOnError: false,
  });

  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  const rounds = data.coffeeDateRounds.nodes;
  const round = rounds.find((r) => r.id === selected) ?? rounds[0] ?? null;
  const name = (r: ListedRound) =>
    r.period ? periodName(r.period, lang) : k.team(r.meetOn ? formatDay(r.meetOn, lang) : '');

  return (
    <>
      <PageTitle>{k.adminTitle}</PageTitle>
      <Paragraph lead>{k.adminIntro}</Paragraph>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {/* Each month has one round: once this month's is there, there is nothing to open. */}
      {!rounds.some((r) => r.kind === 'MONTHLY' && r.period === currentPeriod()) && (
        <Button
          appearance="secondary-action"
          onClick={() =>
            void run(() => request(OpenCoffeeDateRoundDocument), k.openRound, {
              refresh: ROUND_QUERIES,
            })
          }
        >
          {k.openRound}
        </Button>
      )}
      <section aria-labelledby="kd-rounds">
        <Heading level={2} id="kd-rounds">
          {k.rounds}
        </Heading>
        <TableScroll label={k.rounds}>
          <table className="utrecht-table kd-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {k.period}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {k.state}
                </th>
                <th
                  className="utrecht-table__header-cell utrecht-table__header-cell--numeric"
                  scope="col"
                >
                  {k.participants}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  <span className="kd-visually-hidden">{k.show('')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rounds.map((r) => (
                <tr key={r.id} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="row">
                    {name(r)}
                  </th>
                  <td className="utrecht-table__cell">{k.states[r.state]}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {r.participantCount ?? 0}
                  </td>
                  <td className="utrecht-table__cell">
                    <Button
                      appearance="subtle"
                      aria-pressed={round?.id === r.id}
                      onClick={() => setSelected(r.id)}
                    >
                      {k.show(name(r))}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      {round && (
        <RoundDetails
          key={`${round.id}-${version}`}
          roundId={round.id}
          title={name(round)}
          onMatch={() =>
            run(
              () => request(MatchCoffeeDateRoundDocument, { input: { roundId: round.id } }),
              k.matched,
              { refresh: ROUND_QUERIES },
            )
          }
          onClose={() =>
            run(
              () => request(CloseCoffeeDateRoundDocument, { input: { roundId: round.id } }),
              k.closed,
              { refresh: ROUND_QUERIES },
            )
          }
        />
      )}
    </>
  );
}

function RoundDetails({
  roundId,
  title,
  onMatch,
  onClose,
}: {
  roundId: string;
  title: string;
  onMatch: () => Promise<unknown>;
  onClose: () => Promise<unknown>;
}) {
  const { k, t, lang } = useCoffeeDateText();
  const details = useApiQuery(CoffeeDateRoundDocument, { id: roundId });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failed, setFailed] = useState(false);

  async function loadPreview() {
    try {
      setPreview(
        (await request(CoffeeDateRoundPreviewDocument, { input: { roundId } }))
          .coffeeDateRoundPreview,
      );
    } catch {
      setFailed(true);
    }
  }

  if (details.failed) return <Paragraph>{t.genericError}</Paragraph>;
  const round = details.data?.coffeeDateRound;
  if (!round) return <Paragraph>{t.loading}</Paragraph>;
  return (
    <section aria-labelledby="kd-details" data-testid="round-details">
      <Heading level={2} id="kd-details">
        {k.statsTitle(title)}
      </Heading>
      <p className="nl-paragraph" data-testid="round-repeat-rule">
        {k.roundRepeatRule(
          round.repeatWindowMonths,
          formatDay(monthsBefore(round.opensAt, round.repeatWindowMonths), lang, true),
        )}
      </p>
      {round.stats && <StatsView stats={round.stats} />}
      <div className="kd-actions">
        <Button appearance="secondary-action" onClick={() => void loadPreview()}>
          {k.preview}
        </Button>
        {(round.state === 'OPEN' || round.state === 'MATCHING') && (
          <Button onClick={() => void onMatch()}>{k.match}</Button>
        )}
        {round.state === 'MATCHED' && (
          <Button appearance="secondary-action" onClick={() => void onClose()}>
            {k.close}
          </Button>
        )}
      </div>
      {failed && <Paragraph>{t.genericError}</Paragraph>}
      {preview && <PreviewView preview={preview} />}
    </section>
  );
}

function StatsView({ stats }: { stats: Stats }) {
  const { k, lang } = useCoffeeDateText();
  const percent = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent' });
  const decimal = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  const rows = (Object.keys(k.figures) as (keyof typeof k.figures)[]).map((key) => ({
    label: k.figures[key],
    value: stats[key],
  }));
  return (
    <>
      <BarChart rows={rows} title={k.chartTitle} />
      <TableScroll label={k.chartTitle}>
        <table className="utrecht-table kd-table" data-testid="stats-table">
          <caption className="utrecht-table__caption">{k.chartTitle}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {k.figure}
              </th>
              <th
                className="utrecht-table__header-cell utrecht-table__header-cell--numeric"
                scope="col"
              >
                {k.value}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((row) => (
              <tr key={row.label} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  {row.label}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ul className="utrecht-unordered-list">
        {stats.crossMinistryRate !== null && stats.crossMinistryRate !== undefined && (
          <li className="utrecht-unordered-list__item">
            {k.crossMinistry(percent.format(stats.crossMinistryRate))}
          </li>
        )}
        <li className="utrecht-unordered-list__item">
          {stats.averageRating !== null && stats.averageRating !== undefined
            ? k.averageRating(decimal.format(stats.averageRating), stats.ratings)
            : k.noRatings}
        </li>
        <li className="utrecht-unordered-list__item">{k.withoutProfile(stats.withoutProfile)}</li>
      </ul>
      {stats.unmatchedReasons.length > 0 && (
        <>
          <Heading level={3}>{k.unmatchedWhy}</Heading>
          <ul className="utrecht-unordered-list">
            {stats.unmatchedReasons.map((r) => (
              <li key={r.reason} className="utrecht-unordered-list__item">
                {k.reasons[r.reason] ?? r.reason}: {r.count}
              </li>
            ))}
          </ul>
        </>
      )}
      {stats.styleMix.length > 0 && (
        <>
          <Heading level={3}>{k.styleMix}</Heading>
          <ul className="utrecht-unordered-list">
            {stats.styleMix.map((s) => (
              <li key={s.style} className="utrecht-unordered-list__item">
                {k.styleNames[s.style] ?? s.style}: {s.count}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** A horizontal bar chart as an image with a text alternative; the table beside it has the same figures. */
function BarChart({ rows, title }: { rows: { label: string; value: number }[]; title: string }) {
  const { k } = useCoffeeDateText();
  const id = useId();
  const max = Math.max(1, ...rows.map((r) => r.value));
  const labelWidth = 190;
  const barWidth = 360;
  const rowHeight = 32;
  return (
    <svg
      className="kd-chart"
      viewBox={`0 0 ${labelWidth + barWidth + 60} ${rows.length * rowHeight + 8}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="stats-chart"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>
        {k.chartDescription(rows.map((r) => `${r.label}: ${r.value}.`).join(' '))}
      </desc>
      {rows.map((row, index) => {
        const y = index * rowHeight + 4;
        return (
          <g key={row.label}>
            <text className="kd-chart__label" x={0} y={y + 18}>
              {row.label}
            </text>
            <rect
              className="kd-chart__track"
              x={labelWidth}
              y={y + 4}
              width={barWidth}
              height={18}
            />
            <rect
              className="kd-chart__bar"
              x={labelWidth}
              y={y + 4}
              width={(row.value / max) * barWidth}
              height={18}
            />
            <text className="kd-chart__value" x={labelWidth + barWidth + 8} y={y + 18}>
              {row.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function PreviewView({ preview }: { preview: Preview }) {
  const { k } = useCoffeeDateText();
  return (
    <section aria-labelledby="kd-preview" data-testid="preview">
      <Heading level={3} id="kd-preview">
        {k.previewTitle}
      </Heading>
      <Paragraph>
        {preview.stored ? k.previewStored : k.previewDry}{' '}
        {k.previewSummary(preview.groups.length, preview.unmatched.length, preview.violations)}
      </Paragraph>
      <ol className="utrecht-ordered-list">
        {preview.groups.map((group, index) => (
          <li key={index} className="utrecht-ordered-list__item">
            <MemberLinks members={group.members} separator=" + " />
          </li>
        ))}
      </ol>
      {preview.unmatched.length > 0 && (
        <ul className="utrecht-unordered-list">
          {preview.unmatched.map((u, index) => (
            <li key={index} className="utrecht-unordered-list__item">
              {u.member ? <MemberLink id={u.member.id} name={u.member.name} /> : '?'}: {u.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The day `months` calendar months before an ISO instant (the start of a round's repeat window). */
function monthsBefore(iso: string, months: number): string {
  const date = new Date(iso);
  date.setMonth(date.getMonth() - months);
  return date.toISOString();
}
