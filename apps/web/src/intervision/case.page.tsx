import './intervision.css';

import { useApiQuery } from '../api-query';
import { IntervisionCasePageDocument, type IntervisionCasePageQuery } from '../gql/graphql';
import { ApiError } from '../graphql-client';
import { MemberLink } from '../members/member-link';
import { Link } from '../router';
import { Alert, Heading, PageTitle, Paragraph } from '../ui';
import { Closing } from './case-closing';
import { ModeratorControls } from './case-moderation';
import { PhaseSection } from './case-phase';
import { casePath, groupPath } from './groups.page';
import { formatWhen, useIntervisionText } from './messages';
import { MembersOnly, PlainText, useIntervisionAction } from './parts';

export type Case = IntervisionCasePageQuery['intervisionCase'];

/** /intervisie/casussen/<id>: the case thread with its phase stepper, composer and controls. */
export function IntervisionCasePage({ caseId }: { caseId: string }) {
  return (
    <MembersOnly path={casePath(caseId)}>
      <CaseView caseId={caseId} />
    </MembersOnly>
  );
}

function CaseView({ caseId }: { caseId: string }) {
  const { v, lang } = useIntervisionText();
  const {
    data: kase,
    error,
    reload,
  } = useApiQuery(
    IntervisionCasePageDocument,
    { id: caseId },
    { select: (data) => data.intervisionCase },
  );
  const missing = error instanceof ApiError && error.code === 'NOT_FOUND';
  const { run, busy, box } = useIntervisionAction(reload);
  if (missing) {
    return (
      <>
        <PageTitle>{v.notFoundTitle}</PageTitle>
        <Paragraph>{v.notFound}</Paragraph>
      </>
    );
  }
  if (!kase) return <Paragraph>{v.loading}</Paragraph>;
  const isModerator = kase.viewerRoles.includes('MODERATOR');
  const isOwner = kase.viewerRoles.includes('CASE_OWNER');
  const method = lang === 'en' ? kase.methodNameEn : kase.methodNameNl;
  return (
    <article className="intervision-case">
      <Paragraph>
        <Link href={groupPath(kase.group.id)}>{kase.group.name}</Link>
      </Paragraph>
      <PageTitle>{kase.title}</PageTitle>
      <dl className="intervision-facts">
        <dt>{v.caseOwner}</dt>
        <dd>{kase.owner && <MemberLink id={kase.owner.id} name={kase.owner.name} />}</dd>
        <dt>{v.stateLabel}</dt>
        <dd>{v.states[kase.state]}</dd>
        {method && (
          <>
            <dt>{v.method}</dt>
            <dd>{method}</dd>
          </>
        )}
      </dl>
      <Expectation kase={kase} />
      {box}
      <Situation kase={kase} />
      {kase.phases.length > 0 && <Stepper kase={kase} />}
      {kase.phases
        .filter((p) => p.status !== 'PENDING')
        .map((phase) => (
          <PhaseSection key={phase.index} kase={kase} phase={phase} run={run} busy={busy} />
        ))}
      {isModerator && <ModeratorControls kase={kase} run={run} busy={busy} />}
      <Closing kase={kase} isOwner={isOwner} isModerator={isModerator} run={run} busy={busy} />
    </article>
  );
}

function Expectation({ kase }: { kase: Case }) {
  const { v, lang } = useIntervisionText();
  const e = kase.expectedOfViewer;
  return (
    <section aria-labelledby="expected" data-testid="expectation">
      <Alert type="info" labelledBy="expected">
        <Heading level={2} id="expected">
          {v.expectedTitle}
        </Heading>
        <Paragraph>
          {v.tasks[e.task]}
          {e.allowedKinds.length > 0 && <> ({e.allowedKinds.map((k) => v.kinds[k]).join(', ')})</>}
        </Paragraph>
        {e.deadline && <Paragraph>{v.deadline(formatWhen(e.deadline, lang))}</Paragraph>}
      </Alert>
    </section>
  );
}

function Situation({ kase }: { kase: Case }) {
  const { v } = useIntervisionText();
  const rows: [string, string | null | undefined][] = [
    [v.situation, kase.situationWhat],
    [v.who, kase.situationWho],
    [v.where, kase.situationWhere],
    [v.when, kase.situationWhen],
    [v.tried, kase.tried],
    [v.question, kase.question],
  ];
  return (
    <section aria-labelledby="situation">
      <Heading level={2} id="situation">
        {v.situation}
      </Heading>
      <dl className="intervision-facts">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                <PlainText text={value!} />
              </dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

function Stepper({ kase }: { kase: Case }) {
  const { v, lang } = useIntervisionText();
  return (
    <nav aria-labelledby="phases" className="intervision-stepper-nav">
      <Heading level={2} id="phases">
        {v.phases}
      </Heading>
      <ol className="intervision-stepper" data-testid="stepper">
        {kase.phases.map((p) => {
          const current = p.index === kase.currentPhaseIndex && kase.state === 'IN_PHASE';
          const title = lang === 'en' ? p.titleEn : p.titleNl;
          return (
            <li
              key={p.index}
              className={`intervision-step intervision-step--${p.status.toLowerCase()}`}
              aria-current={current ? 'step' : undefined}
            >
              {p.status === 'PENDING' ? (
                title
              ) : (
                <a className="nl-link" href={`#phase-${p.index}`}>
                  {title}
                </a>
              )}{' '}
              <span className="intervision-step__status">({v.phaseStatus[p.status]})</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
