import { useApiQuery } from '../api-query';
import { CommunityTeamProfileDocument } from '../gql/graphql';
import { Heading, Paragraph } from '../ui';
import { listNames, STYLES, useBoundarySpannerText } from './messages';
import { type ChartRow, ScoreChart, ScoreTable } from './parts';

/** The CoP page's "Teamprofiel" (theedoos): only its active members get one. */
export function TeamProfileSection({ communityId }: { communityId: string }) {
  const { b, t, lang } = useBoundarySpannerText();
  const { data, failed } = useApiQuery(CommunityTeamProfileDocument, {
    id: communityId,
    locale: lang,
  });
  const team = data?.community.teamProfile;
  const rows: ChartRow[] = STYLES.map((style) => {
    const row = team?.styles.find((s) => s.style === style);
    return {
      style,
      score: row?.averageScore ?? null,
      emphasised: team?.dominantStyles.includes(style),
    };
  });
  return (
    <section aria-labelledby="part-team-profile" data-testid="team-profile">
      <Heading level={2} id="part-team-profile">
        {b.team}
      </Heading>
      {failed ? (
        <Paragraph>{t.genericError}</Paragraph>
      ) : !data ? (
        <Paragraph>{t.loading}</Paragraph>
      ) : !team ? (
        <Paragraph>{b.teamMembersOnly}</Paragraph>
      ) : (
        <>
          <Paragraph>{b.teamIntro}</Paragraph>
          <Paragraph>
            {b.teamCounted(team.profileCount, team.memberCount)}{' '}
            {team.withoutVisibleProfile > 0 ? b.teamHidden(team.withoutVisibleProfile) : ''}
          </Paragraph>
          {team.profileCount === 0 ? (
            <Paragraph>{b.teamNone}</Paragraph>
          ) : (
            <>
              <Paragraph>
                {b.teamDominant(
                  listNames(
                    team.dominantStyles.map((style) => b.names[style]),
                    lang,
                  ),
                )}
              </Paragraph>
              <ScoreChart rows={rows} title={b.teamChartTitle} />
              <ScoreTable
                rows={rows}
                caption={b.teamChartTitle}
                extra={{
                  header: b.preferredByColumn,
                  cell: (row) =>
                    b.members(team.styles.find((s) => s.style === row.style)?.preferredBy ?? 0),
                }}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
