import './learning-groups.css';

import { type FormEvent, useState } from 'react';

import { useAction } from '../action';
import { useApiQuery } from '../api-query';
import {
  type ApplicationForFacilitatorFragment,
  ApplyToLearningGroupDocument,
  ConfirmLearningGroupCompositionDocument,
  FinishLearningGroupDocument,
  LearningGroupPageDocument,
  type LearningGroupPageQuery,
  MoveLearningGroupMemberDocument,
  ProposeLearningGroupCompositionDocument,
  WithdrawLearningGroupApplicationDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { LearningGroupIntervisionSection } from '../intervision/groups-section';
import { MemberOnly } from '../member-only';
import { MemberLink, MemberLinks, MemberSentence } from '../members/member-link';
import { Link } from '../router';
import { TableScroll } from '../table-scroll';
import {
  Alert,
  Button,
  ErrorSummary,
  FormField,
  Heading,
  PageTitle,
  Paragraph,
  selectClass,
  SelectField,
  textboxClass,
} from '../ui';
import {
  fieldMessage,
  firstPerField,
  formatDay,
  formatSession,
  useLearningGroupText,
} from './messages';
import { GroupOutputs } from './output/group-outputs';
import { GroupSessions } from './sessions/group-sessions';
import { ThreadsSection } from './sessions/threads-section';

type Group = NonNullable<LearningGroupPageQuery['learningGroup']>;

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

function OwnApplication({ group, onChange }: { group: Group; onChange(): Promise<void> }) {
  const { l, t } = useLearningGroupText();
  const [failed, setFailed] = useState(false);
  const application = group.viewerApplication!;
  async function withdraw() {
    try {
      await request(WithdrawLearningGroupApplicationDocument, {
        input: { learningGroupId: group.id },
      });
      await onChange();
    } catch {
      setFailed(true);
    }
  }
  return (
    <Alert type="info">
      <Paragraph>{l.yourApplication(l.applicationStatus[application.status])}</Paragraph>
      {failed && <Paragraph>{t.genericError}</Paragraph>}
      {group.status === 'OPEN_FOR_APPLICATIONS' && (
        <Button appearance="secondary-action" onClick={() => void withdraw()}>
          {l.withdraw}
        </Button>
      )}
    </Alert>
  );
}

function ApplicationForm({
  group,
  programmes,
  onApplied,
}: {
  group: Group;
  programmes: { id: string; name: string }[];
  onApplied(): Promise<void>;
}) {
  const { l, t } = useLearningGroupText();
  const [programmeId, setProgrammeId] = useState(programmes[0]?.id ?? '');
  const [wish, setWish] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await request(ApplyToLearningGroupDocument, {
        input: { learningGroupId: group.id, programmeId, learningWish: wish },
      });
      setError(null);
      await onApplied();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(t.genericError, 'UNKNOWN'));
    }
  }

  return (
    <section aria-labelledby="lg-apply">
      <Heading level={2} id="lg-apply">
        {l.applyTitle}
      </Heading>
      {programmes.length === 0 ? (
        <Paragraph>
          <Link href="/leergroepen">{l.describeFirst}</Link>
        </Paragraph>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {error && (
            <ErrorSummary
              title={t.genericError}
              message={error.fields.length === 0 ? error.message : t.fixFields}
              items={firstPerField(error.fields).map((f) => ({
                target: `apply-${f.field}`,
                message: fieldMessage(l, f.field, f.message)!,
              }))}
            />
          )}
          <SelectField
            id="apply-programmeId"
            label={l.programme}
            error={fieldMessage(l, 'programmeId', error?.fieldError('programmeId'))}
            value={programmeId}
            onChange={(e) => setProgrammeId(e.target.value)}
          >
            {programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <FormField
            id="apply-learningWish"
            label={l.learningWish}
            description={l.learningWishDescription}
            error={fieldMessage(l, 'learningWish', error?.fieldError('learningWish'))}
          >
            {(props) => (
              <textarea
                {...props}
                className={`utrecht-textarea ${textboxClass(!!props['aria-invalid'])}`}
                rows={4}
                value={wish}
                onChange={(e) => setWish(e.target.value)}
              />
            )}
          </FormField>
          <Button type="submit">{l.apply}</Button>
        </form>
      )}
    </section>
  );
}

