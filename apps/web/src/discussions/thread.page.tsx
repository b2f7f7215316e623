import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';

import { useAction } from '../action';
import {
  DeleteDiscussionReplyDocument,
  DeleteDiscussionThreadDocument,
  type DiscussionAuthorFragment,
  type DiscussionReplyItemFragment,
  DiscussionThreadDocument,
  type DiscussionThreadQuery,
  EditDiscussionReplyDocument,
  EditDiscussionThreadDocument,
  ModerateDiscussionThreadDocument,
  ReplyToDiscussionThreadDocument,
  ReportDiscussionPostDocument,
  SetDiscussionPostHiddenDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { rememberReturnPath } from '../return-path';
import { Link, Navigate } from '../router';
import { useSession } from '../session';
import { Alert, Button, Heading, PageTitle, Paragraph, TextField } from '../ui';
import { threadPath } from './discussions-section';
import { reasonOf, reasonText, useDiscussionText } from './messages';
import {
  ActionButton,
  AuthorName,
  Badge,
  fieldErrors,
  MarkdownField,
  type Notice,
  NoticeBox,
  PostBody,
  ReportForm,
  When,
} from './parts';

type Thread = DiscussionThreadQuery['discussionThread'];
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

interface PostData {
  body: string;
  bodyHtml: string;
  createdAt: string;
  editedAt?: string | null;
  hidden: boolean;
  deleted: boolean;
  viewerCanEdit: boolean;
  author?: DiscussionAuthorFragment | null;
}

/** One post (the thread's opening post or a reply) with what the viewer may do with it. */
function Post({
  id,
  threadId,
  post,
  headingLevel,
  reportHeadingLevel,
  canReport,
  editTitle,
  onEdit,
  onDelete,
  onReport,
  moderation,
}: {
  id: string;
  /** Where the post lives: whom an edit may @mention. */
  threadId: string;
  post: PostData;
  headingLevel: 3 | null;
  reportHeadingLevel: 2 | 4;
  canReport: boolean;
  editTitle?: string;
  onEdit(values: { title?: string; body?: string }): Promise<unknown>;
  onDelete(): Promise<unknown>;
  onReport(reason: string): Promise<unknown>;
  moderation?: React.ReactNode;
}) {
  const { d } = useDiscussionText();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete' | 'report'>('view');
  const author = post.author?.name ?? d.unknownAuthor;
  const what = editTitle === undefined ? d.thePost(author) : d.theThread;
  const editButton = useRef<HTMLButtonElement>(null);
  const reportButton = useRef<HTMLButtonElement>(null);
  const back = (to: { current: HTMLElement | null }) => {
    setMode('view');
    requestAnimationFrame(() => to.current?.focus());
  };

  return (
    <div
      className={`post${post.hidden ? ' post--hidden' : ''}`}
      id={id}
      data-testid={id.startsWith('reply') ? 'reply-post' : 'thread-post'}
    >
      {headingLevel && (
        <Heading level={headingLevel}>
          <span className="visually-hidden">{d.replyBy('')}</span>
          <AuthorName author={post.author} />
        </Heading>
      )}
      <p className="post__meta">
        {!headingLevel && (
          <>
            <AuthorName author={post.author} />
            {' · '}
          </>
        )}
        <When value={post.createdAt} />
        {post.editedAt && ` · ${d.edited}`}
        {post.hidden && (
          <>
            {' '}
            <Badge tone="muted">{d.hidden}</Badge>
          </>
        )}
      </p>
      {post.hidden && <p className="post__meta">{d.hiddenForMembers}</p>}

      {mode === 'edit' ? (
        <EditForm
          id={`${id}-edit`}
          threadId={threadId}
          title={editTitle}
          body={post.body}
          onSubmit={async (values) => {
            await onEdit(values);
            back(editButton);
          }}
          onCancel={() => back(editButton)}
        />
      ) : (
        <PostBody html={post.bodyHtml} />
      )}

      {mode === 'delete' && (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <Paragraph>
            <span id={`${id}-confirm`}>{d.confirmDelete}</span>
          </Paragraph>
          <div className="row">
            <Button onClick={() => void onDelete().then(() => setMode('view'))}>{d.delete}</Button>
            <Button appearance="secondary-action" onClick={() => back(editButton)}>
              {d.cancel}
            </Button>
          </div>
        </div>
      )}

      {mode === 'report' && (
        <ReportForm
          id={`${id}-report`}
          what={what}
          headingLevel={reportHeadingLevel}
          onSubmit={async (reason) => {
            await onReport(reason);
            setMode('view');
          }}
          onCancel={() => back(reportButton)}
        />
      )}

      {mode === 'view' && (
        <div className="post__actions">
          {post.viewerCanEdit && (
            <>
              <ActionButton ref={editButton} onClick={() => setMode('edit')}>
                {d.edit}
                <span className="visually-hidden"> ({what})</span>
              </ActionButton>
              <ActionButton onClick={() => setMode('delete')}>
                {d.delete}
                <span className="visually-hidden"> ({what})</span>
              </ActionButton>
            </>
          )}
          {canReport && (
            <ActionButton ref={reportButton} onClick={() => setMode('report')}>
              {d.report}
              <span className="visually-hidden"> ({what})</span>
            </ActionButton>
          )}
          {moderation}
        </div>
      )}
    </div>
  );
}

function EditForm({
  id,
  threadId,
  title: initialTitle,
  body: initialBody,
  onSubmit,
  onCancel,
}: {
  id: string;
  threadId: string;
  title?: string;
  body: string;
  onSubmit(values: { title?: string; body: string }): Promise<void>;
  onCancel(): void;
}) {
  const { d } = useDiscussionText();
  const [title, setTitle] = useState(initialTitle ?? '');
  const [body, setBody] = useState(initialBody);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => bodyRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await onSubmit({ ...(initialTitle !== undefined ? { title } : {}), body });
    } catch (caught) {
      const fields = fieldErrors(caught, d);
      setErrors(fields);
      setFailure(Object.keys(fields).length ? null : reasonText(caught, d));
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {failure && (
        <Alert type="error">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {initialTitle !== undefined && (
        <TextField
          id={`${id}-title`}
          label={d.titleLabel}
          error={errors.title}
          type="text"
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
      )}
      <MarkdownField
        id={`${id}-body`}
        label={d.bodyLabel}
        value={body}
        onChange={setBody}
        error={errors.body}
        inputRef={bodyRef}
        mentions={{ threadId }}
      />
      <div className="row">
        <Button type="submit">{d.save}</Button>
        <Button appearance="secondary-action" onClick={onCancel}>
          {d.cancel}
        </Button>
      </div>
    </form>
  );
}

/** The reply box; when the thread is closed it says why and takes no input. */
function ReplyEditor({ thread, onPosted }: { thread: Thread; onPosted(): Promise<void> }) {
  const { d } = useDiscussionText();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [lockedNow, setLockedNow] = useState(false);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);

  const closed =
    thread.locked || lockedNow
      ? d.lockedMessage
      : thread.hidden
        ? d.hiddenThreadMessage
        : thread.deleted
          ? d.deletedThreadMessage
          : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError(d.required);
      ref.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await request(ReplyToDiscussionThreadDocument, { input: { threadId: thread.id, body } });
      setBody('');
      setNotice({ type: 'ok', text: d.replied });
      await onPosted();
    } catch (caught) {
      const reason = reasonOf(caught);
      if (reason === 'THREAD_LOCKED') setLockedNow(true);
      const field = fieldErrors(caught, d).body;
      if (field) {
        setError(field);
        ref.current?.focus();
      } else setNotice({ type: 'error', text: reasonText(caught, d) });
      if (reason === 'THREAD_LOCKED') await onPosted();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="your-reply" data-testid="reply-editor">
      <Heading level={2} id="your-reply">
        {d.yourReply}
      </Heading>
      <NoticeBox notice={notice} />
      {closed && (
        <Alert type="warning">
          <Paragraph>
            <span id="reply-closed">{closed}</span>
          </Paragraph>
        </Alert>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <MarkdownField
          id="reply-body"
          label={d.replyLabel}
          value={body}
          onChange={setBody}
          error={error}
          inputRef={ref}
          disabled={Boolean(closed)}
          mentions={{ threadId: thread.id }}
        />
        <Button type="submit" disabled={busy || Boolean(closed)}>
          {d.send}
        </Button>
      </form>
    </section>
  );
}
