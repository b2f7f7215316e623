import { type FormEvent, useCallback, useEffect, useState } from 'react';

import { runAction } from '../action';
import { TeamProfileSection } from '../boundary-spanner/team-profile-section';
import { TeamCoffeeDateSection } from '../coffee-dates/team-coffee-date-section';
import { CommunityForm, type CommunityValues, toInput } from '../communities/community-form';
import { formatDate, PHASES, ROLES, useCommunityText } from '../communities/messages';
import { Badge, errorText, Lifecycle } from '../communities/parts';
import { DiscussionsSection } from '../discussions/discussions-section';
import {
  ApproveCommunityDocument,
  CommunityDocument,
  type CommunityPhase,
  type CommunityQuery,
  type CommunityRole,
  DecideJoinRequestDocument,
  InviteToCommunityDocument,
  JoinCommunityDocument,
  LeaveCommunityDocument,
  type MembershipRowFragment,
  RemoveCommunityMemberDocument,
  RequestToJoinCommunityDocument,
  SetCommunityPhaseDocument,
  SetCommunityRoleDocument,
  UpdateCommunityDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { CommunityHarvest } from '../harvest/community-harvest';
import { IntervisionGroupsSection } from '../intervision/groups-section';
import { CommunityMeetings } from '../meetings/community-meetings';
import { rememberReturnPath } from '../return-path';
import { Navigate, useRouter } from '../router';
import { useSession } from '../session';
import { TableScroll } from '../table-scroll';
import {
  Alert,
  Button,
  FormField,
  Heading,
  PageTitle,
  Paragraph,
  selectClass,
  TextAreaField,
  textboxClass,
} from '../ui';

type Community = CommunityQuery['community'];
type Notice = { type: 'ok' | 'error'; text: string };

export function CommunityPage({ slug }: { slug: string }) {
  const { t, c, lang } = useCommunityText();
  const { viewer } = useSession();
  const { navigate } = useRouter();
  const [community, setCommunity] = useState<Community | null>(null);
  const [missing, setMissing] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState(false);
  const signedIn = Boolean(viewer && !viewer.needsProfile);

  const reload = useCallback(async () => {
    try {
      const data = await request(CommunityDocument, { slug });
      setCommunity(data.community);
      setMissing(false);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'NOT_FOUND') setMissing(true);
      else setNotice({ type: 'error', text: t.genericError });
    }
  }, [slug, t.genericError]);

  useEffect(() => {
    if (signedIn) void reload();
  }, [reload, signedIn]);

  if (viewer === undefined) return <Paragraph>{t.loading}</Paragraph>;
  if (viewer === null) {
    rememberReturnPath(`/communities/${slug}`);
    return <Navigate to="/inloggen" />;
  }
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;
  if (missing) {
    return (
      <>
        <PageTitle>{t.notFoundTitle}</PageTitle>
        <Paragraph>{c.notFound}</Paragraph>
      </>
    );
  }
  if (!community) return <Paragraph>{t.loading}</Paragraph>;

  /** Runs a change, says how it went, and shows the CoP as it is now. */
  const act = async (run: () => Promise<unknown>, success: string) => {
    await runAction(run, success, {
      setNotice,
      errorText: (caught) => errorText(caught, c, t.genericError),
      reload,
    });
  };

  const ref = { communityId: community.id };
  const mine = community.viewerMembership;
  const isMember = mine?.status === 'ACTIVE';
  const isCoordinator = isMember && mine.role === 'COORDINATOR';
  const isAdmin = viewer.member?.platformRole === 'ADMIN';
  const canManage = isCoordinator || community.joinRequests != null;
  const canInvite = canManage || (isMember && mine.role === 'MODERATOR');

  if (editing) {
    return (
      <>
        <PageTitle>{c.editTitle(community.name)}</PageTitle>
        <CommunityForm
          initial={valuesOf(community)}
          submitLabel={c.save}
          onCancel={() => setEditing(false)}
          onSubmit={async (values) => {
            const { updateCommunity } = await request(UpdateCommunityDocument, {
              input: { communityId: community.id, ...toInput(values) },
            });
            setEditing(false);
            setNotice({ type: 'ok', text: c.saved });
            if (updateCommunity.slug !== slug) navigate(`/communities/${updateCommunity.slug}`);
            else await reload();
          }}
        />
      </>
    );
  }

  return (
    <article className="community">
      <PageTitle>{community.name}</PageTitle>
      <p className="community-card__badges">
        <Badge tone="accent">{c.policies[community.joinPolicy]}</Badge>
        <Badge>{c.phases[community.phase]}</Badge>
        <Badge>{c.members(community.memberCount)}</Badge>
        {community.status === 'PROPOSED' && <Badge tone="muted">{c.proposedBadge}</Badge>}
      </p>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {community.status === 'PROPOSED' && (
        <Alert type="info">
          <Paragraph>{c.notActive}</Paragraph>
          {isAdmin && (
            <Button
              appearance="secondary-action"
              onClick={() =>
                void act(() => request(ApproveCommunityDocument, { input: ref }), c.approved)
              }
            >
              {c.approve}
            </Button>
          )}
        </Alert>
      )}
      {community.welcomeMessage && (
        <section aria-labelledby="welcome" className="welcome">
          <Heading level={2} id="welcome">
            {c.welcome}
          </Heading>
          <Paragraph lead>{community.welcomeMessage}</Paragraph>
        </section>
      )}

      <section aria-labelledby="membership" className="membership-box" data-testid="membership">
        <Heading level={2} id="membership">
          {c.yourMembership}
        </Heading>
        <MembershipActions community={community} act={act} />
      </section>

      <section aria-labelledby="purpose">
        <Heading level={2} id="purpose">
          {c.purpose}
        </Heading>
        <dl className="facts">
          {community.goal && (
            <>
              <dt>{c.goal}</dt>
              <dd>{community.goal}</dd>
            </>
          )}
          {community.domain && (
            <>
              <dt>{c.domain}</dt>
              <dd>{community.domain}</dd>
            </>
          )}
          {community.themes.length > 0 && (
            <>
              <dt>{c.themes}</dt>
              <dd>{community.themes.join(', ')}</dd>
            </>
          )}
          <dt>{c.period}</dt>
          <dd>
            {c.periodValue(
              formatDate(community.startsOn, lang),
              community.plannedEndOn ? formatDate(community.plannedEndOn, lang) : null,
            )}
          </dd>
        </dl>
        {community.centralQuestions.length > 0 && (
          <>
            <Heading level={3}>{c.centralQuestions}</Heading>
            <ul className="utrecht-unordered-list">
              {community.centralQuestions.map((question) => (
                <li key={question} className="utrecht-unordered-list__item">
                  {question}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="lifecycle">
        <Heading level={2} id="lifecycle">
          {c.lifecycle}
        </Heading>
        <Lifecycle phase={community.phase} />
      </section>

      <section aria-labelledby="coordinators">
        <Heading level={2} id="coordinators">
          {c.coordinators}
        </Heading>
        <ul className="plain-list">
          {community.coordinators.map((m) => (
            <li key={m.id}>
              <MemberName membership={m} />
            </li>
          ))}
        </ul>
      </section>

      {canManage && <Management community={community} act={act} onEdit={() => setEditing(true)} />}
      {canInvite && <Invite communityId={community.id} act={act} />}

      <section aria-labelledby="members" data-testid="members">
        <Heading level={2} id="members">
          {c.membersTitle}
        </Heading>
        {community.members ? (
          <Members
            community={community}
            members={community.members.nodes}
            manage={canManage}
            act={act}
          />
        ) : (
          <Paragraph>{c.membersHidden}</Paragraph>
        )}
      </section>

      <DiscussionsSection community={community} />
      <CommunityMeetings
        communityId={community.id}
        isMember={isMember}
        canSchedule={isMember && (mine.role === 'COORDINATOR' || mine.role === 'MODERATOR')}
      />
      <CommunityHarvest communityId={community.id} isMember={isMember} />
      <TeamProfileSection communityId={community.id} />
      {isCoordinator && <TeamCoffeeDateSection communityId={community.id} />}
      <IntervisionGroupsSection community={community} />
    </article>
  );
}

type Act = (run: () => Promise<unknown>, success: string) => Promise<void>;

function valuesOf(community: Community): CommunityValues {
  return {
    name: community.name,
    slug: community.slug,
    goal: community.goal,
    domain: community.domain,
    centralQuestions: community.centralQuestions.join('\n'),
    themes: community.themes,
    welcomeMessage: community.welcomeMessage,
    joinPolicy: community.joinPolicy,
    startsOn: community.startsOn,
    plannedEndOn: community.plannedEndOn ?? '',
  };
}

function MemberName({ membership }: { membership: MembershipRowFragment }) {
  const { c } = useCommunityText();
  const org = membership.member.organisation;
  return (
    <>
      <strong>{membership.member.name}</strong>
      {membership.member.isViewer && ` ${c.you}`}
      {org && <span className="muted"> — {org.abbreviation ?? org.name}</span>}
    </>
  );
}

function MembershipActions({ community, act }: { community: Community; act: Act }) {
  const { c } = useCommunityText();
  const [motivation, setMotivation] = useState('');
  const mine = community.viewerMembership;
  const ref = { communityId: community.id };
  const leave = () => act(() => request(LeaveCommunityDocument, { input: ref }), c.left);

  if (mine?.status === 'ACTIVE') {
    return (
      <>
        <Paragraph>{c.memberAs(c.roles[mine.role])}</Paragraph>
        <Button appearance="secondary-action" onClick={() => void leave()}>
          {c.leave}
        </Button>
      </>
    );
  }
  if (mine?.status === 'PENDING') {
    return (
      <>
        <Paragraph>
          <Badge>{c.youRequested}</Badge> {c.pending}
        </Paragraph>
        <Button appearance="secondary-action" onClick={() => void leave()}>
          {c.withdraw}
        </Button>
      </>
    );
  }
  if (community.status !== 'ACTIVE') return <Paragraph>{c.notActive}</Paragraph>;
  if (community.joinPolicy === 'OPEN') {
    return (
      <Button
        onClick={() => void act(() => request(JoinCommunityDocument, { input: ref }), c.joined)}
      >
        {c.join}
      </Button>
    );
  }
  if (community.joinPolicy === 'ON_REQUEST') {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      void act(
        () =>
          request(RequestToJoinCommunityDocument, {
            input: { ...ref, ...(motivation.trim() ? { motivation: motivation.trim() } : {}) },
          }),
        c.pending,
      );
    };
    return (
      <form onSubmit={submit} className="form" aria-labelledby="request-title">
        <Heading level={3} id="request-title">
          {c.requestTitle}
        </Heading>
        <Paragraph>{c.requestIntro}</Paragraph>
        <FormField id="motivation" label={c.motivationLabel} description={c.motivationDescription}>
          {(props) => (
            <textarea
              {...props}
              name="motivation"
              rows={3}
              className="utrecht-textarea utrecht-textarea--html-textarea"
              value={motivation}
              onChange={(event) => setMotivation(event.target.value)}
            />
          )}
        </FormField>
        <Button type="submit">{c.requestButton}</Button>
      </form>
    );
  }
  return <Paragraph>{c.inviteOnly}</Paragraph>;
}

function Management({
  community,
  act,
  onEdit,
}: {
  community: Community;
  act: Act;
  onEdit(): void;
}) {
  const { c } = useCommunityText();
  const [phase, setPhase] = useState<CommunityPhase>(community.phase);
  const [messages, setMessages] = useState<Record<string, string>>({});
  const requests = community.joinRequests?.nodes ?? [];

  const decide = (m: MembershipRowFragment, approve: boolean) => {
    const message = messages[m.member.id]?.trim();
    return act(
      () =>
        request(DecideJoinRequestDocument, {
          input: {
            communityId: community.id,
            memberId: m.member.id,
            approve,
            ...(message ? { message } : {}),
          },
        }),
      approve ? c.requestApproved(m.member.name) : c.requestDeclined(m.member.name),
    );
  };

  return (
    <section aria-labelledby="manage" className="manage" data-testid="manage">
      <Heading level={2} id="manage">
        {c.manage}
      </Heading>
      <div className="row">
        <Button appearance="secondary-action" onClick={onEdit}>
          {c.edit}
        </Button>
      </div>
      <form
        className="row row--end"
        onSubmit={(event) => {
          event.preventDefault();
          void act(
            () =>
              request(SetCommunityPhaseDocument, {
                input: { communityId: community.id, phase },
              }),
            c.phaseChanged(c.phases[phase]),
          );
        }}
      >
        <FormField id="set-phase" label={c.phaseLabel}>
          {(props) => (
            <select
              {...props}
              className={selectClass(false)}
              value={phase}
              onChange={(event) => setPhase(event.target.value as CommunityPhase)}
            >
              {PHASES.map((p) => (
                <option key={p} value={p}>
                  {c.phases[p]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <Button type="submit" appearance="secondary-action">
          {c.setPhase}
        </Button>
      </form>

      <Heading level={3} id="join-requests">
        {c.joinRequests}
      </Heading>
      {requests.length === 0 ? (
        <Paragraph>{c.noJoinRequests}</Paragraph>
      ) : (
        <ul className="plain-list" aria-labelledby="join-requests">
          {requests.map((m) => (
            <li key={m.id} className="join-request" data-testid="join-request">
              <Paragraph>
                <MemberName membership={m} />
              </Paragraph>
              {m.motivation && <blockquote className="motivation">{m.motivation}</blockquote>}
              <TextAreaField
                id={`decision-${m.member.id}`}
                label={c.decisionMessage(m.member.name)}
                rows={2}
                value={messages[m.member.id] ?? ''}
                onChange={(value) => setMessages({ ...messages, [m.member.id]: value })}
              />
              <div className="row">
                <Button onClick={() => void decide(m, true)}>
                  {c.approveRequest(m.member.name)}
                </Button>
                <Button appearance="secondary-action" onClick={() => void decide(m, false)}>
                  {c.declineRequest(m.member.name)}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Invite({ communityId, act }: { communityId: string; act: Act }) {
  const { t, c } = useCommunityText();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) {
      setError(t.required);
      return;
    }
    setError(undefined);
    const address = email.trim();
    await act(async () => {
      try {
        await request(InviteToCommunityDocument, {
          input: {
            communityId,
            email: address,
            ...(message.trim() ? { message: message.trim() } : {}),
          },
        });
        setEmail('');
        setMessage('');
      } catch (caught) {
        if (caught instanceof ApiError && caught.fieldError('email')) setError(t.emailInvalid);
        throw caught;
      }
    }, c.invited(address));
  }

  return (
    <section aria-labelledby="invite">
      <Heading level={2} id="invite">
        {c.inviteTitle}
      </Heading>
      <form onSubmit={submit} noValidate className="form">
        <FormField id="invite-email" label={c.inviteEmail} error={error}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="off"
              className={textboxClass(Boolean(error))}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        <TextAreaField
          id="invite-message"
          label={c.inviteMessage}
          rows={2}
          value={message}
          onChange={setMessage}
        />
        <Button type="submit" appearance="secondary-action">
          {c.inviteButton}
        </Button>
      </form>
    </section>
  );
}

function Members({
  community,
  members,
  manage,
  act,
}: {
  community: Community;
  members: MembershipRowFragment[];
  manage: boolean;
  act: Act;
}) {
  const { c } = useCommunityText();
  const [roles, setRoles] = useState<Record<string, CommunityRole>>({});
  if (!manage) {
    return (
      <ul className="plain-list member-list">
        {members.map((m) => (
          <li key={m.id}>
            <MemberName membership={m} /> <Badge>{c.roles[m.role]}</Badge>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <TableScroll label={c.membersTitle}>
      <table className="utrecht-table member-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {c.nameLabel}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {c.changeRole}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              <span className="visually-hidden">{c.remove('')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {members.map((m) => {
            const role = roles[m.member.id] ?? m.role;
            const name = m.member.name;
            return (
              <tr key={m.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">
                  <MemberName membership={m} />
                </td>
                <td className="utrecht-table__cell">
                  <div className="row">
                    <label className="visually-hidden" htmlFor={`role-${m.member.id}`}>
                      {c.roleOf(name)}
                    </label>
                    <select
                      id={`role-${m.member.id}`}
                      className={selectClass(false)}
                      value={role}
                      onChange={(event) =>
                        setRoles({ ...roles, [m.member.id]: event.target.value as CommunityRole })
                      }
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {c.roles[r]}
                        </option>
                      ))}
                    </select>
                    <Button
                      appearance="secondary-action"
                      onClick={() =>
                        void act(
                          () =>
                            request(SetCommunityRoleDocument, {
                              input: { communityId: community.id, memberId: m.member.id, role },
                            }),
                          c.roleChanged(name, c.roles[role]),
                        ).then(() => setRoles({}))
                      }
                    >
                      {c.changeRole}
                      <span className="visually-hidden"> ({name})</span>
                    </Button>
                  </div>
                </td>
                <td className="utrecht-table__cell">
                  <Button
                    appearance="subtle"
                    onClick={() =>
                      void act(
                        () =>
                          request(RemoveCommunityMemberDocument, {
                            input: { communityId: community.id, memberId: m.member.id },
                          }),
                        c.removed(name),
                      )
                    }
                  >
                    {c.remove(name)}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
