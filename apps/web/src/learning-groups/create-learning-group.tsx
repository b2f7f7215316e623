import { type FormEvent, useState } from 'react';

import { useApiQuery } from '../api-query';
import { CreateLearningGroupDocument, FacilitatorCandidatesDocument } from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { Alert, Button, ErrorSummary, Heading, Paragraph, SelectField, TextField } from '../ui';
import { fieldMessage, firstPerField, useLearningGroupText } from './messages';

const FIELDS = [
  'name',
  'goal',
  'facilitatorId',
  'cohortStartsOn',
  'cohortEndsOn',
  'firstSessionAt',
  'location',
  'cadenceWeeks',
  'targetSize',
];

/** Platform admins open a leergroep for applications and appoint its facilitator. */
export function CreateLearningGroupForm({ onCreated }: { onCreated(): Promise<void> }) {
  const { l, t } = useLearningGroupText();
  const [values, setValues] = useState<Record<string, string>>({
    cadenceWeeks: '6',
    targetSize: '6',
  });
  const [search, setSearch] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState(false);
  const candidates = useApiQuery(
    FacilitatorCandidatesDocument,
    { search: search.trim() },
    { enabled: search.trim().length >= 2 },
  );
  const set = (field: string) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const fieldError = (field: string) => fieldMessage(l, field, error?.fieldError(field));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(false);
    if (!values.facilitatorId) {
      setError(
        new ApiError(t.genericError, 'BAD_USER_INPUT', [
          { field: 'facilitatorId', message: l.chooseFacilitator },
        ]),
      );
      return;
    }
    try {
      await request(CreateLearningGroupDocument, {
        input: {
          name: values.name ?? '',
          goal: values.goal || undefined,
          facilitatorId: values.facilitatorId,
          cohortStartsOn: values.cohortStartsOn ?? '',
          cohortEndsOn: values.cohortEndsOn ?? '',
          firstSessionAt: values.firstSessionAt ?? '',
          location: values.location || undefined,
          cadenceWeeks: Number(values.cadenceWeeks),
          targetSize: Number(values.targetSize),
        },
      });
      setError(null);
      setCreated(true);
      setValues({ cadenceWeeks: '6', targetSize: '6' });
      setSearch('');
      await onCreated();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(t.genericError, 'UNKNOWN'));
    }
  }

  const input = (field: string, label: string, type = 'text', description?: string) => (
    <TextField
      id={`lg-new-${field}`}
      label={label}
      description={description}
      error={fieldError(field)}
      type={type}
      value={values[field] ?? ''}
      onChange={(e) => set(field)(e.target.value)}
    />
  );

  const options = candidates.data?.members.nodes ?? [];
  return (
    <section aria-labelledby="lg-create">
      <Heading level={2} id="lg-create">
        {l.createTitle}
      </Heading>
      <Paragraph>{l.createIntro}</Paragraph>
      {created && (
        <Alert type="ok">
          <Paragraph>{l.created}</Paragraph>
        </Alert>
      )}
      {error && (
        <ErrorSummary
          title={t.genericError}
          message={error.fields.length === 0 ? error.message : t.fixFields}
          items={firstPerField(error.fields)
            .sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field))
            .map((f) => ({
              target: `lg-new-${f.field}`,
              message: fieldMessage(l, f.field, f.message)!,
            }))}
        />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        {input('name', l.groupName)}
        {input('goal', l.goalLabel)}
        <TextField
          id="lg-new-facilitator-search"
          label={l.facilitatorSearch}
          description={l.facilitatorSearchDescription}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField
          id="lg-new-facilitatorId"
          label={l.facilitator}
          error={fieldError('facilitatorId')}
          value={values.facilitatorId ?? ''}
          onChange={(e) => set('facilitatorId')(e.target.value)}
        >
          <option value="">{l.chooseFacilitator}</option>
          {options.map((m) => (
            <option key={m.id} value={m.id}>
              {m.organisation
                ? `${m.name} (${m.organisation.abbreviation ?? m.organisation.name})`
                : m.name}
            </option>
          ))}
        </SelectField>
        {input('cohortStartsOn', l.cohortStartsOn, 'date')}
        {input('cohortEndsOn', l.cohortEndsOn, 'date')}
        {input('firstSessionAt', l.firstSessionAt, 'datetime-local')}
        {input('location', l.location)}
        {input('cadenceWeeks', l.cadenceWeeks, 'number')}
        {input('targetSize', l.targetSize, 'number')}
        <Button type="submit">{l.create}</Button>
      </form>
    </section>
  );
}
