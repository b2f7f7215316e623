import { type FormEvent, useEffect, useRef, useState } from 'react';

import { type DiscussionAuthorFragment } from '../gql/graphql';
import { Alert, Button, Heading, Paragraph, TextField } from '../ui';
import { reasonText, useDiscussionText } from './messages';
import {
  ActionButton,
  AuthorName,
  Badge,
  fieldErrors,
  MarkdownField,
  PostBody,
  ReportForm,
  When,
} from './parts';

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
export function Post({
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
