import type { RsvpStatus } from '../gql/graphql';
import { type Language, useLanguage } from '../i18n';

const nl = {
  meetings: 'Bijeenkomsten',
  upcoming: 'Komende bijeenkomsten',
  none: 'Er zijn geen bijeenkomsten gepland.',
  noneHome: 'Er staan geen bijeenkomsten gepland in jouw CoP’s.',
  membersOnly: 'Alleen leden zien de bijeenkomsten van deze CoP.',
  when: 'Wanneer',
  where: 'Waar',
  online: 'Online',
  onlineLink: 'Deelnemen via de online link',
  attendance: 'Aanmeldingen',
  going: (going: number, capacity: number | null | undefined) =>
    capacity == null ? `${going} gaan` : `${going} van ${capacity} plaatsen bezet`,
  waiting: (count: number) => (count === 1 ? '1 op de wachtlijst' : `${count} op de wachtlijst`),
  yourRsvp: 'Jouw reactie',
  noRsvp: 'Nog niet gereageerd',
  cancelled: 'Afgelast',
  statuses: {
    GOING: 'Je gaat',
    MAYBE: 'Misschien',
    NOT_GOING: 'Je gaat niet',
    WAITING: 'Op de wachtlijst',
  } as Record<RsvpStatus, string>,
  waitingPlace: (place: number) => `Op de wachtlijst, plaats ${place}`,
  // schedule
  schedule: 'Bijeenkomst plannen',
  scheduleIntro:
    'Tijden zijn Nederlandse tijd (Europe/Amsterdam). Vul een adres of een online link in. Velden zonder “(optioneel)” zijn verplicht.',
  titleLabel: 'Titel',
  dateLabel: 'Datum',
  startLabel: 'Begintijd',
  endLabel: 'Eindtijd',
  addressLabel: 'Adres',
  addressDescription: 'Waar komen jullie samen? Of vul hieronder een online link in.',
  onlineUrlLabel: 'Online link',
  onlineUrlDescription: 'Een https-link, bijvoorbeeld naar Teams.',
  agendaLabel: 'Agenda (optioneel)',
  agendaDescription: 'Eén punt per regel.',
  capacityLabel: 'Aantal plaatsen (optioneel)',
  capacityDescription: 'Leeg laten: geen maximum.',
  scheduleButton: 'Bijeenkomst plannen',
  scheduled: (title: string) => `${title} is gepland. De leden krijgen een uitnodiging.`,
  placeRequired: 'Vul een adres of een online link in (niet allebei).',
  fieldErrors: {
    title: 'Geef een titel van 3 tot 200 tekens.',
    startsAt: 'Kies een geldige datum en begintijd in de toekomst.',
    endsAt: 'Kies een eindtijd na de begintijd.',
    address: 'Vul een adres of een online link in (niet allebei).',
    onlineUrl: 'Vul een https-link in, zoals https://teams.microsoft.com/…',
    agenda: 'De agenda is te lang (maximaal 10.000 tekens).',
    capacity: 'Kies 1 tot 1000 plaatsen, of laat het veld leeg.',
  } as Record<string, string>,
  // change (meeting page)
  editTitle: 'Bijeenkomst wijzigen',
  editOpen: 'Bijeenkomst wijzigen',
  editClose: 'Niet wijzigen',
  editIntro:
    'Tijden zijn Nederlandse tijd (Europe/Amsterdam). Verandert de tijd of de plaats, dan krijgt iedereen die gaat, misschien gaat of op de wachtlijst staat een e-mail met een bijgewerkte agenda-uitnodiging.',
  editButton: 'Wijzigingen opslaan',
  editCapacityDescription:
    'Leeg laten: geen maximum. Nooit minder dan wie al gaat: niemand verliest zijn plek. Meer plaatsen laten de wachtlijst doorschuiven.',
  capacityBelowGoing:
    'Er gaan al meer leden dan dit aantal. Kies minstens zoveel plaatsen als er nu bezet zijn; niemand verliest zijn plek.',
  edited: 'De bijeenkomst is bijgewerkt.',
  // meeting page
  backTo: (name: string) => `Terug naar ${name}`,
  agenda: 'Agenda',
  noAgenda: 'Er is nog geen agenda.',
  rsvpTitle: 'Ga je mee?',
  rsvpGoing: 'Ik ga',
  rsvpMaybe: 'Misschien',
  rsvpNotGoing: 'Ik ga niet',
  rsvpSaved: {
    GOING: 'Je bent aangemeld. Tot dan!',
    MAYBE: 'Je hebt “misschien” gezegd.',
    NOT_GOING: 'Je hebt je afgemeld.',
    WAITING: '',
  } as Record<RsvpStatus, string>,
  onWaitingList: (place: number) =>
    `De bijeenkomst is vol. Je staat op de wachtlijst op plaats ${place}. Komt er een plek vrij, dan schuif je door en krijg je een e-mail.`,
  whoIsGoing: 'Wie gaan er',
  nobodyGoing: 'Nog niemand heeft zich aangemeld.',
  you: '(jij)',
  addToCalendar: 'Zet in agenda (.ics)',
  cancelTitle: 'Bijeenkomst afgelasten',
  cancelReason: 'Reden (optioneel)',
  cancelReasonDescription: 'De leden krijgen dit bericht per e-mail.',
  cancelButton: 'Bijeenkomst afgelasten',
  cancelledNotice: 'Deze bijeenkomst is afgelast.',
  cancelledDone: 'De bijeenkomst is afgelast. De aangemelde leden krijgen bericht.',
  followUps: 'Vervolgacties',
  noFollowUps: 'Er zijn nog geen vervolgacties vastgelegd.',
  followUpText: 'Actie',
  followUpOwner: 'Wie (optioneel)',
  followUpNobody: 'Niemand in het bijzonder',
  followUpDue: 'Uiterlijk (optioneel)',
  followUpButton: 'Actie vastleggen',
  followUpSaved: 'De vervolgactie is vastgelegd.',
  due: (date: string) => `uiterlijk ${date}`,
  notes: 'Verslag',
  noNotes: 'Er is nog geen verslag.',
  notesLabel: 'Verslag van de bijeenkomst',
  notesButton: 'Verslag opslaan',
  notesSaved: 'Het verslag is opgeslagen.',
  afterMeeting: 'Na afloop leggen trekkers hier vervolgacties en het verslag vast.',
  notFound: 'Deze bijeenkomst bestaat niet of je hebt er geen toegang toe.',
  toMeeting: (title: string) => `${title}`,
};

