import { type FormEvent, useRef, useState } from 'react';

import { ReplyToDiscussionThreadDocument } from '../gql/graphql';
import { request } from '../graphql-client';
import { Alert, Button, Heading, Paragraph } from '../ui';
import { reasonOf, reasonText, useDiscussionText } from './messages';
import { fieldErrors, MarkdownField, type Notice, NoticeBox } from './parts';
import type { Thread } from './thread.page';

/** The reply box; when the thread is closed it says why and takes no input. */
export function ReplyEditor({ thread, onPosted }: { thread: Thread; onPosted(): Promise<void> }) {
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
