import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    placedSubject: (name: string) => `Je bent ingedeeld in de leergroep ${name}`,
    placed: (name: string, n: number) =>
      `De begeleider heeft de leergroep ${name} samengesteld. Je zit in groep ${n}, met:`,
    schedule: (when: string, weeks: number) =>
      `De eerste bijeenkomst is op ${when}; daarna elke ${weeks} weken. De bijlage zet de hele reeks in je agenda.`,
    notPlacedSubject: (name: string) => `Leergroep ${name}: geen plek deze keer`,
    notPlaced: (name: string) =>
      `De leergroep ${name} is samengesteld, maar er was deze keer geen plek voor je. De begeleider neemt je aanmelding mee voor een volgende ronde.`,
    facilitatorSubject: (name: string) => `Samenstelling bevestigd: ${name}`,
    facilitator: (name: string, groups: number) =>
      `Je hebt de samenstelling van ${name} bevestigd: ${groups} groep(en). Iedereen die zich aanmeldde heeft bericht gekregen; de bijlagen bevatten de reeks per groep.`,
    group: (n: number) => `Groep ${n}`,
    title: (name: string, n: number) => `${name}, groep ${n}`,
    action: 'Bekijk de leergroep',
    reason: 'Je krijgt deze mail omdat je je aanmeldde voor deze leergroep in Leerhuis.',
    facilitatorReason: 'Je krijgt deze mail omdat je begeleider bent van deze leergroep.',
  },
  en: {
    placedSubject: (name: string) => `You have a place in the learning group ${name}`,
    placed: (name: string, n: number) =>
      `The facilitator has composed the learning group ${name}. You are in group ${n}, with:`,
    schedule: (when: string, weeks: number) =>
      `The first session is on ${when} (Amsterdam time); then every ${weeks} weeks. The attachment adds the series to your calendar.`,
    notPlacedSubject: (name: string) => `Learning group ${name}: no place this time`,
    notPlaced: (name: string) =>
      `The learning group ${name} has been composed, but there was no place for you this time. The facilitator keeps your application for a next round.`,
    facilitatorSubject: (name: string) => `Composition confirmed: ${name}`,
    facilitator: (name: string, groups: number) =>
      `You confirmed the composition of ${name}: ${groups} group(s). Everyone who applied has been told; the attachments hold each group's series.`,
    group: (n: number) => `Group ${n}`,
    title: (name: string, n: number) => `${name}, group ${n}`,
    action: 'View the learning group',
    reason: 'You receive this email because you applied to this learning group on Leerhuis.',
    facilitatorReason: 'You receive this email because you facilitate this learning group.',
  },
};

/** `YYYY-MM-DDTHH:mm` (Amsterdam wall clock) as "maandag 2 maart 2026 10:00". */
function describeLocal(local: string, language: Language): string {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number);
  const day = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, mo - 1, d)));
  return `${day} ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

/** The leergroep as its composition emails name and link it. */
export interface LearningGroupRef {
  publicUrl: string;
  id: string;
  name: string;
}

const groupUrl = (group: LearningGroupRef) => `${group.publicUrl}/leergroepen/${group.id}`;

/** The calendar series' title of group `number` (the .ics is in Dutch for everyone). */
export const learningGroupSeriesTitle = (name: string, number: number) =>
  TEXT.nl.title(name, number);

/** To a placed member: your group, who is in it, and when it first meets. */
export function learningGroupPlacedEmail(
  data: {
    group: LearningGroupRef;
    groupNumber: number;
    /** The other members' names. */
    others: string[];
    /** The group's first session, `YYYY-MM-DDTHH:mm` Amsterdam time. */
    firstSessionLocal: string;
    cadenceWeeks: number;
  },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const subject = t.placedSubject(data.group.name);
  return rendered(subject, {
    language,
    title: subject,
    paragraphs: [
      t.placed(data.group.name, data.groupNumber),
      data.others.join(', '),
      t.schedule(describeLocal(data.firstSessionLocal, language), data.cadenceWeeks),
    ],
    action: { label: t.action, url: groupUrl(data.group) },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.group.publicUrl),
  });
}

/** To an applicant without a place this time. */
export function learningGroupNotPlacedEmail(
  data: { group: LearningGroupRef },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const subject = t.notPlacedSubject(data.group.name);
  return rendered(subject, {
    language,
    title: subject,
    paragraphs: [t.notPlaced(data.group.name)],
    action: { label: t.action, url: groupUrl(data.group) },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.group.publicUrl),
  });
}

/** To the facilitator: the composition they confirmed, group by group. */
export function learningGroupComposedEmail(
  data: { group: LearningGroupRef; groups: { number: number; names: string[] }[] },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const subject = t.facilitatorSubject(data.group.name);
  return rendered(subject, {
    language,
    title: subject,
    paragraphs: [
      t.facilitator(data.group.name, data.groups.length),
      ...data.groups.map((g) => `${t.group(g.number)}: ${g.names.join(', ')}`),
    ],
    action: { label: t.action, url: groupUrl(data.group) },
    reason: t.facilitatorReason,
    settingsUrl: notificationSettingsUrl(data.group.publicUrl),
  });
}
