import { type FormEvent, useState } from 'react';

import { useApiQuery } from '../api-query';
import {
  AcceptIntervisionAgreementDocument,
  DraftIntervisionCaseDocument,
  IntervisionGroupPageDocument,
  type IntervisionGroupPageQuery,
  IntervisionMemberSearchDocument,
  type IntervisionMemberSearchQuery,
  InviteToIntervisionGroupDocument,
  LeaveIntervisionGroupDocument,
  RemoveFromIntervisionGroupDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberLink } from '../members/member-link';
import { Link, useRouter } from '../router';
import {
  Button,
  Choice,
  FormField,
  Heading,
  PageTitle,
  Paragraph,
  textboxClass,
  TextField,
} from '../ui';
import { casePath, groupPath } from './groups.page';
import { formatWhen, useIntervisionText } from './messages';
import { MembersOnly, PlainText, useIntervisionAction } from './parts';

type Group = IntervisionGroupPageQuery['intervisionGroup'];

/** /intervisie/groepen/<id>: the agreement, the members, the cases and drafting a case. */
export function IntervisionGroupPage({ groupId }: { groupId: string }) {
  return (
    <MembersOnly path={groupPath(groupId)}>
      <GroupView groupId={groupId} />
    </MembersOnly>
  );
}

function GroupView({ groupId }: { groupId: string }) {
  const { v } = useIntervisionText();
  const {
    data: group,
    error,
    reload,
  } = useApiQuery(
    IntervisionGroupPageDocument,
    { id: groupId },
    { select: (data) => data.intervisionGroup },
  );
  const missing = error instanceof ApiError && error.code === 'NOT_FOUND';
  if (missing) {
    return (
      <>
        <PageTitle>{v.notFoundTitle}</PageTitle>
        <Paragraph>{v.notFound}</Paragraph>
      </>
    );
  }
  if (!group) return <Paragraph>{v.loading}</Paragraph>;
  const isMember = group.viewerMembership?.status === 'ACTIVE';
  return (
    <article className="intervision-group">
      <PageTitle>{group.name}</PageTitle>
      {group.learningGroupId && (
        <Paragraph>
          {v.inLearningGroup}{' '}
          <Link href={`/leergroepen/${group.learningGroupId}`}>{group.learningGroupName}</Link>
        </Paragraph>
      )}
      {group.description && <Paragraph lead>{group.description}</Paragraph>}
      <Agreement group={group} reload={reload} />
      {isMember && (
        <>
          <Members group={group} reload={reload} />
          {group.viewerMembership?.role === 'MODERATOR' && <Invite group={group} reload={reload} />}
          <Cases group={group} />
          <DraftCase groupId={group.id} />
        </>
      )}
    </article>
  );
}

function Agreement({ group, reload }: { group: Group; reload: () => Promise<void> }) {
  const { v, lang } = useIntervisionText();
  const { navigate } = useRouter();
  const [accepted, setAccepted] = useState(false);
  const { run, busy, box } = useIntervisionAction(reload);
  const mine = group.viewerMembership;
  return (
    <section aria-labelledby="agreement" className="intervision-agreement">
      <Heading level={2} id="agreement">
        {v.agreementTitle}
      </Heading>
      {box}
      <blockquote className="utrecht-blockquote">
        <PlainText text={group.confidentialityText} />
        <Paragraph>{v.agreementVersion(group.confidentialityVersion)}</Paragraph>
      </blockquote>
      {mine?.status === 'INVITED' && (
        <form
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void run(
              () =>
                request(AcceptIntervisionAgreementDocument, {
                  input: {
                    groupId: group.id,
                    agreementVersion: group.confidentialityVersion,
                    accept: accepted,
                  },
                }),
              v.joined,
            );
          }}
        >
          <Choice
            type="checkbox"
            id="accept-agreement"
            name="accept"
            value="yes"
            label={v.acceptAgreement}
            checked={accepted}
            onChange={setAccepted}
          />
          <Button type="submit" disabled={busy}>
            {v.join}
          </Button>
        </form>
      )}
      {mine?.status === 'ACTIVE' && mine.agreementAcceptedAt && (
        <>
          <Paragraph>{v.acceptedOn(formatWhen(mine.agreementAcceptedAt, lang))}</Paragraph>
          <Button
            appearance="secondary-action"
            disabled={busy}
            onClick={async () => {
              const ok = await run(
                () => request(LeaveIntervisionGroupDocument, { input: { groupId: group.id } }),
                v.left,
              );
              if (ok) navigate('/intervisie');
            }}
          >
            {v.leave}
          </Button>
        </>
      )}
    </section>
  );
}

