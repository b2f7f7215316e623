import './learning-groups.css';

import { useApiQuery } from '../api-query';
import { LearningGroupPageDocument, type LearningGroupPageQuery } from '../gql/graphql';
import { ApiError } from '../graphql-client';
import { LearningGroupIntervisionSection } from '../intervision/groups-section';
import { MemberOnly } from '../member-only';
import { MemberLinks, MemberSentence } from '../members/member-link';
import { Link } from '../router';
import { Heading, PageTitle, Paragraph } from '../ui';
import { ApplicationForm, OwnApplication } from './group-application';
import { Composition } from './group-composition';
import { formatDay, formatSession, useLearningGroupText } from './messages';
import { GroupOutputs } from './output/group-outputs';
import { GroupSessions } from './sessions/group-sessions';
import { ThreadsSection } from './sessions/threads-section';

export type Group = NonNullable<LearningGroupPageQuery['learningGroup']>;

export function LearningGroupPage({ id }: { id: string }) {
  return <MemberOnly path={`/leergroepen/${id}`}>{() => <GroupView id={id} />}</MemberOnly>;
}

function GroupView({ id }: { id: string }) {
  const { l, t, lang } = useLearningGroupText();
  const { data, failed, error, reload } = useApiQuery(LearningGroupPageDocument, { id });
  const missing = error instanceof ApiError && error.code === 'NOT_FOUND';
  if (missing) return <Paragraph>{l.notFound}</Paragraph>;
  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (data === null) return <Paragraph>{t.loading}</Paragraph>;
  if (!data.learningGroup) return <Paragraph>{l.notFound}</Paragraph>;
  const group = data.learningGroup;
  return (
    <>
      <Paragraph>
        <Link href="/leergroepen">{l.back}</Link>
      </Paragraph>
      <PageTitle>{group.name}</PageTitle>
      <Paragraph lead>{group.goal}</Paragraph>
      <Paragraph>
        {l.status[group.status]}.{' '}
        {l.cohort(formatDay(group.cohortStartsOn, lang), formatDay(group.cohortEndsOn, lang))}.{' '}
        {l.cadence(group.cadenceWeeks, group.targetSize)}.{' '}
        {group.facilitator && (
          <MemberSentence sentence={l.facilitatedBy} member={group.facilitator} />
        )}
      </Paragraph>
      {group.viewerApplication ? (
        <OwnApplication group={group} onChange={reload} />
      ) : (
        group.status === 'OPEN_FOR_APPLICATIONS' &&
        group.viewerRole !== 'FACILITATOR' && (
          <ApplicationForm group={group} programmes={data.myProgrammes} onApplied={reload} />
        )
      )}
      {group.applications && <Composition group={group} />}
      {group.groups && group.groups.length > 0 && <Circles group={group} />}
      {group.groups && group.groups.length > 0 && <ThreadsSection learningGroupId={group.id} />}
      <LearningGroupIntervisionSection learningGroup={group} />
    </>
  );
}

/** Confirmed groups: members and sessions (only members of a group and the facilitator see them). */
function Circles({ group }: { group: Group }) {
  const { l, lang } = useLearningGroupText();
  return (
    <section aria-labelledby="lg-members">
      <Heading level={2} id="lg-members">
        {l.membersTitle}
      </Heading>
      {group.groups!.map((circle) => (
        <section
          key={circle.number}
          aria-labelledby={`lg-group-${circle.number}`}
          data-testid={`group-${circle.number}`}
        >
          <Heading level={3} id={`lg-group-${circle.number}`}>
            {l.group(circle.number)}
          </Heading>
          <Paragraph>
            <MemberLinks members={circle.members} />
          </Paragraph>
          <Paragraph>{l.firstSession(formatSession(circle.sessions[0] ?? '', lang))}</Paragraph>
          <details>
            <summary>{l.sessions}</summary>
            <ul className="utrecht-unordered-list">
              {circle.sessions.map((s) => (
                <li key={s} className="utrecht-unordered-list__item">
                  {formatSession(s, lang)}
                </li>
              ))}
            </ul>
          </details>
          <GroupSessions
            learningGroupId={group.id}
            groupNumber={circle.number}
            members={circle.members}
            canEdit={group.viewerRole === 'FACILITATOR'}
          />
          <GroupOutputs learningGroupId={group.id} groupNumber={circle.number} />
        </section>
      ))}
    </section>
  );
}