export type MeetingMessages = typeof nl;

const en: MeetingMessages = {
  meetings: 'Meetings',
  upcoming: 'Upcoming meetings',
  none: 'No meetings are scheduled.',
  noneHome: 'No meetings are scheduled in your CoPs.',
  membersOnly: 'Only members see the meetings of this CoP.',
  when: 'When',
  where: 'Where',
  online: 'Online',
  onlineLink: 'Join through the online link',
  attendance: 'Attendance',
  going: (going: number, capacity: number | null | undefined) =>
    capacity == null ? `${going} going` : `${going} of ${capacity} seats taken`,
  waiting: (count: number) => `${count} on the waiting list`,
  yourRsvp: 'Your answer',
  noRsvp: 'Not answered yet',
  cancelled: 'Cancelled',
  statuses: {
    GOING: 'You are going',
    MAYBE: 'Maybe',
    NOT_GOING: 'You are not going',
    WAITING: 'On the waiting list',
  } as Record<RsvpStatus, string>,
  waitingPlace: (place: number) => `On the waiting list, place ${place}`,
  schedule: 'Schedule a meeting',
  scheduleIntro:
    'Times are Dutch time (Europe/Amsterdam). Give an address or an online link. Fields without “(optional)” are required.',
  titleLabel: 'Title',
  dateLabel: 'Date',
  startLabel: 'Start time',
  endLabel: 'End time',
  addressLabel: 'Address',
  addressDescription: 'Where do you meet? Or give an online link below.',
  onlineUrlLabel: 'Online link',
  onlineUrlDescription: 'An https link, for example to Teams.',
  agendaLabel: 'Agenda (optional)',
  agendaDescription: 'One item per line.',
  capacityLabel: 'Number of seats (optional)',
  capacityDescription: 'Leave empty for no limit.',
  scheduleButton: 'Schedule meeting',
  scheduled: (title: string) => `${title} is scheduled. The members get an invitation.`,
  placeRequired: 'Give an address or an online link (not both).',
  fieldErrors: {
    title: 'Give a title of 3 to 200 characters.',
    startsAt: 'Choose a valid date and start time in the future.',
    endsAt: 'Choose an end time after the start time.',
    address: 'Give an address or an online link (not both).',
    onlineUrl: 'Give an https link, like https://teams.microsoft.com/…',
    agenda: 'The agenda is too long (at most 10,000 characters).',
    capacity: 'Choose 1 to 1000 seats, or leave the field empty.',
  } as Record<string, string>,
  editTitle: 'Change the meeting',
  editOpen: 'Change the meeting',
  editClose: 'Do not change',
  editIntro:
    'Times are Dutch time (Europe/Amsterdam). When the time or place changes, everyone going, maybe going or on the waiting list gets an email with an updated calendar invitation.',
  editButton: 'Save changes',
  editCapacityDescription:
    'Leave empty for no limit. Never fewer than those already going: nobody loses their seat. More seats move the waiting list up.',
  capacityBelowGoing:
    'More members are already going. Choose at least as many seats as are taken now; nobody loses their seat.',
  edited: 'The meeting is updated.',
  backTo: (name: string) => `Back to ${name}`,
  agenda: 'Agenda',
  noAgenda: 'There is no agenda yet.',
  rsvpTitle: 'Are you coming?',
  rsvpGoing: 'Going',
  rsvpMaybe: 'Maybe',
  rsvpNotGoing: 'Not going',
  rsvpSaved: {
    GOING: 'You are signed up. See you then!',
    MAYBE: 'You said “maybe”.',
    NOT_GOING: 'You are not going.',
    WAITING: '',
  } as Record<RsvpStatus, string>,
  onWaitingList: (place: number) =>
    `The meeting is full. You are on the waiting list at place ${place}. When a seat frees up you move up and get an email.`,
  whoIsGoing: 'Who is going',
  nobodyGoing: 'Nobody has signed up yet.',
  you: '(you)',
  addToCalendar: 'Add to calendar (.ics)',
  cancelTitle: 'Cancel the meeting',
  cancelReason: 'Reason (optional)',
  cancelReasonDescription: 'The members get this message by email.',
  cancelButton: 'Cancel the meeting',
  cancelledNotice: 'This meeting has been cancelled.',
  cancelledDone: 'The meeting is cancelled. Those who signed up are told.',
  followUps: 'Follow-up actions',
  noFollowUps: 'No follow-up actions have been recorded yet.',
  followUpText: 'Action',
  followUpOwner: 'Who (optional)',
  followUpNobody: 'Nobody in particular',
  followUpDue: 'Due by (optional)',
  followUpButton: 'Record action',
  followUpSaved: 'The follow-up action is recorded.',
  due: (date: string) => `due ${date}`,
  notes: 'Notes',
  noNotes: 'There are no notes yet.',
  notesLabel: 'Notes of the meeting',
  notesButton: 'Save notes',
  notesSaved: 'The notes are saved.',
  afterMeeting: 'After the meeting, coordinators record follow-up actions and notes here.',
  notFound: 'This meeting does not exist or you have no access to it.',
  toMeeting: (title: string) => `${title}`,
};

const dictionaries: Record<Language, MeetingMessages> = { nl, en };

export function useMeetingText() {
  const { lang, t } = useLanguage();
  return { m: dictionaries[lang], t, lang };
}

const locale = (lang: Language) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/** "dinsdag 9 maart 2027, 10:00–12:00" on the Amsterdam clock, whatever the browser's zone. */
export function formatMeetingTime(startsAt: string, endsAt: string, lang: Language): string {
  const zone = 'Europe/Amsterdam';
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const day = (d: Date) =>
    d.toLocaleDateString(locale(lang), {
      timeZone: zone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  const time = (d: Date) =>
    d.toLocaleTimeString(locale(lang), { timeZone: zone, hour: '2-digit', minute: '2-digit' });
  const sameDay = day(start) === day(end);
  return sameDay
    ? `${day(start)}, ${time(start)}–${time(end)}`
    : `${day(start)}, ${time(start)} – ${day(end)}, ${time(end)}`;
}

/** A YYYY-MM-DD date in words. */
export function formatDay(value: string, lang: Language): string {
  return new Date(`${value}T12:00:00`).toLocaleDateString(locale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
