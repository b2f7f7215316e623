import type { CommunityPhase, CommunityRole, JoinPolicy } from '../../gql/graphql';
import { type Language, useLanguage } from '../../i18n';
import * as community from './community';
import * as discover from './discover';
import * as invitation from './invitation';
import * as manage from './manage';
import * as propose from './propose';
import * as vocabulary from './vocabulary';

/** The lifecycle in its order (domain.md): preparation … closing or handover. */
export const PHASES: CommunityPhase[] = [
  'PREPARATION',
  'CONNECTION_AND_TRUST',
  'DEEPENING',
  'OWNERSHIP',
  'HARVEST',
  'ANCHORING',
  'CLOSED',
] as CommunityPhase[];

export const JOIN_POLICIES: JoinPolicy[] = [
  'OPEN',
  'ON_REQUEST',
  'INVITE_ONLY',
  'HIDDEN',
] as JoinPolicy[];

export type { CommunitySection } from './community';

export const ROLES: CommunityRole[] = ['COORDINATOR', 'MODERATOR', 'MEMBER'] as CommunityRole[];

// Each part of communities has its own messages; one dictionary per language merges them.

const nl = {
  ...discover.nl,
  ...community.nl,
  ...manage.nl,
  ...propose.nl,
  ...invitation.nl,
  ...vocabulary.nl,
};

export type CommunityMessages = typeof nl;

const en: CommunityMessages = {
  ...discover.en,
  ...community.en,
  ...manage.en,
  ...propose.en,
  ...invitation.en,
  ...vocabulary.en,
};

const dictionaries: Record<Language, CommunityMessages> = { nl, en };

export function useCommunityText() {
  const { lang, t } = useLanguage();
  return { c: dictionaries[lang], t, lang };
}

/** A date(-time) as a Dutch or English reader expects it. */
export function formatDate(value: string, lang: Language): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return date.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
