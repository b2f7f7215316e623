import './intervision.css';

import { type FormEvent, type ReactNode, useState } from 'react';

import { type Run } from '../action';
import { useApiQuery } from '../api-query';
import {
  AcceptIntervisionCaseDocument,
  AdvanceIntervisionPhaseDocument,
  AnswerIntervisionFollowUpDocument,
  CloseIntervisionCaseDocument,
  CloseIntervisionPhaseDocument,
  ConsentToIntervisionLessonSharingDocument,
  ContributeToIntervisionCaseDocument,
  EditIntervisionContributionDocument,
  ExtendIntervisionPhaseDocument,
  IntervisionCasePageDocument,
  type IntervisionCasePageQuery,
  type IntervisionContributionKind,
  type IntervisionShareScope,
  OpenIntervisionPhaseDocument,
  ShareIntervisionLessonsDocument,
  SubmitIntervisionReflectionDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberLink } from '../members/member-link';
import { Link } from '../router';
import {
  Alert,
  Button,
  Choice,
  Fieldset,
  Heading,
  PageTitle,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
} from '../ui';
import { casePath, groupPath } from './groups.page';
import { formatWhen, useIntervisionText } from './messages';
import { MembersOnly, PlainText, useIntervisionAction } from './parts';

type Case = IntervisionCasePageQuery['intervisionCase'];

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

function PhaseSection({
  kase,
  phase,
  run,
  busy,
}: {
  kase: Case;
  phase: Case['phases'][number];
  run: Run;
  busy: boolean;
}) {
  const { v, lang } = useIntervisionText();
  const current = phase.index === kase.currentPhaseIndex && phase.status === 'OPEN';
  return (
    <section
      aria-labelledby={`phase-${phase.index}`}
      className="intervision-phase"
      data-testid={`phase-${phase.key}`}
    >
      <Heading level={2} id={`phase-${phase.index}`}>
        {phase.index + 1}. {lang === 'en' ? phase.titleEn : phase.titleNl} (
        {v.phaseStatus[phase.status]})
      </Heading>
      <Paragraph>{lang === 'en' ? phase.instructionEn : phase.instructionNl}</Paragraph>
      {phase.deadline && phase.status === 'OPEN' && (
        <Paragraph>
          {v.deadline(formatWhen(phase.deadline, lang))}
          {phase.autoAdvance && <> {v.autoAdvance}</>}
        </Paragraph>
      )}
      {phase.contributions.length === 0 ? (
        <Paragraph>{v.noContributions}</Paragraph>
      ) : (
        <ul className="intervision-contributions">
          {phase.contributions.map((c) => (
            <Contribution key={c.id} contribution={c} run={run} busy={busy} />
          ))}
        </ul>
      )}
      {current && kase.expectedOfViewer.task === 'CONTRIBUTE' && (
        <Composer kase={kase} run={run} busy={busy} />
      )}
    </section>
  );
}

type ContributionItem = Case['phases'][number]['contributions'][number];

/** One contribution; its author edits it while the phase is open. */
function Contribution({
  contribution: c,
  run,
  busy,
}: {
  contribution: ContributionItem;
  run: Run;
  busy: boolean;
}) {
  const { v, lang } = useIntervisionText();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(c.body);
  return (
    <li className="intervision-contribution">
      <Paragraph>
        <strong>{v.kinds[c.kind]}</strong> –{' '}
        {c.author && <MemberLink id={c.author.id} name={c.author.name} />} ·{' '}
        <time dateTime={c.createdAt}>{formatWhen(c.createdAt, lang)}</time>
        {c.editedAt && <> {v.edited}</>}
      </Paragraph>
      {editing ? (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const ok = await run(
              () =>
                request(EditIntervisionContributionDocument, {
                  input: { contributionId: c.id, body },
                }),
              v.saved,
            );
            if (ok) setEditing(false);
          }}
        >
          <TextAreaField
            id={`edit-${c.id}`}
            label={v.editLabel}
            required
            value={body}
            onChange={setBody}
          />
          <div className="intervision-actions">
            <Button type="submit" disabled={busy}>
              {v.save}
            </Button>
            <Button appearance="secondary-action" onClick={() => setEditing(false)}>
              {v.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <PlainText text={c.body} />
          {c.viewerCanEdit && (
            <Button appearance="subtle" onClick={() => setEditing(true)}>
              {v.edit}
            </Button>
          )}
        </>
      )}
    </li>
  );
}

