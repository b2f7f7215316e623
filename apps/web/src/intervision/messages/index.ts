import { ApiError } from '../../graphql-client';
import { type Language, useLanguage } from '../../i18n';
import * as kase from './case';
import * as closing from './closing';
import * as groups from './groups';
import * as reasons from './reasons';

// Each part of intervision has its own messages (groups, case, moderation and closing, refusals);
// one dictionary per language merges them.

const nl = {
  ...groups.nl,
  ...kase.nl,
  ...closing.nl,
  ...reasons.nl,
};

type IntervisionMessages = typeof nl;

const en: IntervisionMessages = {
  ...groups.en,
  ...kase.en,
  ...closing.en,
  ...reasons.en,
};

const dictionaries: Record<Language, IntervisionMessages> = { nl, en };

export function useIntervisionText() {
  const { lang } = useLanguage();
  return { v: dictionaries[lang], lang };
}

/** The domain reason of a refused request in the UI's language. */
export function reasonText(caught: unknown, v: IntervisionMessages): string {
  if (caught instanceof ApiError) {
    const reason = caught.extensions.reason;
    if (typeof reason === 'string' && v.reasons[reason]) return v.reasons[reason];
  }
  return v.genericError;
}

export function formatWhen(value: string, lang: Language): string {
  return new Date(value).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });
}