/** The members; a moderator can take someone out of the group (after a second click). */
function Members({ group, reload }: { group: Group; reload: () => Promise<void> }) {
  const { v } = useIntervisionText();
  const { run, busy, box } = useIntervisionAction(reload);
  const [confirming, setConfirming] = useState<string | null>(null);
  const moderator = group.viewerMembership?.role === 'MODERATOR';
  const self = group.viewerMembership?.member?.id;
  return (
    <section aria-labelledby="members">
      <Heading level={2} id="members">
        {v.membersTitle}
      </Heading>
      {box}
      <ul className="utrecht-unordered-list">
        {(group.members ?? []).map((m) => {
          const id = m.member?.id;
          const name = m.member?.name ?? '';
          return (
            <li key={id} className="utrecht-unordered-list__item">
              {id ? <MemberLink id={id} name={name} /> : name} – {v.roles[m.role]}
              {m.status === 'INVITED' && <> ({v.statusInvited})</>}
              {moderator && id && id !== self && confirming !== id && (
                <>
                  {' '}
                  <Button appearance="subtle" disabled={busy} onClick={() => setConfirming(id)}>
                    {v.remove(name)}
                  </Button>
                </>
              )}
              {confirming === id && id && (
                <div role="group" aria-label={v.remove(name)}>
                  <Paragraph>{v.confirmRemove(name)}</Paragraph>
                  <Button
                    appearance="primary-action"
                    disabled={busy}
                    onClick={() =>
                      void run(
                        () =>
                          request(RemoveFromIntervisionGroupDocument, {
                            input: { groupId: group.id, memberId: id },
                          }),
                        v.removed(name),
                      ).then(() => setConfirming(null))
                    }
                  >
                    {v.confirmRemoveButton}
                  </Button>{' '}
                  <Button appearance="secondary-action" onClick={() => setConfirming(null)}>
                    {v.cancel}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Cases({ group }: { group: Group }) {
  const { v } = useIntervisionText();
  const cases = group.cases ?? [];
  return (
    <section aria-labelledby="cases">
      <Heading level={2} id="cases">
        {v.casesTitle}
      </Heading>
      {cases.length === 0 ? (
        <Paragraph>{v.noCases}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {cases.map((c) => (
            <li key={c.id} className="utrecht-unordered-list__item">
              <Link href={casePath(c.id)}>{c.title}</Link> – {v.states[c.state]}
              {c.currentPhaseIndex != null && (
                <>, {v.phaseOf(c.currentPhaseIndex + 1, c.phaseCount)}</>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const FIELDS = [
  ['title', 'caseTitleLabel', true, false],
  ['situationWhat', 'whatLabel', true, true],
  ['situationWho', 'whoLabel', false, false],
  ['situationWhere', 'whereLabel', false, false],
  ['situationWhen', 'whenLabel', false, false],
  ['tried', 'triedLabel', false, true],
  ['question', 'questionLabel', true, true],
] as const;

function DraftCase({ groupId }: { groupId: string }) {
  const { v } = useIntervisionText();
  const { navigate } = useRouter();
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { run, busy, box } = useIntervisionAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    let id = '';
    setErrors({});
    const ok = await run(async () => {
      try {
        const { draftIntervisionCase } = await request(DraftIntervisionCaseDocument, {
          input: {
            groupId,
            title: values.title ?? '',
            situationWhat: values.situationWhat ?? '',
            situationWho: values.situationWho,
            situationWhere: values.situationWhere,
            situationWhen: values.situationWhen,
            tried: values.tried,
            question: values.question ?? '',
          },
        });
        id = draftIntervisionCase.id;
      } catch (caught) {
        if (caught instanceof ApiError) {
          setErrors(Object.fromEntries(caught.fields.map((f) => [f.field, f.message])));
        }
        throw caught;
      }
    }, v.drafted);
    if (ok) navigate(casePath(id));
  }
  return (
    <section aria-labelledby="draft">
      <Heading level={2} id="draft">
        {v.draftTitle}
      </Heading>
      <Paragraph>{v.draftIntro}</Paragraph>
      {box}
      <form onSubmit={submit}>
        {FIELDS.map(([field, label, required, long]) => (
          <FormField key={field} id={`case-${field}`} label={v[label]} error={errors[field]}>
            {(props) =>
              long ? (
                <textarea
                  {...props}
                  className="utrecht-textarea utrecht-textarea--html-textarea"
                  rows={4}
                  required={required}
                  value={values[field] ?? ''}
                  onChange={(e) => setValues({ ...values, [field]: e.target.value })}
                />
              ) : (
                <input
                  {...props}
                  className={textboxClass(Boolean(errors[field]))}
                  required={required}
                  value={values[field] ?? ''}
                  onChange={(e) => setValues({ ...values, [field]: e.target.value })}
                />
              )
            }
          </FormField>
        ))}
        <Button type="submit" disabled={busy}>
          {v.draft}
        </Button>
      </form>
    </section>
  );
}

type Found = IntervisionMemberSearchQuery['members']['nodes'][number];

/** Moderators find a colleague by name and invite them; they join by accepting the agreement. */
function Invite({ group, reload }: { group: Group; reload: () => Promise<void> }) {
  const { v } = useIntervisionText();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const { run, busy, box } = useIntervisionAction(reload);
  const inGroup = new Set((group.members ?? []).map((m) => m.member?.id));
  async function find(event: FormEvent) {
    event.preventDefault();
    const { members } = await request(IntervisionMemberSearchDocument, { search });
    setFound(members.nodes);
  }
  return (
    <section aria-labelledby="invite">
      <Heading level={2} id="invite">
        {v.inviteTitle}
      </Heading>
      <Paragraph>{v.inviteIntro}</Paragraph>
      {box}
      <form onSubmit={find} role="search" aria-labelledby="invite">
        <TextField
          id="invite-search"
          label={v.searchLabel}
          type="search"
          value={search}
          required
          onChange={(e) => setSearch(e.target.value)}
        />
        <Button type="submit" appearance="secondary-action">
          {v.search}
        </Button>
      </form>
      {found &&
        (found.filter((m) => !inGroup.has(m.id)).length === 0 ? (
          <Paragraph>{v.noResults}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list">
            {found
              .filter((m) => !inGroup.has(m.id))
              .map((m) => (
                <li key={m.id} className="utrecht-unordered-list__item">
                  <MemberLink id={m.id} name={m.name} />
                  {m.organisation?.abbreviation && <> ({m.organisation.abbreviation})</>}{' '}
                  <Button
                    appearance="subtle"
                    disabled={busy}
                    onClick={() =>
                      void run(
                        () =>
                          request(InviteToIntervisionGroupDocument, {
                            input: { groupId: group.id, memberId: m.id },
                          }),
                        v.inviteDone(m.name),
                      )
                    }
                  >
                    {v.inviteAs(m.name)}
                  </Button>
                </li>
              ))}
          </ul>
        ))}
    </section>
  );
}
