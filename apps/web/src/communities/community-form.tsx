import { type FormEvent, useState } from 'react';

import type { JoinPolicy } from '../gql/graphql';
import { ApiError } from '../graphql-client';
import { THEMES } from '../i18n';
import {
  Button,
  Choice,
  ErrorSummary,
  Fieldset,
  FormField,
  type SummaryItem,
  TextField,
} from '../ui';
import { JOIN_POLICIES, useCommunityText } from './messages';
import { errorText } from './parts';

export interface CommunityValues {
  name: string;
  slug: string;
  goal: string;
  domain: string;
  centralQuestions: string;
  themes: string[];
  welcomeMessage: string;
  joinPolicy: JoinPolicy;
  startsOn: string;
  plannedEndOn: string;
}

type Field =
  | 'name'
  | 'slug'
  | 'goal'
  | 'domain'
  | 'startsOn'
  | 'plannedEndOn'
  | 'joinPolicy'
  | 'centralQuestions'
  | 'themes'
  | 'welcomeMessage';
const FIELDS: Field[] = [
  'name',
  'slug',
  'goal',
  'domain',
  'centralQuestions',
  'themes',
  'welcomeMessage',
  'joinPolicy',
  'startsOn',
  'plannedEndOn',
];

export const emptyCommunity = (): CommunityValues => ({
  name: '',
  slug: '',
  goal: '',
  domain: '',
  centralQuestions: '',
  themes: [],
  welcomeMessage: '',
  joinPolicy: 'OPEN' as JoinPolicy,
  startsOn: new Date().toISOString().slice(0, 10),
  plannedEndOn: '',
});

/** The CoP's details, for proposing and for editing; field errors come from the API. */
export function CommunityForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: CommunityValues;
  submitLabel: string;
  onSubmit(values: CommunityValues): Promise<void>;
  onCancel?(): void;
}) {
  const { t, c, lang } = useCommunityText();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof CommunityValues>(key: K, value: CommunityValues[K]) =>
    setValues((before) => ({ ...before, [key]: value }));

  const labels: Record<Field, string> = {
    name: c.nameLabel,
    slug: c.slugLabel,
    goal: c.goalLabel,
    domain: c.domainLabel,
    centralQuestions: c.questionsLabel,
    themes: c.themesLegend,
    welcomeMessage: c.welcomeLabel,
    joinPolicy: c.joinPolicyLegend,
    startsOn: c.startsOnLabel,
    plannedEndOn: c.plannedEndOnLabel,
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    for (const field of ['name', 'goal', 'domain', 'startsOn'] as const) {
      if (!values[field].trim()) missing[field] = t.required;
    }
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setSummary(t.fixFields);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (caught) {
      const fromApi: Partial<Record<Field, string>> = {};
      if (caught instanceof ApiError) {
        for (const { field, message } of caught.fields) {
          const known = FIELDS.find((f) => f === field.split('.')[0]);
          if (known) fromApi[known] = message;
        }
        const reason = caught.extensions.reason;
        if (reason === 'SLUG_TAKEN') fromApi.slug = c.reasons.SLUG_TAKEN;
        if (reason === 'END_BEFORE_START') fromApi.plannedEndOn = c.reasons.END_BEFORE_START;
      }
      setErrors(fromApi);
      setSummary(Object.keys(fromApi).length ? t.fixFields : errorText(caught, c, t.genericError));
    } finally {
      setBusy(false);
    }
  }

  const items: SummaryItem[] = FIELDS.filter((f) => errors[f]).map((f) => ({
    target: f === 'joinPolicy' ? 'joinPolicy' : f === 'themes' ? 'themes' : f,
    message: `${labels[f]}: ${errors[f]}`,
  }));

  const text = (
    field: 'name' | 'slug' | 'goal' | 'domain',
    description?: string,
    auto?: string,
  ) => (
    <TextField
      id={field}
      label={labels[field]}
      description={description}
      error={errors[field]}
      name={field}
      autoComplete={auto ?? 'off'}
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
    />
  );
  const area = (field: 'centralQuestions' | 'welcomeMessage', description: string) => (
    <FormField id={field} label={labels[field]} description={description} error={errors[field]}>
      {(props) => (
        <textarea
          {...props}
          name={field}
          rows={4}
          className={`utrecht-textarea utrecht-textarea--html-textarea${errors[field] ? ' utrecht-textarea--invalid' : ''}`}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </FormField>
  );
  const date = (field: 'startsOn' | 'plannedEndOn', description?: string) => (
    <TextField
      id={field}
      label={labels[field]}
      description={description}
      error={errors[field]}
      type="date"
      name={field}
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
    />
  );

  return (
    <>
      {summary && <ErrorSummary title={t.errorSummaryTitle} message={summary} items={items} />}
      <form onSubmit={submit} noValidate className="form">
        {text('name')}
        {text('slug', c.slugDescription)}
        {text('goal', c.goalDescription)}
        {text('domain', c.domainDescription)}
        {area('centralQuestions', c.questionsDescription)}
        <Fieldset id="themes" legend={c.themesLegend} error={errors.themes}>
          {THEMES.map((theme, index) => (
            <Choice
              key={theme.value}
              type="checkbox"
              id={`cop-theme-${index}`}
              name="themes"
              value={theme.value}
              label={lang === 'nl' ? theme.value : theme.en}
              checked={values.themes.includes(theme.value)}
              onChange={(checked) =>
                set(
                  'themes',
                  checked
                    ? [...values.themes, theme.value]
                    : values.themes.filter((v) => v !== theme.value),
                )
              }
            />
          ))}
        </Fieldset>
        {area('welcomeMessage', c.welcomeDescription)}
        <Fieldset id="joinPolicy" legend={c.joinPolicyLegend} error={errors.joinPolicy}>
          {JOIN_POLICIES.map((policy) => (
            <Choice
              key={policy}
              type="radio"
              id={`joinPolicy-${policy}`}
              name="joinPolicy"
              value={policy}
              label={`${c.policies[policy]} — ${c.policyDescriptions[policy]}`}
              checked={values.joinPolicy === policy}
              onChange={() => set('joinPolicy', policy)}
            />
          ))}
        </Fieldset>
        {date('startsOn')}
        {date('plannedEndOn', c.plannedEndOnDescription)}
        <div className="row">
          <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button appearance="secondary-action" onClick={onCancel}>
              {c.cancel}
            </Button>
          )}
        </div>
      </form>
    </>
  );
}

/** The form's values as the API's input fields (empty optional fields left out). */
export function toInput(values: CommunityValues) {
  return {
    name: values.name.trim(),
    goal: values.goal.trim(),
    domain: values.domain.trim(),
    centralQuestions: values.centralQuestions
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    themes: values.themes,
    welcomeMessage: values.welcomeMessage.trim(),
    joinPolicy: values.joinPolicy,
    startsOn: values.startsOn,
    ...(values.slug.trim() ? { slug: values.slug.trim() } : {}),
    ...(values.plannedEndOn ? { plannedEndOn: values.plannedEndOn } : {}),
  };
}
