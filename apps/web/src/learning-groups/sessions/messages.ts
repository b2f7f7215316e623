// Strings of a leergroep's sessions, Dutch and English.
import type { LearningGroupAttendanceStatus } from '../../gql/graphql';
import { type Language, useLanguage } from '../../i18n';

export const ATTENDANCE: LearningGroupAttendanceStatus[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

const nl = {
  title: 'Bijeenkomsten',
  none: 'Er zijn nog geen bijeenkomsten.',
  session: (n: number) => `Bijeenkomst ${n}`,
  agenda: 'Agenda',
  noAgenda: 'Nog geen agenda.',
  notes: 'Aantekeningen',
  startsAt: 'Datum en tijd (Amsterdam)',
  startsAtHint: 'Bijvoorbeeld 2027-01-12T14:00',
  save: 'Bijeenkomst opslaan',
  saved: 'De bijeenkomst is opgeslagen.',
  attendanceTitle: 'Aanwezigheid',
  attendanceOf: (name: string) => `Aanwezigheid van ${name}`,
  notRecorded: 'Niet vastgelegd',
  saveAttendance: 'Aanwezigheid opslaan',
  attendanceSaved: 'De aanwezigheid is opgeslagen.',
  edit: 'Bijeenkomst bewerken',
  close: 'Sluiten',
  status: {
    PRESENT: 'Aanwezig',
    ABSENT: 'Afwezig',
    EXCUSED: 'Afgemeld',
  } satisfies Record<LearningGroupAttendanceStatus, string>,
  reflection: 'Jouw reflectie',
  reflectionIntro:
    'Kijk kort terug op deze bijeenkomst. Je kunt je reflectie aanpassen tot de volgende bijeenkomst.',
  happened: 'Wat gebeurde er?',
  yielded: 'Wat leverde het op?',
  adjust: 'Wat passen we aan?',
  submitReflection: 'Reflectie versturen',
  updateReflection: 'Reflectie bijwerken',
  reflectionSaved: 'Je reflectie is opgeslagen.',
  reflectionsTitle: 'Reflecties',
  noReflections: 'Nog geen reflecties.',
  threadsTitle: 'Rode draden',
  threadsNone: 'Er zijn nog geen rode draden.',
  threadsFilter: 'Toon rode draden met thema',
  allThemes: 'Alle thema’s',
  newThread: 'Nieuwe rode draad',
  threadTitle: 'Titel',
  threadBody: 'Toelichting',
  threadThemes: 'Thema’s',
  threadThemesHint: 'Gescheiden door komma’s, bijvoorbeeld: sturing, eigenaarschap',
  threadSessions: 'Komt terug in bijeenkomsten',
  saveThread: 'Rode draad opslaan',
  threadSaved: 'De rode draad is opgeslagen.',
  by: (name: string) => `Vastgelegd door ${name}`,
  linked: (list: string) => `In bijeenkomsten: ${list}`,
  groupSession: (group: number, n: number) => `groep ${group}, bijeenkomst ${n}`,
  fieldErrors: {
    title: 'Geef een titel van 3 tot 160 tekens.',
    happened: 'Vul 2 tot 4000 tekens in.',
    yielded: 'Vul 2 tot 4000 tekens in.',
    adjust: 'Vul 2 tot 4000 tekens in.',
    themes: 'Geef hoogstens 10 thema’s van elk 2 tot 60 tekens.',
    body: 'De toelichting is te lang (hoogstens 8000 tekens).',
    startsAt:
      'Kies een datum en tijd binnen de looptijd die in Amsterdam bestaat (niet tijdens het verzetten van de klok).',
    agenda: 'De agenda is te lang (hoogstens 4000 tekens).',
    notes: 'De aantekeningen zijn te lang (hoogstens 8000 tekens).',
  } as Record<string, string>,
};

type Messages = typeof nl;

const en: Messages = {
  title: 'Sessions',
  none: 'There are no sessions yet.',
  session: (n) => `Session ${n}`,
  agenda: 'Agenda',
  noAgenda: 'No agenda yet.',
  notes: 'Notes',
  startsAt: 'Date and time (Amsterdam)',
  startsAtHint: 'For example 2027-01-12T14:00',
  save: 'Save session',
  saved: 'The session has been saved.',
  attendanceTitle: 'Attendance',
  attendanceOf: (name) => `Attendance of ${name}`,
  notRecorded: 'Not recorded',
  saveAttendance: 'Save attendance',
  attendanceSaved: 'Attendance has been saved.',
  edit: 'Edit session',
  close: 'Close',
  status: { PRESENT: 'Present', ABSENT: 'Absent', EXCUSED: 'Excused' },
  reflection: 'Your reflection',
  reflectionIntro:
    'Look back briefly on this session. You can change your reflection until the next session.',
  happened: 'What happened?',
  yielded: 'What did it yield?',
  adjust: 'What do we adjust?',
  submitReflection: 'Send reflection',
  updateReflection: 'Update reflection',
  reflectionSaved: 'Your reflection has been saved.',
  reflectionsTitle: 'Reflections',
  noReflections: 'No reflections yet.',
  threadsTitle: 'Common threads',
  threadsNone: 'There are no common threads yet.',
  threadsFilter: 'Show common threads with theme',
  allThemes: 'All themes',
  newThread: 'New common thread',
  threadTitle: 'Title',
  threadBody: 'Explanation',
  threadThemes: 'Themes',
  threadThemesHint: 'Separated by commas, for example: steering, ownership',
  threadSessions: 'Comes back in sessions',
  saveThread: 'Save common thread',
  threadSaved: 'The common thread has been saved.',
  by: (name) => `Recorded by ${name}`,
  linked: (list) => `In sessions: ${list}`,
  groupSession: (group, n) => `group ${group}, session ${n}`,
  fieldErrors: {
    title: 'Give a title of 3 to 160 characters.',
    happened: 'Fill in 2 to 4000 characters.',
    yielded: 'Fill in 2 to 4000 characters.',
    adjust: 'Fill in 2 to 4000 characters.',
    themes: 'Give at most 10 themes of 2 to 60 characters each.',
    body: 'The explanation is too long (at most 8000 characters).',
    startsAt:
      'Choose a date and time within the cohort that exists in Amsterdam (not while the clocks change).',
    agenda: 'The agenda is too long (at most 4000 characters).',
    notes: 'The notes are too long (at most 8000 characters).',
  },
};

const dictionaries: Record<Language, Messages> = { nl, en };

export function useSessionText() {
  const { lang, t } = useLanguage();
  return { s: dictionaries[lang], t, lang };
}
