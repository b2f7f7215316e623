import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';

import {
  type CommunityRole,
  type DiscussionThreadRowFragment,
  DiscussionThreadsDocument,
  type MembershipStatus,
  StartDiscussionThreadDocument,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { Link, useRouter } from '../router';
import { Button, ErrorSummary, Heading, Paragraph, TextField } from '../ui';
import { reasonText, useDiscussionText } from './messages';
import {
  AuthorName,
  Badge,
  fieldErrors,
  MarkdownField,
  type Notice,
  NoticeBox,
  When,
} from './parts';

const PAGE = 20;

export interface DiscussionCommunity {
  id: string;
  slug: string;
  viewerMembership?: { role: CommunityRole; status: MembershipStatus } | null;
}

export const canModerate = (community: DiscussionCommunity) =>
  community.viewerMembership?.status === 'ACTIVE' && community.viewerMembership.role !== 'MEMBER';

export const threadPath = (slug: string, threadId: string) =>
  `/communities/${encodeURIComponent(slug)}/discussions/${encodeURIComponent(threadId)}`;

/** The CoP page's discussions: threads (members only) and a form to start one. */
export function DiscussionsSection({ community }: { community: DiscussionCommunity }) {
  const { d } = useDiscussionText();
  const isMember = community.viewerMembership?.status === 'ACTIVE';
  return (
    <section aria-labelledby="discussions" data-testid="part-discussions" className="discussions">
      <Heading level={2} id="discussions">
        {d.title}
      </Heading>
      {isMember ? <Threads community={community} /> : <Paragraph>{d.membersOnly}</Paragraph>}
    </section>
  );
}

function Threads({ community }: { community: DiscussionCommunity }) {
  const { d } = useDiscussionText();
  const [threads, setThreads] = useState<DiscussionThreadRowFragment[] | null>(null);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  const load = useCallback(
    async (after: string | null) => {
      try {
        const { discussionThreads: page } = await request(DiscussionThreadsDocument, {
          communityId: community.id,
          first: PAGE,
          after,
        });
        setThreads((current) => (after && current ? [...current, ...page.nodes] : page.nodes));
        setTotal(page.totalCount);
        setCursor(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
        return page.nodes.length;
      } catch (caught) {
        setNotice({ type: 'error', text: reasonText(caught, d) });
        return 0;
      }
    },
    [community.id, d],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  // After "Meer laden", focus moves to the first newly loaded thread.
  useEffect(() => {
    if (focusIndex === null) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('h3 a')[focusIndex]?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  return (
    <>
      {canModerate(community) && (
        <Paragraph>
          <Link href={`/communities/${encodeURIComponent(community.slug)}/moderatie`}>
            {d.toModeration}
          </Link>
        </Paragraph>
      )}
      <NoticeBox notice={notice} />
      {threads === null ? (
        <Paragraph>{d.threadLoading}</Paragraph>
      ) : threads.length === 0 ? (
        <Paragraph>{d.none}</Paragraph>
      ) : (
        <>
          <p className="nl-paragraph muted" aria-live="polite">
            {d.count(total)}
          </p>
          <ul className="thread-list" data-testid="thread-list" ref={list}>
            {threads.map((thread) => (
              <ThreadRow key={thread.id} thread={thread} slug={community.slug} />
            ))}
          </ul>
          {cursor && (
            <Button
              appearance="secondary-action"
              onClick={() => {
                const from = threads.length;
                void load(cursor).then((n) => n > 0 && setFocusIndex(from));
              }}
            >
              {d.loadMore}
            </Button>
          )}
        </>
      )}
      <NewThread communityId={community.id} slug={community.slug} />
    </>
  );
}

function ThreadRow({ thread, slug }: { thread: DiscussionThreadRowFragment; slug: string }) {
  const { d } = useDiscussionText();
  return (
    <li className="thread-list__item" data-testid="thread">
      <Heading level={3}>
        <Link href={threadPath(slug, thread.id)}>{thread.title}</Link>
      </Heading>
      {(thread.pinned || thread.locked || thread.hidden || thread.deleted) && (
        <p className="community-card__badges">
          {thread.pinned && <Badge tone="accent">{d.pinned}</Badge>}
          {thread.locked && <Badge>{d.locked}</Badge>}
          {thread.hidden && <Badge tone="muted">{d.hidden}</Badge>}
          {thread.deleted && <Badge tone="muted">{d.deleted}</Badge>}
        </p>
      )}
      <p className="thread-list__meta">
        <span>
          <AuthorName author={thread.author} />
        </span>
        <span>{d.replies(thread.replyCount)}</span>
        <span>
          {d.lastActivity('')}
          <When value={thread.lastActivityAt} />
        </span>
      </p>
    </li>
  );
}

function NewThread({ communityId, slug }: { communityId: string; slug: string }) {
  const { d } = useDiscussionText();
  const { navigate } = useRouter();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = d.required;
    if (!body.trim()) local.body = d.required;
    setErrors(local);
    setFailure(Object.keys(local).length ? '' : null);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const { startDiscussionThread } = await request(StartDiscussionThreadDocument, {
        input: { communityId, title: title.trim(), body },
      });
      navigate(threadPath(slug, startDiscussionThread.id));
    } catch (caught) {
      const fields = fieldErrors(caught, d);
      setErrors(fields);
      setFailure(Object.keys(fields).length ? '' : reasonText(caught, d));
    } finally {
      setBusy(false);
    }
  }

  const items = (['title', 'body'] as const)
    .filter((f) => errors[f])
    .map((f) => ({
      target: `new-thread-${f}`,
      message: `${f === 'title' ? d.titleLabel : d.bodyLabel}: ${errors[f]}`,
    }));

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="new-thread">
      <Heading level={3} id="new-thread">
        {d.newThread}
      </Heading>
      {failure !== null && (
        <ErrorSummary title={d.errorTitle} message={failure || undefined} items={items} />
      )}
      <TextField
        id="new-thread-title"
        label={d.titleLabel}
        description={d.titleDescription}
        error={errors.title}
        type="text"
        maxLength={200}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <MarkdownField
        id="new-thread-body"
        label={d.bodyLabel}
        value={body}
        onChange={setBody}
        error={errors.body}
        rows={6}
        mentions={{ communityId }}
      />
      <Button type="submit" disabled={busy}>
        {d.start}
      </Button>
    </form>
  );
}
