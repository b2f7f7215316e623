import { type FormEvent, useState } from 'react';

import {
  JoinCommunityDocument,
  LeaveCommunityDocument,
  RequestToJoinCommunityDocument,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { Button, FormField, Heading, Paragraph } from '../ui';
import { useCommunityView } from './community-context';
import { useCommunityText } from './messages';
import { Badge } from './parts';

/**
 * Joining, asking to join, withdrawing or leaving. Each of these replaces the button used, so
 * focus moves to the message that says how it went (not to the page's <body>).
 */
export function MembershipActions() {
  const { c } = useCommunityText();
  const { community, act } = useCommunityView();
  const [motivation, setMotivation] = useState('');
  const mine = community.viewerMembership;
  const ref = { communityId: community.id };
  const change = (run: () => Promise<unknown>, success: string) =>
    void act(run, success, { focus: true });
  const leave = (success: string) =>
    change(() => request(LeaveCommunityDocument, { input: ref }), success);

  if (mine?.status === 'ACTIVE') {
    return (
      <>
        <Paragraph>{c.youAre[mine.role]}</Paragraph>
        <Button appearance="secondary-action" onClick={() => leave(c.left)}>
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
        <Button appearance="secondary-action" onClick={() => leave(c.left)}>
          {c.withdraw}
        </Button>
      </>
    );
  }
  if (community.status !== 'ACTIVE') return <Paragraph>{c.notActive}</Paragraph>;
  if (community.joinPolicy === 'OPEN') {
    return (
      <Button
        onClick={() => change(() => request(JoinCommunityDocument, { input: ref }), c.joined)}
      >
        {c.join}
      </Button>
    );
  }
  if (community.joinPolicy === 'ON_REQUEST') {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      const text = motivation.trim();
      change(
        () =>
          request(RequestToJoinCommunityDocument, {
            input: { ...ref, ...(text ? { motivation: text } : {}) },
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
