import './discussions.css';

import {
  type ButtonHTMLAttributes,
  type FormEvent,
  type Ref,
  type RefObject,
  useEffect,
  useRef,
  useState,
} from 'react';

import type { DiscussionAuthorFragment } from '../gql/graphql';
import { ApiError, type FieldError } from '../graphql-client';
import { Alert, Button, FormField, Heading, Paragraph } from '../ui';
import type { MentionScope } from './mention-query';
import { MentionTextarea } from './mention-textarea';
import { formatDateTime, reasonOf, reasonText, useDiscussionText } from './messages';

export type Notice = { type: 'ok' | 'error'; text: string };

/** A short message after an action; focused so keyboard and screen reader users notice it. */
export function NoticeBox({ notice }: { notice: Notice | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <Alert type={notice.type} alertRef={ref}>
      <Paragraph>{notice.text}</Paragraph>
    </Alert>
  );
}

/** A subtle NL Design System button whose element can take focus back (React 19 ref prop). */
export function ActionButton({
  ref,
  className,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { ref?: Ref<HTMLButtonElement> }) {
  return (
    <button
      ref={ref}
      type="button"
      className={`utrecht-button utrecht-button--subtle${className ? ` ${className}` : ''}`}
      {...rest}
    />
  );
}

export function Badge({
  children,
  tone,
}: {
  children: React.ReactNode;
  tone?: 'accent' | 'muted';
}) {
  return <span className={`badge${tone ? ` badge--${tone}` : ''}`}>{children}</span>;
}

export function AuthorName({ author }: { author: DiscussionAuthorFragment | null | undefined }) {
  const { d } = useDiscussionText();
  if (!author) return <>{d.unknownAuthor}</>;
  return (
    <>
      {author.name}
      {author.isViewer && ` ${d.you}`}
    </>
  );
}

/**
 * A post's body as the server rendered it from Markdown. The API sanitises it (no raw HTML, no
 * scripts, only http(s)/mailto links), so this is the one place the web app renders HTML.
 */
export function PostBody({ html }: { html: string }) {
  return <div className="post-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function When({ value, prefix }: { value: string; prefix?: string }) {
  const { lang } = useDiscussionText();
  return (
    <time dateTime={value}>
      {prefix}
      {formatDateTime(value, lang)}
    </time>
  );
}

/** Field errors of a refused mutation, by field name, in the UI's language. */
export function fieldErrors(caught: unknown, d: ReturnType<typeof useDiscussionText>['d']) {
  const errors: Record<string, string> = {};
  if (caught instanceof ApiError) {
    const reason = reasonOf(caught);
    caught.fields.forEach((f: FieldError) => {
      errors[f.field] = (reason && d.reasons[reason]) || f.message;
    });
  }
  return errors;
}

/**
 * A Markdown textarea with its label and the syntax hint. With `mentions` (where the post is
 * written), typing @ offers the people who can read it.
 */
export function MarkdownField({
  id,
  label,
  value,
  onChange,
  error,
  rows = 5,
  inputRef,
  disabled,
  mentions,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  rows?: number;
  inputRef?: RefObject<HTMLTextAreaElement | null>;
  disabled?: boolean;
  mentions?: MentionScope;
}) {
  const { d } = useDiscussionText();
  const className = `utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`;
  return (
    <FormField id={id} label={label} description={d.markdownHint} error={error}>
      {(props) =>
        mentions ? (
          <MentionTextarea
            {...props}
            scope={mentions}
            inputRef={inputRef}
            rows={rows}
            disabled={disabled}
            className={className}
            value={value}
            onChange={onChange}
          />
        ) : (
          <textarea
            {...props}
            ref={inputRef}
            rows={rows}
            disabled={disabled}
            className={className}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </FormField>
  );
}

/** The inline report form: a reason, sent to the moderators. */
export function ReportForm({
  id,
  what,
  headingLevel,
  onSubmit,
  onCancel,
}: {
  id: string;
  what: string;
  headingLevel: 2 | 3 | 4;
  onSubmit(reason: string): Promise<void>;
  onCancel(): void;
}) {
  const { d } = useDiscussionText();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError(d.required);
      ref.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(reason.trim());
    } catch (caught) {
      setError(fieldErrors(caught, d).reason ?? reasonText(caught, d));
      ref.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form report-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`}>
        {d.reportTitle}
        <span className="visually-hidden"> ({what})</span>
      </Heading>
      <FormField
        id={id}
        label={d.reportReasonLabel}
        description={d.reportReasonDescription}
        error={error}
      >
        {(props) => (
          <textarea
            {...props}
            ref={ref}
            rows={3}
            maxLength={500}
            className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </FormField>
      <div className="row">
        <Button type="submit" disabled={busy}>
          {d.sendReport}
        </Button>
        <Button appearance="secondary-action" onClick={onCancel}>
          {d.cancel}
        </Button>
      </div>
    </form>
  );
}
