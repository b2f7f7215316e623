import { useState } from 'react';

import { useAction } from '../action';
import {
  type ApplicationForFacilitatorFragment,
  ConfirmLearningGroupCompositionDocument,
  FinishLearningGroupDocument,
  LearningGroupPageDocument,
  MoveLearningGroupMemberDocument,
  ProposeLearningGroupCompositionDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberLink } from '../members/member-link';
import { TableScroll } from '../table-scroll';
import { Alert, Button, ErrorSummary, Heading, Paragraph, selectClass } from '../ui';
import type { Group } from './learning-group.page';
import { useLearningGroupText } from './messages';

/** The facilitator's view: propose, move people between groups, confirm. */
export function Composition({ group }: { group: Group }) {
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
