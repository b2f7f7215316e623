import { type Language, LANGUAGE_NAMES } from '../i18n';
import { Choice, Fieldset } from '../ui';

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
