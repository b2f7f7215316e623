import type { FieldError } from '@leerhuis/platform-graphql';

import { BOUNDARY_SPANNER_STYLES, BoundarySpannerStyle, isBoundarySpannerStyle } from './style';

/** One statement of the questionnaire, in Dutch and English. */
export interface QuestionnaireItem {
  /** Unique within a version; answers refer to it. */
  key: string;
  style: BoundarySpannerStyle;
  /** Agreeing counts against the style (scored 6 − answer). */
  reverse: boolean;
  text: { nl: string; en: string };
}

export const MIN_ITEMS_PER_STYLE = 4;
export const MAX_ITEMS = 120;
const KEY = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Checks a new version's items: at least four per style, both languages, unique keys.
 * Returns every problem as a field error (empty when valid).
 */
export function validateQuestionnaireItems(
  items: readonly {
    key?: string | null;
    style?: string | null;
    reverse?: boolean | null;
    nl?: string | null;
    en?: string | null;
  }[],
): FieldError[] {
  const errors: FieldError[] = [];
  if (items.length > MAX_ITEMS) {
    errors.push({ field: 'items', message: `At most ${MAX_ITEMS} statements.` });
  }
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const at = `items[${index}]`;
    const key = item.key?.trim() ?? '';
    if (!KEY.test(key)) {
      errors.push({
        field: `${at}.key`,
        message: 'Use 1–63 lowercase letters, digits and hyphens.',
      });
    } else if (seen.has(key)) {
      errors.push({ field: `${at}.key`, message: `The key "${key}" is used twice.` });
    }
    seen.add(key);
    if (!isBoundarySpannerStyle(item.style)) {
      errors.push({ field: `${at}.style`, message: 'Unknown style.' });
    }
    for (const locale of ['nl', 'en'] as const) {
      const text = item[locale]?.trim() ?? '';
      if (text.length < 10 || text.length > 300) {
        errors.push({
          field: `${at}.${locale}`,
          message: `The ${locale === 'nl' ? 'Dutch' : 'English'} statement needs 10–300 characters.`,
        });
      }
    }
  });
  for (const style of BOUNDARY_SPANNER_STYLES) {
    const count = items.filter((item) => item.style === style).length;
    if (count < MIN_ITEMS_PER_STYLE) {
      errors.push({
        field: 'items',
        message: `At least ${MIN_ITEMS_PER_STYLE} statements for ${style} (now ${count}).`,
      });
    }
  }
  return errors;
}

/** The items as stored, once valid. */
export function normaliseItems(
  items: readonly {
    key: string;
    style: string;
    reverse?: boolean | null;
    nl: string;
    en: string;
  }[],
): QuestionnaireItem[] {
  return items.map((item) => ({
    key: item.key.trim(),
    style: item.style as BoundarySpannerStyle,
    reverse: Boolean(item.reverse),
    text: { nl: item.nl.trim(), en: item.en.trim() },
  }));
}
