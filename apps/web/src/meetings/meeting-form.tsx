import { type FormEvent, useState } from 'react';

import { ApiError } from '../graphql-client';
import {
  Button,
  ErrorSummary,
  FormField,
  Heading,
  Paragraph,
  type SummaryItem,
  TextField,
} from '../ui';
import { useMeetingText } from './messages';

/** The form's values: local Amsterdam date and times, as the inputs hold them. */
export interface MeetingValues {
  title: string;
  date: string;
  start: string;
  end: string;
  address: string;
  onlineUrl: string;
  agenda: string;
  capacity: string;
}

export const EMPTY_MEETING: MeetingValues = {
  title: '',
  date: '',
  start: '',
  end: '',
  address: '',
  onlineUrl: '',
  agenda: '',
  capacity: '',
};

type Field = keyof MeetingValues;

/** Which form field shows an error the API reports for one of its input fields. */
const FIELD_OF: Record<string, Field> = {
  title: 'title',
  startsAt: 'start',
  endsAt: 'end',
  address: 'address',
  onlineUrl: 'onlineUrl',
  agenda: 'agenda',
  capacity: 'capacity',
};

const LABEL_KEY: Record<Field, keyof ReturnType<typeof useMeetingText>['m']> = {
  title: 'titleLabel',
  date: 'dateLabel',
  start: 'startLabel',
  end: 'endLabel',
  address: 'addressLabel',
  onlineUrl: 'onlineUrlLabel',
  agenda: 'agendaLabel',
  capacity: 'capacityLabel',
};

/** The API's input fields from the form's values (both times on the chosen day). */
export function meetingInput(values: MeetingValues) {
  return {
    title: values.title.trim(),
    startsAt: `${values.date}T${values.start}`,
    endsAt: `${values.date}T${values.end}`,
    address: values.address.trim() || null,
    onlineUrl: values.onlineUrl.trim() || null,
    agenda: values.agenda,
    capacity: values.capacity.trim() ? Number(values.capacity.trim()) : null,
  };
}

/**
 * Scheduling and changing a meeting: one form, checked here first and then by the API, whose
 * field errors land on the matching inputs. `onSubmit` throws the API's error.
 */
export function MeetingForm({
  id: formId,
  headingLevel = 3,
  title,
  intro,
  submitLabel,
  initial,
  capacityDescription,
  onSubmit,
  onCancel,
}: {
  id: string;
  headingLevel?: 2 | 3;
  title: string;
  intro: string;
  submitLabel: string;
  initial: MeetingValues;
  capacityDescription?: string;
  onSubmit(values: MeetingValues): Promise<void>;
  onCancel?(): void;
}) {
  const { m, t } = useMeetingText();
  const [values, setValues] = useState<MeetingValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (field: Field) => `${formId}-${field}`;
  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!values.title.trim()) found.title = t.required;
    if (!values.date) found.date = t.required;
    if (!values.start) found.start = t.required;
    if (!values.end) found.end = t.required;
    if (Boolean(values.address.trim()) === Boolean(values.onlineUrl.trim())) {
      found.address = m.placeRequired;
    }
    const capacity = values.capacity.trim();
    if (capacity && !/^\d+$/.test(capacity)) found.capacity = m.fieldErrors.capacity;
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSubmit(values);
      if (initial === EMPTY_MEETING) setValues(EMPTY_MEETING);
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields.length > 0) {
        const fromApi: Partial<Record<Field, string>> = {};
        for (const { field, message } of caught.fields) {
          const target = FIELD_OF[field];
          if (target && !fromApi[target]) {
            fromApi[target] =
              caught.extensions.reason === 'CAPACITY_BELOW_GOING'
                ? m.capacityBelowGoing
                : (m.fieldErrors[field] ?? message);
          }
        }
        setErrors(fromApi);
        if (Object.keys(fromApi).length === 0) setFailure(caught.message);
      } else if (caught instanceof ApiError && caught.code !== 'INTERNAL_SERVER_ERROR') {
        setFailure(caught.message);
      } else {
        setFailure(t.genericError);
      }
    } finally {
      setBusy(false);
    }
  }

  const items: SummaryItem[] = (Object.keys(errors) as Field[]).map((field) => ({
    target: id(field),
    message: `${String(m[LABEL_KEY[field]])}: ${errors[field]}`,
  }));

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby={formId}>
      <Heading level={headingLevel} id={formId}>
        {title}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      {(items.length > 0 || failure) && (
        <ErrorSummary title={t.errorSummaryTitle} message={failure ?? t.fixFields} items={items} />
      )}
      <TextField
        id={id('title')}
        label={m.titleLabel}
        error={errors.title}
        value={values.title}
        onChange={set('title')}
      />
      <div className="row row--end">
        <TextField
          id={id('date')}
          label={m.dateLabel}
          error={errors.date}
          type="date"
          value={values.date}
          onChange={set('date')}
        />
        <TextField
          id={id('start')}
          label={m.startLabel}
          error={errors.start}
          type="time"
          value={values.start}
          onChange={set('start')}
        />
        <TextField
          id={id('end')}
          label={m.endLabel}
          error={errors.end}
          type="time"
          value={values.end}
          onChange={set('end')}
        />
      </div>
      <TextField
        id={id('address')}
        label={m.addressLabel}
        description={m.addressDescription}
        error={errors.address}
        autoComplete="off"
        value={values.address}
        onChange={set('address')}
      />
      <TextField
        id={id('onlineUrl')}
        label={m.onlineUrlLabel}
        description={m.onlineUrlDescription}
        error={errors.onlineUrl}
        type="url"
        value={values.onlineUrl}
        onChange={set('onlineUrl')}
      />
      <FormField
        id={id('agenda')}
        label={m.agendaLabel}
        description={m.agendaDescription}
        error={errors.agenda}
      >
        {(props) => (
          <textarea
            {...props}
            rows={4}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            value={values.agenda}
            onChange={set('agenda')}
          />
        )}
      </FormField>
      <TextField
        id={id('capacity')}
        label={m.capacityLabel}
        description={capacityDescription ?? m.capacityDescription}
        error={errors.capacity}
        inputMode="numeric"
        value={values.capacity}
        onChange={set('capacity')}
      />
      <div className="row">
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" appearance="secondary-action" onClick={onCancel}>
            {m.editClose}
          </Button>
        )}
      </div>
    </form>
  );
}
