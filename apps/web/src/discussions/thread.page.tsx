import { useCallback, useEffect, useRef, useState } from 'react';

import { useAction } from '../action';
import {
  DeleteDiscussionReplyDocument,
  DeleteDiscussionThreadDocument,
  type DiscussionReplyItemFragment,
  DiscussionThreadDocument,
  type DiscussionThreadQuery,
  EditDiscussionReplyDocument,
  EditDiscussionThreadDocument,
  ModerateDiscussionThreadDocument,
  ReportDiscussionPostDocument,
  SetDiscussionPostHiddenDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { rememberReturnPath } from '../return-path';
import { Link, Navigate } from '../router';
import { useSession } from '../session';
import { Button, Heading, PageTitle, Paragraph } from '../ui';
import { threadPath } from './discussions-section';
import { reasonText, useDiscussionText } from './messages';
import { Badge, type Notice, NoticeBox } from './parts';
import { ReplyEditor } from './reply-editor';
import { Post } from './thread-post';

export type Thread = DiscussionThreadQuery['discussionThread'];
const PAGE = 50;

/** /communities/<slug>/discussions/<threadId>: a thread, its replies and the reply editor. */
export function ThreadPage({ slug, threadId }: { slug: string; threadId: string }) {
  const { d } = useDiscussionText();
  const { viewer } = useSession();
  const [thread, setThread] = useState<Thread | null>(null);
  const [replies, setReplies] = useState<DiscussionReplyItemFragment[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const { notice, setNotice, run } = useAction<Notice>({
    errorText: (caught) => reasonText(caught, d),
    reload: () => reload(),
  });
  const signedIn = Boolean(viewer && !viewer.needsProfile);
  const loaded = useRef(PAGE);

  const reload = useCallback(async () => {
    try {
      const { discussionThread } = await request(DiscussionThreadDocument, {
        id: threadId,
        first: Math.min(100, Math.max(PAGE, loaded.current)),
      });
      setThread(discussionThread);
      setReplies(discussionThread.replies.nodes);
      const info = discussionThread.replies.pageInfo;
      setCursor(info.hasNextPage ? (info.endCursor ?? null) : null);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'NOT_FOUND') setMissing(true);
      else setNotice({ type: 'error', text: reasonText(caught, d) });
    }
  }, [threadId, d]);

  useEffect(() => {
    if (signedIn) void reload();
  }, [reload, signedIn]);

  if (viewer === undefined) return <Paragraph>{d.threadLoading}</Paragraph>;
  if (viewer === null) {
    rememberReturnPath(threadPath(slug, threadId));
    return <Navigate to="/inloggen" />;
  }
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;
  if (missing) {
    return (
      <>
        <PageTitle>{d.title}</PageTitle>
        <Paragraph>{d.threadNotFound}</Paragraph>
        <Paragraph>
          <Link href={`/communities/${encodeURIComponent(slug)}`}>{d.backTo(slug)}</Link>
        </Paragraph>
      </>
    );
  }
  if (!thread) {
    return (
      <>
        <NoticeBox notice={notice} />
        <Paragraph>{d.threadLoading}</Paragraph>
      </>
    );
  }

  async function loadMore() {
    if (!cursor) return;
    try {
      const { discussionThread } = await request(DiscussionThreadDocument, {
        id: threadId,
        first: PAGE,
        after: cursor,
      });
      const page = discussionThread.replies;
      setReplies((current) => {
        loaded.current = current.length + page.nodes.length;
        return [...current, ...page.nodes];
      });
      setCursor(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
    } catch (caught) {
      setNotice({ type: 'error', text: reasonText(caught, d) });
    }
  }

  const community = thread.community;
  const communityPath = `/communities/${encodeURIComponent(community.slug)}/discussies`;
  const ref = { threadId: thread.id };
  const moderate = (change: { pinned?: boolean; locked?: boolean }, notice: string) =>
    void run(
      () => request(ModerateDiscussionThreadDocument, { input: { ...ref, ...change } }),
      notice,
    );

  return (
    <article className="thread">
      <Paragraph>
        <Link href={communityPath}>{d.backTo(community.name)}</Link>
      </Paragraph>
      <PageTitle>{thread.title}</PageTitle>
      {(thread.pinned || thread.locked || thread.hidden || thread.deleted) && (
        <p className="community-card__badges" data-testid="thread-badges">
          {thread.pinned && <Badge tone="accent">{d.pinned}</Badge>}
          {thread.locked && <Badge>{d.locked}</Badge>}
          {thread.hidden && <Badge tone="muted">{d.hidden}</Badge>}
          {thread.deleted && <Badge tone="muted">{d.deleted}</Badge>}
        </p>
      )}
      <NoticeBox notice={notice} />

      {thread.viewerCanModerate && (
        <div className="moderation-bar" role="group" aria-label={d.moderate}>
          <Button
            appearance="secondary-action"
            onClick={() =>
              moderate(
                { pinned: !thread.pinned },
                thread.pinned ? d.unpinnedNotice : d.pinnedNotice,
              )
            }
          >
            {thread.pinned ? d.unpin : d.pin}
          </Button>
          <Button
            appearance="secondary-action"
            onClick={() =>
              moderate(
                { locked: !thread.locked },
                thread.locked ? d.unlockedNotice : d.lockedNotice,
              )
            }
          >
            {thread.locked ? d.unlock : d.lock}
          </Button>
          <Button
            appearance="secondary-action"
            onClick={() =>
              void run(
                () =>
                  request(SetDiscussionPostHiddenDocument, {
                    input: { ...ref, hidden: !thread.hidden },
                  }),
                thread.hidden ? d.shownNotice : d.hiddenNotice,
              )
            }
          >
            {thread.hidden ? d.showThread : d.hideThread}
          </Button>
        </div>
      )}

      <Post
        id={`thread-${thread.id}`}
        threadId={thread.id}
        post={thread}
        headingLevel={null}
        reportHeadingLevel={2}
        canReport={!thread.deleted && !thread.author?.isViewer}
        editTitle={thread.title}
        onEdit={(values) =>
          request(EditDiscussionThreadDocument, { input: { ...ref, ...values } }).then(reload)
        }
        onDelete={() =>
          run(() => request(DeleteDiscussionThreadDocument, { input: ref }), d.deletedNotice)
        }
        onReport={(reason) =>
          request(ReportDiscussionPostDocument, { input: { ...ref, reason } }).then(() =>
            setNotice({ type: 'ok', text: d.reported }),
          )
        }
      />

      <section aria-labelledby="replies" data-testid="replies">
        <Heading level={2} id="replies">
          {d.repliesTitle} ({thread.replyCount})
        </Heading>
        {replies.length === 0 ? (
          <Paragraph>{d.noReplies}</Paragraph>
        ) : (
          <ol className="reply-list">
            {replies.map((reply) => (
              <li key={reply.id} data-testid="reply">
                <Post
                  id={`reply-${reply.id}`}
                  threadId={thread.id}
                  post={reply}
                  headingLevel={3}
                  reportHeadingLevel={4}
                  canReport={!reply.deleted && !reply.author?.isViewer}
                  onEdit={({ body }) =>
                    request(EditDiscussionReplyDocument, {
                      input: { replyId: reply.id, body: body ?? '' },
                    }).then(reload)
                  }
                  onDelete={() =>
                    run(
                      () =>
                        request(DeleteDiscussionReplyDocument, { input: { replyId: reply.id } }),
                      d.deletedNotice,
                    )
                  }
                  onReport={(reason) =>
                    request(ReportDiscussionPostDocument, {
                      input: { ...ref, replyId: reply.id, reason },
                    }).then(() => setNotice({ type: 'ok', text: d.reported }))
                  }
                  moderation={
                    thread.viewerCanModerate ? (
                      <Button
                        appearance="subtle"
                        onClick={() =>
                          void run(
                            () =>
                              request(SetDiscussionPostHiddenDocument, {
                                input: { ...ref, replyId: reply.id, hidden: !reply.hidden },
                              }),
                            reply.hidden ? d.shownNotice : d.hiddenNotice,
                          )
                        }
                      >
                        {reply.hidden ? d.showReply : d.hideReply}
                        <span className="visually-hidden">
                          {' '}
                          ({d.thePost(reply.author?.name ?? d.unknownAuthor)})
                        </span>
                      </Button>
                    ) : undefined
                  }
                />
              </li>
            ))}
          </ol>
        )}
        {cursor && (
          <Button appearance="secondary-action" onClick={() => void loadMore()}>
            {d.loadMoreReplies}
          </Button>
        )}
      </section>

      <ReplyEditor thread={thread} onPosted={reload} />
    </article>
  );
}
