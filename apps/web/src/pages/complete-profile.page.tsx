import { type FormEvent, useRef, useState } from 'react';

import { CompleteProfileDocument, type JobRole } from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { type Language, THEMES, useLanguage } from '../i18n';
import { JobRoleField, LanguageFieldset } from '../members/profile-fields';
import { Navigate, useRouter } from '../router';
import { useSession } from '../session';
import {
  Button,
  Choice,
  ErrorSummary,
  Fieldset,
  PageTitle,
  Paragraph,
  type SummaryItem,
  TextField,
} from '../ui';
import { type ChosenOrganisation, OrganisationPicker } from './organisation-picker';

type Field = 'name' | 'organisationId' | 'jobRole';

export function CompleteProfilePage() {
  const { t, lang } = useLanguage();
  const { viewer, reload } = useSession();
  const { navigate } = useRouter();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState<ChosenOrganisation | null>(null);
  const [jobRole, setJobRole] = useState<JobRole | ''>('');
  const [themes, setThemes] = useState<string[]>([]);
  const [language, setLanguage] = useState<Language>(lang);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<string | null>(null);
  // Just completed here: go home, not on to /profiel.
  const completed = useRef(false);

  if (viewer === undefined) return <Paragraph>{t.loading}</Paragraph>;
  if (viewer === null) return <Navigate to="/inloggen" />;
  // Completed already: the full profile is edited at /profiel.
  if (!viewer.needsProfile) return completed.current ? null : <Navigate to="/profiel" />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!name.trim()) missing.name = t.required;
    if (!organisation) missing.organisationId = t.organisationRequired;
    if (!jobRole) missing.jobRole = t.required;
    if (!organisation || !jobRole || Object.keys(missing).length > 0) {
      setErrors(missing);
      setSummary(t.fixFields);
      return;
    }
    setBusy(true);
    try {
      await request(CompleteProfileDocument, {
        input: { name: name.trim(), organisationId: organisation.id, jobRole, themes, language },
      });
      completed.current = true;
      await reload();
      navigate('/', { replace: true });
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'BAD_USER_INPUT' && caught.fields.length) {
        const fromApi: Partial<Record<Field, string>> = {};
        for (const field of caught.fields) {
          if (field.field === 'organisationId') fromApi.organisationId = t.organisationRequired;
          else if (field.field === 'name' || field.field === 'jobRole')
            fromApi[field.field] = field.message;
        }
        setErrors(fromApi);
        setSummary(t.fixFields);
      } else {
        setErrors({});
        setSummary(t.genericError);
      }
    } finally {
      setBusy(false);
    }
  }

  const items: SummaryItem[] = (['name', 'organisationId', 'jobRole'] as const)
    .filter((field) => errors[field])
    .map((field) => ({
      target: field === 'organisationId' ? 'organisation-search' : field,
      message: `${field === 'name' ? t.nameLabel : field === 'jobRole' ? t.jobRoleLabel : t.organisationLegend}: ${errors[field]}`,
    }));

  return (
    <>
      <PageTitle>{t.profileTitle}</PageTitle>
      {summary && <ErrorSummary title={t.errorSummaryTitle} message={summary} items={items} />}
      <Paragraph lead>{t.profileIntro}</Paragraph>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id="name"
          label={t.nameLabel}
          description={t.nameDescription}
          error={errors.name}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <OrganisationPicker
          value={organisation}
          onChange={setOrganisation}
          error={errors.organisationId}
        />
        <JobRoleField
          value={jobRole}
          onChange={setJobRole}
          error={errors.jobRole}
          choose={t.jobRoleChoose}
        />
        <Fieldset id="themes" legend={t.themesLegend} description={t.themesDescription}>
          {THEMES.map((theme, index) => (
            <Choice
              key={theme.value}
              type="checkbox"
              id={`theme-${index}`}
              name="themes"
              value={theme.value}
              label={lang === 'nl' ? theme.value : theme.en}
              checked={themes.includes(theme.value)}
              onChange={(checked) =>
                setThemes(
                  checked ? [...themes, theme.value] : themes.filter((v) => v !== theme.value),
                )
              }
            />
          ))}
        </Fieldset>
        <LanguageFieldset legend={t.languageLegend} value={language} onChange={setLanguage} />
        <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {t.saveProfile}
        </Button>
      </form>
    </>
  );
}
