import { type FormEvent, useState } from 'react';

import { useApiQuery } from '../../api-query';
import {
  ApproveLearningGroupOutputDocument,
  CreateLearningGroupOutputDocument,
  type LearningGroupOutputItemFragment,
  LearningGroupOutputsDocument,
  type LearningGroupOutputType,
  PublishLearningGroupOutputDocument,
  UpdateLearningGroupOutputDocument,
} from '../../gql/graphql';
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
import { fieldMessage, firstPerField, formatSession } from '../messages';
import { useOutputText } from './messages';

type Output = LearningGroupOutputItemFragment;
interface Community {
  id: string;
  name: string;
}

const TYPES: LearningGroupOutputType[] = ['ARTICLE', 'LESSONS'];

function useApiError() {
  const { o, t } = useOutputText();
  const [error, setError] = useState<ApiError | null>(null);
  const fail = (e: unknown) =>
    setError(e instanceof ApiError ? e : new ApiError(t.genericError, 'UNKNOWN'));
  const reason = typeof error?.extensions.reason === 'string' ? error.extensions.reason : '';
  const message = error ? (o.errors[reason] ?? error.message) : null;
  return { error, setError, fail, message };
}

/**
 * A group's shared output (lessons or an article): write together, see every earlier version,
 * approve, publish into a CoP's harvest or the platform's shared lessons. Only the group's
 * members and the facilitator get here (the API refuses everyone else).
 */
export function GroupOutputs({
  learningGroupId,
  groupNumber,
}: {
  learningGroupId: string;
  groupNumber: number;
}) {
  const { o } = useOutputText();
  const { data, failed, reload } = useApiQuery(LearningGroupOutputsDocument, {
    learningGroupId,
    groupNumber,
  });
  const headingId = `lg-output-${groupNumber}`;
  return (
    <section aria-labelledby={headingId} data-testid={`output-${groupNumber}`}>
      <Heading level={4} id={headingId}>
        {o.title}
      </Heading>
      <Loaded state={{ data, failed }}>
        {(data) => (
          <>
            {data.learningGroupOutputs.length === 0 && <Paragraph>{o.none}</Paragraph>}
            {data.learningGroupOutputs.map((output) => (
              <OutputItem
                key={output.id}
                output={output}
                communities={data.communities.nodes}
                onChange={reload}
              />
            ))}
            <details>
              <summary>{o.newTitle}</summary>
              <OutputForm
                id={`new-output-${groupNumber}`}
                submitLabel={o.create}
                onSubmit={async (values) => {
                  await request(CreateLearningGroupOutputDocument, {
                    input: { learningGroupId, groupNumber, ...values },
                  });
                  await reload();
                }}
              />
            </details>
          </>
        )}
      </Loaded>
    </section>
  );
}