/** The facilitator's view: propose, move people between groups, confirm. */
function Composition({ group }: { group: Group }) {
  const { l, t } = useLearningGroupText();
  const editable = group.status === 'OPEN_FOR_APPLICATIONS' || group.status === 'COMPOSING';
  // Only after a change that went through does the group load again.
  const { notice, run } = useAction({
    refresh: [LearningGroupPageDocument],
    errorText: (e) =>
      compositionError(
        e instanceof ApiError ? e : new ApiError(t.genericError, 'UNKNOWN'),
        group,
        l,
      ),
    reloadOnError: false,
  });

  const input = { learningGroupId: group.id };
  return (
    <section aria-labelledby="lg-composition" data-testid="composition">
      <Heading level={2} id="lg-composition">
        {l.compositionTitle}
      </Heading>
      <Paragraph>{l.applicationsCount(group.applications?.length ?? 0)}</Paragraph>
      {notice?.type === 'ok' && (
        <Alert type="ok">
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {notice?.type === 'error' && (
        <ErrorSummary title={l.cannotConfirm} message={notice.text} items={[]} />
      )}
      {editable && (
        <>
          <Paragraph>{l.proposeIntro}</Paragraph>
          <Button
            appearance={group.proposal ? 'secondary-action' : 'primary-action'}
            onClick={() =>
              void run(() => request(ProposeLearningGroupCompositionDocument, { input }))
            }
          >
            {group.proposal ? l.proposeAgain : l.propose}
          </Button>
        </>
      )}
      {editable &&
        group.proposal?.groups.map((proposed) => (
          <section key={proposed.number} aria-labelledby={`lg-proposed-${proposed.number}`}>
            <Heading level={3} id={`lg-proposed-${proposed.number}`}>
              {l.group(proposed.number)}
            </Heading>
            <ul className="utrecht-unordered-list" aria-label={l.group(proposed.number)}>
              {proposed.reasons.map((r) => (
                <li key={r.code} className="utrecht-unordered-list__item">
                  {l.reasons[r.code]?.(r.value) ?? r.message}
                </li>
              ))}
            </ul>
            <TableScroll label={l.group(proposed.number)}>
              <table className="utrecht-table lg-table">
                <caption className="utrecht-table__caption">{l.group(proposed.number)}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      {l.applicant}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {l.ministry}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {l.type} / {l.phase}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {l.move}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {proposed.applications.map((a) => (
                    <ApplicantRow
                      key={a.id}
                      application={a}
                      current={proposed.number}
                      groupCount={group.proposal!.groups.length}
                      onMove={(to) =>
                        run(() =>
                          request(MoveLearningGroupMemberDocument, {
                            input: { ...input, memberId: a.applicant!.id, toGroup: to },
                          }),
                        )
                      }
                    />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        ))}
      {group.status === 'RUNNING' && (
        <Button
          appearance="secondary-action"
          onClick={() =>
            void run(() => request(FinishLearningGroupDocument, { input }), l.finished)
          }
        >
          {l.finish}
        </Button>
      )}
      {group.status === 'COMPOSING' && group.proposal && (
        <>
          <Paragraph>{l.confirmIntro}</Paragraph>
          <Button
            onClick={() =>
              void run(
                () => request(ConfirmLearningGroupCompositionDocument, { input }),
                l.confirmed,
              )
            }
          >
            {l.confirm}
          </Button>
        </>
      )}
    </section>
  );
}

/** What went wrong in composing, in the UI's language where the API says why. */
function compositionError(
  error: ApiError,
  group: Group,
  l: ReturnType<typeof useLearningGroupText>['l'],
): string {
  const x = error.extensions;
  switch (x.reason) {
    case 'GROUP_SIZE_OUT_OF_RANGE':
      return (x.groups as { number: number; size: number }[])
        .map((g) => l.compositionErrors.GROUP_SIZE_OUT_OF_RANGE(g.number, g.size))
        .join(' ');
    case 'MEMBER_IN_RUNNING_GROUP': {
      const names = new Map(
        (group.applications ?? []).map((a) => [a.applicant?.id, a.applicant?.name]),
      );
      return (x.memberIds as string[])
        .map((id) => l.compositionErrors.MEMBER_IN_RUNNING_GROUP(names.get(id) ?? '?'))
        .join(' ');
    }
    case 'NOT_ENOUGH_APPLICANTS':
      return l.compositionErrors.NOT_ENOUGH_APPLICANTS(Number(x.applicants));
    default:
      return error.message;
  }
}

function ApplicantRow({
  application,
  current,
  groupCount,
  onMove,
}: {
  application: ApplicationForFacilitatorFragment;
  current: number;
  groupCount: number;
  onMove(to: number): Promise<unknown>;
}) {
  const { l } = useLearningGroupText();
  const [to, setTo] = useState(current === 1 && groupCount > 1 ? 2 : 1);
  const name = application.applicant?.name ?? '?';
  const id = `move-${application.id}`;
  const programme = application.programme;
  return (
    <tr className="utrecht-table__row">
      <td className="utrecht-table__cell">
        {application.applicant ? (
          <MemberLink id={application.applicant.id} name={application.applicant.name} />
        ) : (
          name
        )}
        <br />
        <small>{programme?.name}</small>
      </td>
      <td className="utrecht-table__cell">
        {programme?.ministry?.abbreviation ?? programme?.ministry?.name}
      </td>
      <td className="utrecht-table__cell">
        {programme && `${l.types[programme.type]} / ${l.phases[programme.phase]}`}
      </td>
      <td className="utrecht-table__cell">
        <label className="utrecht-form-label lg-visually-hidden" htmlFor={id}>
          {l.moveLabel(name)}
        </label>
        <select
          id={id}
          className={selectClass(false)}
          value={to}
          onChange={(e) => setTo(Number(e.target.value))}
        >
          {Array.from({ length: groupCount + 1 }, (_, i) => i + 1)
            .filter((n) => n !== current)
            .map((n) => (
              <option key={n} value={n}>
                {n > groupCount ? l.newGroup : l.group(n)}
              </option>
            ))}
        </select>{' '}
        <Button
          appearance="secondary-action"
          onClick={() => void onMove(to)}
          aria-label={`${l.move}: ${name}`}
        >
          {l.move}
        </Button>
      </td>
    </tr>
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
