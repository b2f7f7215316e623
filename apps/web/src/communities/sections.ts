import type { CommunitySection } from './messages';

/** Each section's URL below /communities/<slug> ('' is the overview); routes.tsx uses the same. */
export const SECTION_PATHS: Record<CommunitySection, string> = {
  overview: '',
  discussions: 'discussies',
  meetings: 'bijeenkomsten',
  harvest: 'oogst',
  members: 'leden',
  manage: 'beheer',
};

export const SECTIONS = Object.keys(SECTION_PATHS) as CommunitySection[];

export const communityPath = (slug: string, section: CommunitySection = 'overview') => {
  const base = `/communities/${encodeURIComponent(slug)}`;
  return SECTION_PATHS[section] ? `${base}/${SECTION_PATHS[section]}` : base;
};

/** The section a path shows (the overview when it is none of the others). */
export function sectionOf(path: string): CommunitySection {
  const last = path.replace(/\/+$/, '').split('/')[3] ?? '';
  return SECTIONS.find((s) => SECTION_PATHS[s] === last && s !== 'overview') ?? 'overview';
}