/** Offers only the kinds this phase takes from the viewer. */
function Composer({ kase, run, busy }: { kase: Case; run: Run; busy: boolean }) {
  const { v } = useIntervisionText();
  const kinds = kase.expectedOfViewer.allowedKinds;
  const [kind, setKind] = useState<IntervisionContributionKind>(kinds[0]);
  const [body, setBody] = useState('');
  // Shown only after a submit that failed, never on an untouched box.
  const [error, setError] = useState<string | undefined>();
  const chosen = kinds.includes(kind) ? kind : kinds[0];
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError(v.bodyRequired);
      return;
    }
    const ok = await run(
      () =>
        request(ContributeToIntervisionCaseDocument, {
          input: { caseId: kase.id, kind: chosen, body },
        }),
      v.posted,
    );
    setError(ok ? undefined : v.bodyRefused);
    if (ok) setBody('');
  }
  return (
    <form onSubmit={submit} aria-labelledby="composer" className="intervision-composer">
      <Heading level={3} id="composer">
        {v.composerTitle}
      </Heading>
      <SelectField
        id="contribution-kind"
        label={v.kindLabel}
        value={chosen}
        onChange={(e) => setKind(e.target.value as IntervisionContributionKind)}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {v.kinds[k]}
          </option>
        ))}
      </SelectField>
      {/* No native `required`: the browser would style the empty box as invalid at once. */}
      <TextAreaField
        id="contribution-body"
        label={v.bodyLabel}
        error={error}
        value={body}
        onChange={setBody}
      />
      <Button type="submit" disabled={busy}>
        {v.post}
      </Button>
    </form>
  );
}

function ModeratorControls({ kase, run, busy }: { kase: Case; run: Run; busy: boolean }) {
  const { v, lang } = useIntervisionText();
  const methods = kase.group.methods ?? [];
  const [methodId, setMethodId] = useState(methods[0]?.id ?? '');
  const [minutes, setMinutes] = useState('');
  const [autoAdvance, setAutoAdvance] = useState(false);
  const current = kase.phases.find((p) => p.index === kase.currentPhaseIndex);
  const open = kase.state === 'IN_PHASE' && current?.status === 'OPEN';
  const last = kase.currentPhaseIndex === kase.phaseCount - 1;
  const timing = {
    windowSeconds: minutes ? Math.round(Number(minutes) * 60) : null,
    autoAdvance,
  };
  const windowFields = (
    <>
      <TextField
        id="phase-window"
        label={v.windowLabel}
        description={v.windowDescription}
        inputMode="decimal"
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
      />
      <Choice
        type="checkbox"
        id="phase-auto-advance"
        name="autoAdvance"
        value="yes"
        label={v.autoAdvanceLabel}
        checked={autoAdvance}
        onChange={setAutoAdvance}
      />
    </>
  );
  let controls: ReactNode = null;
  if (kase.state === 'DRAFT') {
    controls = (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(
            () =>
              request(AcceptIntervisionCaseDocument, {
                input: { caseId: kase.id, methodId, ...timing },
              }),
            v.done,
          );
        }}
      >
        <SelectField
          id="case-method"
          label={v.methodLabel}
          value={methodId}
          onChange={(e) => setMethodId(e.target.value)}
        >
          {methods.map((m) => (
            <option key={m.id} value={m.id}>
              {lang === 'en' ? m.nameEn : m.nameNl} {m.adapted ? v.adapted : ''}
            </option>
          ))}
        </SelectField>
        {windowFields}
        <Button type="submit" disabled={busy || !methodId}>
          {v.acceptCase}
        </Button>
      </form>
    );
  } else if (open) {
    controls = (
      <>
        {!last && windowFields}
        <div className="intervision-actions">
          <Button
            disabled={busy}
            onClick={() =>
              void run(
                () =>
                  request(AdvanceIntervisionPhaseDocument, {
                    input: { caseId: kase.id, ...timing },
                  }),
                v.done,
              )
            }
          >
            {last ? v.toClosing : v.advance}
          </Button>
          <Button
            appearance="secondary-action"
            disabled={busy}
            onClick={() =>
              void run(
                () => request(CloseIntervisionPhaseDocument, { input: { caseId: kase.id } }),
                v.done,
              )
            }
          >
            {v.closePhase}
          </Button>
          {current?.deadline && (
            <Button
              appearance="secondary-action"
              disabled={busy}
              onClick={() =>
                void run(
                  () =>
                    request(ExtendIntervisionPhaseDocument, {
                      input: { caseId: kase.id, extraSeconds: 24 * 3600 },
                    }),
                  v.done,
                )
              }
            >
              {v.extend}
            </Button>
          )}
        </div>
      </>
    );
  } else if (kase.state === 'ACCEPTED' || kase.state === 'IN_PHASE') {
    controls = (
      <>
        {!last && windowFields}
        <Button
          disabled={busy}
          onClick={() =>
            void run(
              () =>
                request(OpenIntervisionPhaseDocument, { input: { caseId: kase.id, ...timing } }),
              v.done,
            )
          }
        >
          {last ? v.toClosing : v.openPhase}
        </Button>
      </>
    );
  }
  if (!controls) return null;
  return (
    <section aria-labelledby="moderation" className="intervision-moderation">
      <Heading level={2} id="moderation">
        {v.moderatorTitle}
      </Heading>
      {controls}
    </section>
  );
}

