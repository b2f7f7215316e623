import type { JobRole } from '../gql/graphql';
import { JOB_ROLES, type Language, LANGUAGE_NAMES, useLanguage } from '../i18n';
import { Choice, Fieldset, SelectField } from '../ui';

// Fields that completing a profile and editing it share.

/** The job role; `choose` adds an empty first option (nothing chosen yet). */
export function JobRoleField({
  value,
  onChange,
  error,
  choose,
}: {
  value: JobRole | '';
  onChange: (role: JobRole) => void;
  error?: string;
  choose?: string;
}) {
  const { t, lang } = useLanguage();
  return (
    <SelectField
      id="jobRole"
      label={t.jobRoleLabel}
      error={error}
      name="jobRole"
      value={value}
      onChange={(event) => onChange(event.target.value as JobRole)}
    >
      {choose !== undefined && <option value="">{choose}</option>}
      {Object.entries(JOB_ROLES[lang]).map(([role, text]) => (
        <option key={role} value={role}>
          {text}
        </option>
      ))}
    </SelectField>
  );
}

/** The member's language (the app's and their emails'), on completing and on editing a profile. */
export function LanguageFieldset({
  legend,
  description,
  error,
  value,
  onChange,
}: {
  legend: string;
  description?: string;
  error?: string;
  value: Language;
  onChange: (language: Language) => void;
}) {
  return (
    <Fieldset id="language" legend={legend} description={description} error={error}>
      {(['nl', 'en'] as const).map((code) => (
        <Choice
          key={code}
          type="radio"
          id={`language-${code}`}
          name="language"
          value={code}
          lang={code}
          label={LANGUAGE_NAMES[code]}
          checked={value === code}
          onChange={() => onChange(code)}
        />
      ))}
    </Fieldset>
  );
}
