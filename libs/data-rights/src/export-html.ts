import { escapeHtml as escape } from '@leerhuis/platform-html';

type Language = 'nl' | 'en';

const SECTION_TITLES: Record<string, Record<Language, string>> = {
  leerhuis: { nl: 'Over deze kopie', en: 'About this copy' },
  profile: { nl: 'Profiel en zichtbaarheid', en: 'Profile and visibility' },
  signIn: { nl: 'Inloggen en sessies', en: 'Sign-in and sessions' },
  communities: {
    nl: 'Community’s, lidmaatschappen en rollen',
    en: 'Communities, memberships and roles',
  },
  discussions: { nl: 'Discussies, reacties en meldingen', en: 'Discussions, replies and reports' },
  meetings: { nl: 'Bijeenkomsten en aanmeldingen', en: 'Meetings and RSVPs' },
  lessons: { nl: 'Lessen (oogst)', en: 'Lessons (harvest)' },
  boundarySpanner: {
    nl: 'Grenswerkersvragen en profielen',
    en: 'Boundary-spanner answers and profiles',
  },
  coffeeDates: { nl: 'Koffiedate', en: 'Koffiedate' },
  intervision: {
    nl: 'Intervisie (je eigen bijdragen)',
    en: 'Intervision (your own contributions)',
  },
  learningGroups: { nl: 'Leergroepen', en: 'Learning groups' },
  notifications: { nl: 'Meldingen en instellingen', en: 'Notifications and settings' },
  emails: { nl: 'E-mails aan jou', en: 'Emails sent to you' },
};

const EMPTY: Record<Language, string> = { nl: 'Niets opgeslagen.', en: 'Nothing stored.' };

function value(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) {
    return escape(v.join(', '));
  }
  if (typeof v === 'object') return `<code>${escape(JSON.stringify(v))}</code>`;
  return escape(String(v));
}

function table(rows: Record<string, unknown>[], language: Language): string {
  if (rows.length === 0) return `<p>${EMPTY[language]}</p>`;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const head = columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td>${value(r[c])}</td>`).join('')}</tr>`)
    .join('');
  // Scrolls inside its own box: the page itself never scrolls sideways on a phone.
  return `<div class="table-scroll" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function part(key: string, data: unknown, language: Language): string {
  const heading = `<h3>${escape(key)}</h3>`;
  if (Array.isArray(data)) return heading + table(data as Record<string, unknown>[], language);
  if (data && typeof data === 'object') {
    const entries = Object.entries(data as Record<string, unknown>);
    return `${heading}<dl>${entries.map(([k, v]) => `<dt>${escape(k)}</dt><dd>${value(v)}</dd>`).join('')}</dl>`;
  }
  return `${heading}<p>${data === null ? EMPTY[language] : value(data)}</p>`;
}

/** The readable page of an export: a section per lib, a table per kind of record. */
export function renderExportHtml(
  content: Record<string, Record<string, unknown>>,
  language: Language,
): string {
  return Object.entries(content)
    .map(([section, parts]) => {
      const title = SECTION_TITLES[section]?.[language] ?? section;
      const inner = Object.entries(parts)
        .map(([key, data]) => part(key, data, language))
        .join('');
      return `<section><h2>${escape(title)}</h2>${inner}</section>`;
    })
    .join('');
}