function OutputItem({
  output,
  communities,
  onChange,
}: {
  output: Output;
  communities: Community[];
  onChange(): Promise<void>;
}) {
  const { o, lang } = useOutputText();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [target, setTarget] = useState('');
  const { error, fail, setError, message } = useApiError();
  const id = `output-${output.id}`;

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      setError(null);
      await onChange();
    } catch (e) {
      fail(e);
    }
  }

  return (
    <article aria-labelledby={`${id}-title`} data-testid={id} className="lg-output">
      <p className="utrecht-paragraph" id={`${id}-title`}>
        <strong>
          {output.title} ({o.types[output.type]}, {o.version(output.version)})
        </strong>
      </p>
      {error && <Alert type="error">{message}</Alert>}
      {saved && <Alert type="ok">{o.saved}</Alert>}
      {/* Rendered safely by the API (as in discussions). */}
      <div className="post-body" dangerouslySetInnerHTML={{ __html: output.bodyHtml }} />
      {output.publishedAt ? (
        <Paragraph>{o.published(formatSession(output.publishedAt, lang))}</Paragraph>
      ) : (
        <>
          <Paragraph>
            <strong>{o.approvals}:</strong>{' '}
            {output.awaitingApprovalFrom.length ? (
              <MemberSentence sentence={o.waitingFor} member={output.awaitingApprovalFrom} />
            ) : (
              o.allApproved
            )}
          </Paragraph>
          {output.viewerCanApprove &&
            (output.viewerHasApproved ? (
              <Paragraph>{o.approved}</Paragraph>
            ) : (
              <Button
                appearance="secondary-action"
                onClick={() =>
                  void run(() =>
                    request(ApproveLearningGroupOutputDocument, {
                      input: { outputId: output.id, version: output.version },
                    }),
                  )
                }
              >
                {o.approve}
              </Button>
            ))}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void run(() =>
                request(PublishLearningGroupOutputDocument, {
                  input: { outputId: output.id, communityId: target || null },
                }),
              );
            }}
          >
            <SelectField
              id={`${id}-target`}
              label={o.publishTo}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            >
              <option value="">{o.platform}</option>
              {communities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            <Button type="submit">{o.publish}</Button>
          </form>
          <details open={editing} onToggle={(e) => setEditing(e.currentTarget.open)}>
            <summary>{o.edit}</summary>
            {editing && (
              <OutputForm
                id={`${id}-edit`}
                initial={output}
                submitLabel={o.save}
                onSubmit={async (values) => {
                  await request(UpdateLearningGroupOutputDocument, {
                    input: { outputId: output.id, version: output.version, ...values },
                  });
                  setSaved(true);
                  setEditing(false);
                  await onChange();
                }}
              />
            )}
          </details>
        </>
      )}
      <details>
        <summary>{o.history}</summary>
        {output.history.length === 0 ? (
          <Paragraph>{o.noHistory}</Paragraph>
        ) : (
          <ol className="utrecht-ordered-list">
            {output.history.map((h) => (
              <li key={h.version} className="utrecht-ordered-list__item">
                <strong>
                  {o.version(h.version)}: {h.previousTitle}
                </strong>
                <Paragraph>
                  <MemberSentence
                    sentence={(name) => o.editedBy(name, formatSession(h.editedAt, lang))}
                    member={h.editor}
                  />
                </Paragraph>
                <pre className="lg-output__previous">{h.previousBody}</pre>
              </li>
            ))}
          </ol>
        )}
      </details>
    </article>
  );
}

function OutputForm({
  id,
  initial,
  submitLabel,
  onSubmit,
}: {
  id: string;
  initial?: Pick<Output, 'type' | 'title' | 'body'>;
  submitLabel: string;
  onSubmit(values: { type: LearningGroupOutputType; title: string; body: string }): Promise<void>;
}) {
  const { o, t } = useOutputText();
  const [type, setType] = useState<LearningGroupOutputType>(initial?.type ?? 'ARTICLE');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const { error, fail, setError, message } = useApiError();

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await onSubmit({ type, title, body });
      setError(null);
      if (!initial) {
        setTitle('');
        setBody('');
      }
    } catch (e) {
      fail(e);
    }
  }

  const fieldError = (field: string) => fieldMessage(o, field, error?.fieldError(field));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {error && (
        <ErrorSummary
          title={t.genericError}
          message={error.fields.length === 0 ? (message ?? undefined) : t.fixFields}
          items={firstPerField(error.fields).map((f) => ({
            target: `${id}-${f.field}`,
            message: fieldMessage(o, f.field, f.message)!,
          }))}
        />
      )}
      <SelectField
        id={`${id}-type`}
        label={o.type}
        value={type}
        onChange={(e) => setType(e.target.value as LearningGroupOutputType)}
      >
        {TYPES.map((value) => (
          <option key={value} value={value}>
            {o.types[value]}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${id}-title`}
        label={o.titleField}
        error={fieldError('title')}
        value={title}
        required
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField
        id={`${id}-body`}
        label={o.body}
        error={fieldError('body')}
        value={body}
        onChange={setBody}
        rows={10}
        required
      />
      <Button type="submit">{submitLabel}</Button>
    </form>
  );
}
