import { type FormEvent, useEffect, useRef, useState } from 'react';

import {
  SubmitLearningGroupReflectionDocument,
  UpdateLearningGroupReflectionDocument,
} from '../../gql/graphql';
import { ApiError, request } from '../../graphql-client';
import { MemberLink } from '../../members/member-link';
import { Alert, Button, ErrorSummary, Paragraph, TextAreaField } from '../../ui';
import { fieldMessage, firstPerField } from '../messages';
import type { Session } from './group-sessions';
import { useSessionText } from './messages';

/** The facilitator's view of a session's reflections: every member's answers together. */
export function ReflectionsOverview({ id, session }: { id: string; session: Session }) {
  const { s } = useSessionText();
  if (new Date(session.startsAt).getTime() > Date.now() && session.reflections.length === 0)
    return null;
  return (
    <details data-testid={`${id}-reflections`}>
      <summary>
        {s.reflectionsTitle} ({session.reflections.length})
      </summary>
      {session.reflections.length === 0 ? (
        <Paragraph>{s.noReflections}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {session.reflections.map((r, i) => (
            <li key={r.member?.id ?? i} className="utrecht-unordered-list__item">
              <strong>{r.member && <MemberLink id={r.member.id} name={r.member.name} />}</strong>
              <dl>
                <dt>{s.happened}</dt>
                <dd>{r.happened}</dd>
                <dt>{s.yielded}</dt>
                <dd>{r.yielded}</dd>
                <dt>{s.adjust}</dt>
                <dd>{r.adjust}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** A member's reflection on a past session: submitted once, then edited (the email links here). */
export function ReflectionForm({
  id,
  session,
  onSaved,
}: {
  id: string;
  session: Session;
  onSaved(): Promise<void>;
}) {
  const { s, t } = useSessionText();
  const own = session.reflections[0];
  const [happened, setHappened] = useState(own?.happened ?? '');
  const [yielded, setYielded] = useState(own?.yielded ?? '');
  const [adjust, setAdjust] = useState(own?.adjust ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const anchor = `reflectie-${session.id}`;
  const ref = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (window.location.hash === `#${anchor}`) ref.current?.scrollIntoView();
  }, [anchor]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = { sessionId: session.id, happened, yielded, adjust };
    try {
      if (own) await request(UpdateLearningGroupReflectionDocument, { input });
      else await request(SubmitLearningGroupReflectionDocument, { input });
      setError(null);
      setSaved(true);
      await onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(t.genericError, 'UNKNOWN'));
    }
  }

  const message = (field: string) => fieldMessage(s, field, error?.fieldError(field));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <fieldset
        id={anchor}
        ref={ref}
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {s.reflection}
        </legend>
        <Paragraph>{s.reflectionIntro}</Paragraph>
        {error && (
          <ErrorSummary
            title={t.genericError}
            message={error.fields.length === 0 ? error.message : t.fixFields}
            items={firstPerField(error.fields).map((f) => ({
              target: `${id}-${f.field}`,
              message: fieldMessage(s, f.field, f.message)!,
            }))}
          />
        )}
        {saved && <Alert type="ok">{s.reflectionSaved}</Alert>}
        <TextAreaField
          id={`${id}-happened`}
          label={s.happened}
          error={message('happened')}
          value={happened}
          onChange={setHappened}
          rows={3}
        />
        <TextAreaField
          id={`${id}-yielded`}
          label={s.yielded}
          error={message('yielded')}
          value={yielded}
          onChange={setYielded}
          rows={3}
        />
        <TextAreaField
          id={`${id}-adjust`}
          label={s.adjust}
          error={message('adjust')}
          value={adjust}
          onChange={setAdjust}
          rows={3}
        />
      </fieldset>
      <Button type="submit">{own ? s.updateReflection : s.submitReflection}</Button>
    </form>
  );
}
