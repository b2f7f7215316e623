import { type FormEvent, useState } from 'react';

import { useApiQuery } from '../../api-query';
import { CreateLearningGroupThreadDocument, LearningGroupThreadsDocument } from '../../gql/graphql';
import { ApiError, request } from '../../graphql-client';
import { Loaded } from '../../loaded';
import { MemberSentence } from '../../members/member-link';
import {
  Alert,
  Button,
  ErrorSummary,
  Heading,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui';
import { fieldMessage, firstPerField } from '../messages';
import { useSessionText } from './messages';

/** Rode draden of a leergroep: for its participants; they record new ones here. */
export function ThreadsSection({ learningGroupId }: { learningGroupId: string }) {
  const { s } = useSessionText();
  const [theme, setTheme] = useState('');
  const { data, failed, reload } = useApiQuery(LearningGroupThreadsDocument, {
    learningGroupId,
    theme: theme || null,
  });
  // The filter offers the themes seen unfiltered (kept while a filter is on).
  const [known, setKnown] = useState<string[]>([]);
  const themes = [
    ...new Set([...known, ...(data?.learningGroupThreads.nodes.flatMap((n) => n.themes) ?? [])]),
  ].sort();
  if (themes.length !== known.length) setKnown(themes);
  return (
    <section aria-labelledby="lg-threads" data-testid="threads">
      <Heading level={2} id="lg-threads">
        {s.threadsTitle}
      </Heading>
      {themes.length > 0 && (
        <SelectField
          id="threads-theme"
          label={s.threadsFilter}
          value={theme}
          onChange={(e) => setTheme(e.target.value)}
        >
          <option value="">{s.allThemes}</option>
          {themes.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </SelectField>
      )}
      <Loaded
        state={{ data, failed }}
        isEmpty={(data) => data.learningGroupThreads.nodes.length === 0}
        empty={s.threadsNone}
      >
        {(data) => (
          <ul className="utrecht-unordered-list">
            {data.learningGroupThreads.nodes.map((thread) => (
              <li key={thread.id} className="utrecht-unordered-list__item">
                <Heading level={3}>{thread.title}</Heading>
                {thread.body && <Paragraph>{thread.body}</Paragraph>}
                {thread.themes.length > 0 && (
                  <Paragraph>
                    {s.threadThemes}: {thread.themes.join(', ')}
                  </Paragraph>
                )}
                {thread.sessions.length > 0 && (
                  <Paragraph>
                    {s.linked(
                      thread.sessions
                        .map((x) => s.groupSession(x.groupNumber, x.sequence))
                        .join('; '),
                    )}
                  </Paragraph>
                )}
                {thread.author && (
                  <Paragraph>
                    <MemberSentence sentence={s.by} member={thread.author} />
                  </Paragraph>
                )}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      <ThreadForm learningGroupId={learningGroupId} onSaved={reload} />
    </section>
  );
}

function ThreadForm({
  learningGroupId,
  onSaved,
}: {
  learningGroupId: string;
  onSaved(): Promise<void>;
}) {
  const { s, t } = useSessionText();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [themes, setThemes] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await request(CreateLearningGroupThreadDocument, {
        input: {
          learningGroupId,
          title,
          body,
          themes: themes
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
        },
      });
      setError(null);
      setSaved(true);
      setTitle('');
      setBody('');
      setThemes('');
      await onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(t.genericError, 'UNKNOWN'));
    }
  }

  const message = (field: string) => fieldMessage(s, field, error?.fieldError(field));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="lg-new-thread">
      <Heading level={3} id="lg-new-thread">
        {s.newThread}
      </Heading>
      {error && (
        <ErrorSummary
          title={t.genericError}
          message={error.fields.length === 0 ? error.message : t.fixFields}
          items={firstPerField(error.fields).map((f) => ({
            target: `thread-${f.field}`,
            message: fieldMessage(s, f.field, f.message)!,
          }))}
        />
      )}
      {saved && <Alert type="ok">{s.threadSaved}</Alert>}
      <TextField
        id="thread-title"
        label={s.threadTitle}
        error={message('title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField
        id="thread-body"
        label={s.threadBody}
        error={message('body')}
        value={body}
        onChange={setBody}
      />
      <TextField
        id="thread-themes"
        label={s.threadThemes}
        description={s.threadThemesHint}
        error={message('themes')}
        value={themes}
        onChange={(e) => setThemes(e.target.value)}
      />
      <Button type="submit">{s.saveThread}</Button>
    </form>
  );
}
