import { type FormEvent, useState } from 'react';

import { useApiQuery } from '../api-query';
import {
  CommunityHarvestDocument,
  DeleteLessonDocument,
  type HarvestAudience,
  HarvestLessonDocument,
  type HarvestLessonItemFragment,
  type LessonType,
  UpdateLessonDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { Loaded } from '../loaded';
import { formatDay } from '../meetings/messages';
import { PlainText } from '../meetings/parts';
import { MemberLink, MemberLinks } from '../members/member-link';
import { Link } from '../router';
import {
  Alert,
  Button,
  Choice,
  ErrorSummary,
  Fieldset,
  Heading,
  Paragraph,
  SelectField,
  type SummaryItem,
  TextAreaField,
  TextField,
} from '../ui';
import { AUDIENCES, LESSON_TYPES, useHarvestText } from './messages';

type Notice = { type: 'ok' | 'error'; text: string };

/** The CoP page's "Oogst": lessons, recording one, and editing or deleting your own. */
export function CommunityHarvest({
  communityId,
  isMember,
}: {
  communityId: string;
  isMember: boolean;
}) {
  const { h, t } = useHarvestText();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const {
    data: lessons,
    failed,
    reload: load,
  } = useApiQuery(
    CommunityHarvestDocument,
    { communityId, first: 50 },
    { select: (data) => data.harvest.nodes },
  );

  async function remove(lesson: HarvestLessonItemFragment) {
    if (!window.confirm(h.removeConfirm(lesson.title))) return;
    try {
      await request(DeleteLessonDocument, { input: { lessonId: lesson.id } });
      setNotice({ type: 'ok', text: h.removed(lesson.title) });
    } catch {
      setNotice({ type: 'error', text: t.genericError });
    }
    await load();
  }

  return (
    <section aria-labelledby="part-harvest" data-testid="part-harvest">
      <Heading level={2} id="part-harvest">
        {h.harvest}
      </Heading>
      <Paragraph>{h.intro}</Paragraph>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {/* An outsider's query fails: for them the harvest is for members only. */}
      <Loaded
        state={{ data: lessons, failed }}
        failedText={isMember ? undefined : h.membersOnly}
        isEmpty={(list) => list.length === 0}
        empty={isMember ? h.none : h.membersOnly}
      >
        {(lessons) => (
          <ul className="plain-list lesson-list">
            {lessons.map((lesson) =>
              editing === lesson.id ? (
                <li key={lesson.id} className="community-card">
                  <LessonForm
                    idPrefix={`edit-${lesson.id}`}
                    heading={h.editTitle(lesson.title)}
                    initial={valuesOf(lesson)}
                    submitLabel={h.save}
                    onCancel={() => setEditing(null)}
                    onSubmit={async (values) => {
                      await request(UpdateLessonDocument, {
                        input: {
                          lessonId: lesson.id,
                          ...toInput(values),
                          occurredOn: values.occurredOn || null,
                        },
                      });
                      setEditing(null);
                      setNotice({ type: 'ok', text: h.saved });
                      await load();
                    }}
                  />
                </li>
              ) : (
                <LessonCard
                  key={lesson.id}
                  lesson={lesson}
                  onEdit={() => setEditing(lesson.id)}
                  onDelete={() => void remove(lesson)}
                />
              ),
            )}
          </ul>
        )}
      </Loaded>
      {isMember && (
        <LessonForm
          idPrefix="lesson"
          heading={h.record}
          initial={EMPTY}
          submitLabel={h.recordButton}
          resetAfterSubmit
          onSubmit={async (values) => {
            const { harvestLesson } = await request(HarvestLessonDocument, {
              input: { communityId, ...toInput(values) },
            });
            setNotice({ type: 'ok', text: h.recorded(harvestLesson.title) });
            await load();
          }}
        />
      )}
    </section>
  );
}

function LessonCard({
  lesson,
  onEdit,
  onDelete,
}: {
  lesson: HarvestLessonItemFragment;
  onEdit(): void;
  onDelete(): void;
}) {
  const { h, lang } = useHarvestText();
  return (
    <li className="community-card" data-testid="lesson">
      <Heading level={3}>
        <Link href={`/oogst/${encodeURIComponent(lesson.id)}`} className="nl-link">
          {lesson.title}
        </Link>
      </Heading>
      <p className="community-card__badges">
        <span className="badge badge--accent">{h.types[lesson.type]}</span>
        <span className="badge">{h.audiences[lesson.audience]}</span>
      </p>
      <PlainText text={lesson.description} />
      <dl className="facts">
        <dt>{h.author}</dt>
        <dd>
          {lesson.author ? (
            <MemberLink id={lesson.author.id} name={lesson.author.name} />
          ) : (
            h.formerMember
          )}
        </dd>
        {lesson.contributors.length > 0 && (
          <>
            <dt>{h.contributors}</dt>
            <dd>
              <MemberLinks members={lesson.contributors} />
            </dd>
          </>
        )}
        {lesson.occurredOn && (
          <>
            <dt>{h.occurredOn}</dt>
            <dd>{formatDay(lesson.occurredOn, lang)}</dd>
          </>
        )}
      </dl>
      {lesson.viewerCanEdit && (
        <div className="row">
          <Button appearance="secondary-action" onClick={onEdit}>
            {h.editShort}
            <span className="visually-hidden"> ({lesson.title})</span>
          </Button>
          <Button appearance="subtle" onClick={onDelete}>
            {h.remove}
            <span className="visually-hidden"> ({lesson.title})</span>
          </Button>
        </div>
      )}
    </li>
  );
}

interface Values {
  title: string;
  description: string;
  type: LessonType | '';
  audience: HarvestAudience;
  occurredOn: string;
}

const EMPTY: Values = {
  title: '',
  description: '',
  type: '',
  audience: 'MEMBERS' as HarvestAudience,
  occurredOn: '',
};

type Field = keyof Values;

function valuesOf(lesson: HarvestLessonItemFragment): Values {
  return {
    title: lesson.title,
    description: lesson.description,
    type: lesson.type,
    audience: lesson.audience,
    occurredOn: lesson.occurredOn ?? '',
  };
}

function toInput(values: Values) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    type: values.type as LessonType,
    audience: values.audience,
    ...(values.occurredOn ? { occurredOn: values.occurredOn } : {}),
  };
}

