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
  fieldErrors: {
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
  fieldErrors: {
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
