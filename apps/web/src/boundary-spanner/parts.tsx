import './boundary-spanner.css';

import { useId } from 'react';

import type { BoundarySpannerStyle } from '../gql/graphql';
import { Link } from '../router';
import { TableScroll } from '../table-scroll';
import { STYLES, styleSlug, useBoundarySpannerText } from './messages';

export interface ChartRow {
  style: BoundarySpannerStyle;
  /** 0–100, or null when there is no score (a team without shared profiles). */
  score: number | null;
  emphasised?: boolean;
}

const format = (score: number | null, lang: string) =>
  score === null
    ? '–'
    : new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        maximumFractionDigits: 1,
      }).format(score);

/**
 * Six horizontal bars (0–100) as an SVG image with a title and description that read the
 * scores out; the table beside it is the text equivalent.
 */
export function ScoreChart({ rows, title }: { rows: ChartRow[]; title: string }) {
  const { b, lang } = useBoundarySpannerText();
  const id = useId();
  const labelWidth = 170;
  const barWidth = 380;
  const rowHeight = 36;
  const height = rows.length * rowHeight + 8;
  const description = b.chartDescription(
    rows
      .map(
        (row) =>
          `${b.names[row.style]}${row.emphasised ? ` (${b.preferredMark})` : ''}: ${format(row.score, lang)}.`,
      )
      .join(' '),
  );
  return (
    <svg
      className="bs-chart"
      viewBox={`0 0 ${labelWidth + barWidth + 60} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="score-chart"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {rows.map((row, index) => {
        const y = index * rowHeight + 4;
        const width = ((row.score ?? 0) / 100) * barWidth;
        return (
          <g key={row.style}>
            <text
              className={
                row.emphasised ? 'bs-chart__label bs-chart__label--preferred' : 'bs-chart__label'
              }
              x={0}
              y={y + 19}
            >
              {b.names[row.style]}
              {row.emphasised ? ' ★' : ''}
            </text>
            <rect
              className="bs-chart__track"
              x={labelWidth}
              y={y + 4}
              width={barWidth}
              height={20}
            />
            <rect
              className={
                row.emphasised ? 'bs-chart__bar bs-chart__bar--preferred' : 'bs-chart__bar'
              }
              x={labelWidth}
              y={y + 4}
              width={width}
              height={20}
            />
            <text className="bs-chart__value" x={labelWidth + barWidth + 8} y={y + 19}>
              {format(row.score, lang)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The chart's text equivalent. */
export function ScoreTable({
  rows,
  caption,
  extra,
}: {
  rows: ChartRow[];
  caption: string;
  extra?: { header: string; cell: (row: ChartRow) => string };
}) {
  const { b, lang } = useBoundarySpannerText();
  return (
    <TableScroll label={caption}>
      <table className="bs-table utrecht-table" data-testid="score-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{b.styleColumn}</th>
            <th scope="col">{extra ? b.averageColumn : b.scoreColumn}</th>
            {extra && <th scope="col">{extra.header}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.style}>
              <th scope="row">
                <Link href={`/grenswerkers/stijlen/${styleSlug(row.style)}`}>
                  {b.names[row.style]}
                </Link>
                {row.emphasised && !extra ? ` (${b.preferredMark})` : ''}
              </th>
              <td className="bs-number">{format(row.score, lang)}</td>
              {extra && <td>{extra.cell(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Links to the six style pages. */
export function StyleLinks({ except }: { except?: BoundarySpannerStyle }) {
  const { b } = useBoundarySpannerText();
  return (
    <ul className="utrecht-unordered-list">
      {STYLES.filter((style) => style !== except).map((style) => (
        <li key={style} className="utrecht-unordered-list__item">
          <Link href={`/grenswerkers/stijlen/${styleSlug(style)}`}>{b.names[style]}</Link>
        </li>
      ))}
    </ul>
  );
}
