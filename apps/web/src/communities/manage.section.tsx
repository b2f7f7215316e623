import { type FormEvent, useRef, useState } from 'react';

import { useApiQuery } from '../api-query';
import { TeamCoffeeDateSection } from '../coffee-dates/team-coffee-date-section';
import {
  CommunityJoinRequestsDocument,
  type CommunityPhase,
  DecideJoinRequestDocument,
  InviteToCommunityDocument,
  type MembershipRowFragment,
  SetCommunityPhaseDocument,
  UpdateCommunityDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { IntervisionGroupsSection } from '../intervision/groups-section';
import { Link, useRouter } from '../router';
import { Button, Heading, Paragraph, SelectField, TextAreaField, TextField } from '../ui';
import { type Community, useCommunityView } from './community-context';
import { CommunityForm, type CommunityValues, toInput } from './community-form';
import { MemberName } from './member-name';
import { PHASES, useCommunityText } from './messages';
import { communityPath } from './sections';

/**
 * /communities/<slug>/beheer: the CoP's details and phase, join requests, invitations, a team
 * koffiedate and intervisie groups. Coordinators (and platform admins) manage; moderators may
 * invite and start intervisie groups; everyone else is told this is not for them.
 */
export function ManageSection() {
  const { c } = useCommunityText();
  const { community, canManage, canInvite, isCoordinator } = useCommunityView();
  if (!canInvite) {
    return (
      <section aria-labelledby="manage">
        <Heading level={2} id="manage">
          {c.sections.manage}
        </Heading>
        <Paragraph>{c.manageOnly}</Paragraph>
        <Paragraph>
          <Link href={communityPath(community.slug)}>{c.toOverview}</Link>
        </Paragraph>
      </section>
    );
  }
  return (
    <>
      {canManage && <Settings community={community} />}
      {canManage && <JoinRequests community={community} />}
      <Invite communityId={community.id} />
      {isCoordinator && <TeamCoffeeDateSection communityId={community.id} />}
      <IntervisionGroupsSection community={community} />
    </>
  );
}

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

/** Editing the CoP (in place) and setting its lifecycle phase. */
function Settings({ community }: { community: Community }) {
  const { c } = useCommunityText();
  const { act } = useCommunityView();
  const { navigate } = useRouter();
  const [editing, setEditing] = useState(false);
  const [phase, setPhase] = useState<CommunityPhase>(community.phase);
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <section aria-labelledby="manage" className="manage" data-testid="manage">
      <Heading level={2} id="manage" tabIndex={-1} headingRef={heading}>
        {editing ? c.editTitle(community.name) : c.settings}
      </Heading>
      {editing ? (
        <CommunityForm
          initial={valuesOf(community)}
          submitLabel={c.save}
          onCancel={() => {
            setEditing(false);
            heading.current?.focus();
          }}
          onSubmit={async (values) => {
            const { updateCommunity } = await request(UpdateCommunityDocument, {
              input: { communityId: community.id, ...toInput(values) },
            });
            // A new web address is a new page (the old one no longer answers).
            if (updateCommunity.slug !== community.slug) {
              navigate(communityPath(updateCommunity.slug, 'manage'), { replace: true });
              return;
            }
            setEditing(false);
            // The form's errors are its own; a success is said like every other change.
            await act(async () => undefined, c.saved, { focus: true });
          }}
        />
      ) : (
        <>
          <div className="row">
            <Button appearance="secondary-action" onClick={() => setEditing(true)}>
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
            <SelectField
              id="set-phase"
              label={c.phaseLabel}
              value={phase}
              onChange={(event) => setPhase(event.target.value as CommunityPhase)}
            >
              {PHASES.map((p) => (
                <option key={p} value={p}>
                  {c.phases[p]}
                </option>
              ))}
            </SelectField>
            <Button type="submit" appearance="secondary-action">
              {c.setPhase}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}

function JoinRequests({ community }: { community: Community }) {
  const { t, c } = useCommunityText();
  const { act } = useCommunityView();
  const [messages, setMessages] = useState<Record<string, string>>({});
  const { data } = useApiQuery(CommunityJoinRequestsDocument, { slug: community.slug });
  const requests = data ? (data.community.joinRequests?.nodes ?? []) : null;

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
      // The request and its buttons go: the message takes the focus.
      { focus: true },
    );
  };

  return (
    <section aria-labelledby="join-requests">
      <Heading level={2} id="join-requests">
        {c.joinRequests}
      </Heading>
      {requests === null ? (
        <Paragraph>{t.loading}</Paragraph>
      ) : requests.length === 0 ? (
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

function Invite({ communityId }: { communityId: string }) {
  const { t, c } = useCommunityText();
  const { act } = useCommunityView();
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
        <TextField
          id="invite-email"
          label={c.inviteEmail}
          error={error}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
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