function LessonForm({
  idPrefix,
  heading,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  resetAfterSubmit,
}: {
  idPrefix: string;
  heading: string;
  initial: Values;
  submitLabel: string;
  onSubmit(values: Values): Promise<void>;
  onCancel?(): void;
  resetAfterSubmit?: boolean;
}) {
  const { h, t } = useHarvestText();
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (field: Field) => `${idPrefix}-${field}`;
  const headingId = `${idPrefix}-heading`;
  const labels: Record<Field, string> = {
    title: h.titleLabel,
    description: h.descriptionLabel,
    type: h.typeLabel,
    audience: h.audienceLegend,
    occurredOn: h.occurredOnLabel,
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const found: Partial<Record<Field, string>> = {};
    if (!values.title.trim()) found.title = t.required;
    if (!values.description.trim()) found.description = t.required;
    if (!values.type) found.type = h.fieldErrors.type;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSubmit(values);
      if (resetAfterSubmit) setValues(EMPTY);
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields.length > 0) {
        const fromApi: Partial<Record<Field, string>> = {};
        for (const { field, message } of caught.fields) {
          if (field in labels) fromApi[field as Field] = h.fieldErrors[field] ?? message;
        }
        setErrors(fromApi);
        if (Object.keys(fromApi).length === 0) setFailure(caught.message);
      } else {
        setFailure(t.genericError);
      }
    } finally {
      setBusy(false);
    }
  }

  const items: SummaryItem[] = (Object.keys(errors) as Field[]).map((field) => ({
    target: id(field),
    message: `${labels[field]}: ${errors[field]}`,
  }));

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {heading}
      </Heading>
      <Paragraph>{h.recordIntro}</Paragraph>
      {(items.length > 0 || failure) && (
        <ErrorSummary title={t.errorSummaryTitle} message={failure ?? t.fixFields} items={items} />
      )}
      <TextField
        id={id('title')}
        label={h.titleLabel}
        error={errors.title}
        value={values.title}
        onChange={(event) => setValues({ ...values, title: event.target.value })}
      />
      <TextAreaField
        id={id('description')}
        label={h.descriptionLabel}
        description={h.descriptionDescription}
        error={errors.description}
        value={values.description}
        onChange={(value) => setValues({ ...values, description: value })}
      />
      <SelectField
        id={id('type')}
        label={h.typeLabel}
        error={errors.type}
        value={values.type}
        onChange={(event) => setValues({ ...values, type: event.target.value as LessonType })}
      >
        <option value="">{h.typeChoose}</option>
        {LESSON_TYPES.map((type) => (
          <option key={type} value={type}>
            {h.types[type]}
          </option>
        ))}
      </SelectField>
      <Fieldset id={id('audience')} legend={h.audienceLegend} error={errors.audience}>
        {AUDIENCES.map((audience) => (
          <Choice
            key={audience}
            type="radio"
            id={`${id('audience')}-${audience}`}
            name={id('audience')}
            value={audience}
            label={`${h.audiences[audience]} — ${h.audienceDescriptions[audience]}`}
            checked={values.audience === audience}
            onChange={(checked) => checked && setValues({ ...values, audience })}
          />
        ))}
      </Fieldset>
      <TextField
        id={id('occurredOn')}
        label={h.occurredOnLabel}
        description={h.occurredOnDescription}
        error={errors.occurredOn}
        type="date"
        value={values.occurredOn}
        onChange={(event) => setValues({ ...values, occurredOn: event.target.value })}
      />
      <div className="row">
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button appearance="secondary-action" onClick={onCancel}>
            {h.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}