function Closing({
  kase,
  isOwner,
  isModerator,
  run,
  busy,
}: {
  kase: Case;
  isOwner: boolean;
  isModerator: boolean;
  run: Run;
  busy: boolean;
}) {
  const { v } = useIntervisionText();
  const [reflection, setReflection] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [lessons, setLessons] = useState('');
  const [scope, setScope] = useState<IntervisionShareScope>(kase.shareConsent ?? 'NONE');
  const [answer, setAnswer] = useState('');
  if (kase.state !== 'CLOSING' && kase.state !== 'CLOSED') return null;
  const scopes: IntervisionShareScope[] = kase.group.community
    ? ['NONE', 'COMMUNITY', 'PLATFORM']
    : ['NONE', 'PLATFORM'];
  const rank = (s: IntervisionShareScope | null | undefined) => (s ? scopes.indexOf(s) : 0);
  return (
    <>
      <section aria-labelledby="reflection">
        <Heading level={2} id="reflection">
          {v.reflectionTitle}
        </Heading>
        {kase.reflection ? (
          <>
            <PlainText text={kase.reflection} />
            <Paragraph>
              <strong>{v.nextStepLabel}:</strong> {kase.nextStep}
            </Paragraph>
          </>
        ) : null}
        {isOwner && kase.state === 'CLOSING' && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run(
                () =>
                  request(SubmitIntervisionReflectionDocument, {
                    input: { caseId: kase.id, reflection, nextStep },
                  }),
                v.done,
              );
            }}
          >
            <TextAreaField
              id="reflection-text"
              label={v.reflectionLabel}
              required
              value={reflection}
              onChange={setReflection}
            />
            <TextField
              id="reflection-next-step"
              label={v.nextStepLabel}
              required
              value={nextStep}
              onChange={(e) => setNextStep(e.target.value)}
            />
            <Button type="submit" disabled={busy}>
              {v.saveReflection}
            </Button>
          </form>
        )}
      </section>
      <section aria-labelledby="lessons">
        <Heading level={2} id="lessons">
          {v.lessonsTitle}
        </Heading>
        {kase.lessons && <PlainText text={kase.lessons} />}
        {isModerator && kase.state === 'CLOSING' && kase.reflection && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run(
                () =>
                  request(CloseIntervisionCaseDocument, { input: { caseId: kase.id, lessons } }),
                v.done,
              );
            }}
          >
            <TextAreaField
              id="lessons-text"
              label={v.lessonsLabel}
              description={v.lessonsDescription}
              required
              value={lessons}
              onChange={setLessons}
            />
            <Button type="submit" disabled={busy}>
              {v.closeCase}
            </Button>
          </form>
        )}
      </section>
      {kase.state === 'CLOSED' && (isOwner || isModerator) && (
        <section aria-labelledby="sharing">
          <Heading level={2} id="sharing">
            {v.sharingTitle}
          </Heading>
          {kase.sharedScope && <Paragraph>{v.sharedNow(v.scopes[kase.sharedScope])}</Paragraph>}
          {isModerator && !isOwner && (kase.shareConsent ?? 'NONE') === 'NONE' && (
            <Paragraph>{v.noConsent}</Paragraph>
          )}
          {isOwner && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void run(
                  () =>
                    request(ConsentToIntervisionLessonSharingDocument, {
                      input: { caseId: kase.id, scope },
                    }),
                  v.done,
                );
              }}
            >
              <Fieldset id="consent" legend={v.consentLabel}>
                {scopes.map((s) => (
                  <Choice
                    key={s}
                    type="radio"
                    id={`consent-${s}`}
                    name="consent"
                    value={s}
                    label={v.scopes[s]}
                    checked={scope === s}
                    onChange={() => setScope(s)}
                  />
                ))}
              </Fieldset>
              <Button type="submit" disabled={busy}>
                {v.saveConsent}
              </Button>
            </form>
          )}
          {isModerator &&
            scopes
              .filter((s) => s !== 'NONE' && rank(s) <= rank(kase.shareConsent))
              .map((s) => (
                <Button
                  key={s}
                  appearance="secondary-action"
                  disabled={busy}
                  onClick={() =>
                    void run(
                      () =>
                        request(ShareIntervisionLessonsDocument, {
                          input: { caseId: kase.id, scope: s },
                        }),
                      v.done,
                    )
                  }
                >
                  {v.shareWith(v.scopes[s])}
                </Button>
              ))}
        </section>
      )}
      {kase.state === 'CLOSED' && (kase.followUpAnswer || isOwner) && (
        <section aria-labelledby="follow-up" id="follow-up-section">
          <Heading level={2} id="follow-up">
            {v.followUpTitle}
          </Heading>
          {kase.followUpAnswer && <PlainText text={kase.followUpAnswer} />}
          {isOwner && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void run(
                  () =>
                    request(AnswerIntervisionFollowUpDocument, {
                      input: { caseId: kase.id, answer },
                    }),
                  v.done,
                );
              }}
            >
              <TextAreaField
                id="follow-up-answer"
                label={v.followUpLabel}
                required
                value={answer}
                onChange={setAnswer}
              />
              <Button type="submit" disabled={busy}>
                {v.followUpSend}
              </Button>
            </form>
          )}
        </section>
      )}
    </>
  );
}
