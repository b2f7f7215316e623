// The discussions' strings, Dutch and English; the UI language comes from i18n.tsx.
import { ApiError } from '../graphql-client';
import { type Language, useLanguage } from '../i18n';

const nl = {
  title: 'Discussies',
  membersOnly: 'Alleen leden van deze CoP lezen en schrijven mee in de discussies.',
  none: 'Er zijn nog geen discussies. Begin er een!',
  count: (n: number) => (n === 1 ? '1 discussie' : `${n} discussies`),
  loadMore: 'Meer laden',
  loadMoreReplies: 'Meer reacties laden',
  replies: (n: number) => (n === 1 ? '1 reactie' : `${n} reacties`),
  lastActivity: (when: string) => `laatste activiteit ${when}`,
  startedBy: (name: string, when: string) => `door ${name}, ${when}`,
  unknownAuthor: 'een voormalig lid',
  you: '(jij)',
  pinned: 'Vastgezet',
  locked: 'Gesloten',
  hidden: 'Verborgen',
  deleted: 'Verwijderd',
  edited: 'bewerkt',
  moderationQueue: 'Moderatie',
  toModeration: 'Naar de moderatiewachtrij',
  // new thread
  newThread: 'Nieuwe discussie',
  titleLabel: 'Titel',
  titleDescription: '3 tot 200 tekens.',
  bodyLabel: 'Bericht',
  markdownHint:
    'Je kunt Markdown gebruiken: **vet**, *cursief*, [linktekst](https://…), een regel met "- " voor een opsomming. Noem iemand door @ en het begin van de naam te typen en een lid te kiezen (pijltjes en Enter).',
  mentionListLabel: 'Leden die je kunt noemen',
  mentionCount: (n: number) =>
    n === 1
      ? '1 lid gevonden. Kies met pijltje omlaag en Enter, of Escape.'
      : `${n} leden gevonden. Kies met pijltje omlaag en Enter, of Escape.`,
  start: 'Discussie starten',
  started: 'Je discussie staat online.',
  // thread page
  backTo: (name: string) => `Terug naar ${name}`,
  threadLoading: 'Discussie laden…',
  threadNotFound: 'Deze discussie bestaat niet, of je hebt er geen toegang toe.',
  noReplies: 'Nog geen reacties.',
  repliesTitle: 'Reacties',
  yourReply: 'Jouw reactie',
  replyLabel: 'Reactie',
  send: 'Reactie plaatsen',
  replied: 'Je reactie is geplaatst.',
  lockedMessage: 'Deze discussie is gesloten door een moderator. Je kunt niet meer reageren.',
  hiddenThreadMessage: 'Een moderator heeft deze discussie verborgen. Reageren kan niet meer.',
  deletedThreadMessage: 'De schrijver heeft deze discussie verwijderd. Reageren kan niet meer.',
  edit: 'Bewerken',
  editPost: (what: string) => `${what} bewerken`,
  save: 'Opslaan',
  cancel: 'Annuleren',
  saved: 'Je wijziging is opgeslagen.',
  delete: 'Verwijderen',
  confirmDelete: 'Weet je zeker dat je dit bericht wilt verwijderen?',
  deletedNotice: 'Het bericht is verwijderd.',
  report: 'Melden',
  reportTitle: 'Bericht melden',
  reportReasonLabel: 'Waarom meld je dit bericht?',
  reportReasonDescription:
    'Alleen moderatoren lezen je reden. Je hoort van ons wat ermee gebeurt. Maximaal 500 tekens.',
  sendReport: 'Melding versturen',
  reported: 'Bedankt. Een moderator bekijkt je melding.',
  thePost: (name: string) => `het bericht van ${name}`,
  theThread: 'de discussie',
  // moderation on the thread page
  moderate: 'Modereren',
  pin: 'Vastzetten',
  unpin: 'Losmaken',
  lock: 'Sluiten voor reacties',
  unlock: 'Heropenen voor reacties',
  hideThread: 'Discussie verbergen',
  showThread: 'Discussie weer tonen',
  hideReply: 'Verbergen',
  showReply: 'Weer tonen',
  pinnedNotice: 'De discussie staat nu bovenaan.',
  unpinnedNotice: 'De discussie staat niet meer vast.',
  lockedNotice: 'De discussie is gesloten voor nieuwe reacties.',
  unlockedNotice: 'De discussie is weer open voor reacties.',
  hiddenNotice: 'Het bericht is verborgen voor leden.',
  shownNotice: 'Het bericht is weer zichtbaar voor leden.',
  hiddenForMembers: 'Verborgen voor leden; alleen moderatoren zien dit.',
  // moderation queue
  queueTitle: (name: string) => `Moderatie: ${name}`,
  queueIntro:
    'Meldingen die nog openstaan, oudste eerst. Verberg het bericht of wijs de melding af.',
  queueEmpty: 'Er zijn geen openstaande meldingen.',
  queueCount: (n: number) => (n === 1 ? '1 open melding' : `${n} open meldingen`),
  queueForbidden: 'Alleen moderatoren en trekkers van deze CoP zien de moderatiewachtrij.',
  reportedBy: (name: string, when: string) => `Gemeld door ${name}, ${when}`,
  reason: 'Reden',
  reportedPost: 'Gemeld bericht',
  inThread: 'In discussie',
  threadItself: 'De discussie zelf',
  replyBy: (name: string) => `Reactie van ${name}`,
  hidePost: 'Bericht verbergen',
  dismiss: 'Melding afwijzen',
  hidDone: 'Het bericht is verborgen; de melder en de schrijver horen het.',
  dismissedDone: 'De melding is afgewezen; de melder hoort het.',
  // errors
  errorTitle: 'Dat lukte niet',
  genericError: 'Er ging iets mis. Probeer het later opnieuw.',
  required: 'Dit veld is verplicht.',
  reasons: {
    TITLE_LENGTH: 'Geef een titel van 3 tot 200 tekens.',
    BODY_LENGTH: 'Schrijf een bericht van 1 tot 20.000 tekens.',
    REASON_LENGTH: 'Geef een reden van 1 tot 500 tekens.',
    THREAD_LOCKED: 'Deze discussie is gesloten door een moderator: je kunt niet meer reageren.',
    THREAD_HIDDEN: 'Een moderator heeft deze discussie verborgen: reageren kan niet meer.',
    THREAD_DELETED: 'Deze discussie is verwijderd: reageren kan niet meer.',
    POST_DELETED: 'Dit bericht is al verwijderd.',
    POST_HIDDEN: 'Een moderator heeft dit bericht verborgen; je kunt het niet meer wijzigen.',
    NOT_AUTHOR: 'Je kunt alleen je eigen berichten bewerken of verwijderen.',
    ALREADY_REPORTED: 'Je hebt dit bericht al gemeld. Een moderator bekijkt het.',
    REPORT_RESOLVED: 'Deze melding is al afgehandeld.',
    REPORT_NOT_FOUND: 'Deze melding bestaat niet meer.',
    THREAD_NOT_FOUND: 'Deze discussie bestaat niet, of je hebt er geen toegang toe.',
    POST_NOT_FOUND: 'Dit bericht bestaat niet meer.',
  } as Record<string, string>,
};

export type DiscussionMessages = typeof nl;

const en: DiscussionMessages = {
  title: 'Discussions',
  membersOnly: 'Only members of this CoP read and take part in the discussions.',
  none: 'There are no discussions yet. Start one!',
  count: (n: number) => (n === 1 ? '1 discussion' : `${n} discussions`),
  loadMore: 'Load more',
  loadMoreReplies: 'Load more replies',
  replies: (n: number) => (n === 1 ? '1 reply' : `${n} replies`),
  lastActivity: (when: string) => `last activity ${when}`,
  startedBy: (name: string, when: string) => `by ${name}, ${when}`,
  unknownAuthor: 'a former member',
  you: '(you)',
  pinned: 'Pinned',
  locked: 'Locked',
  hidden: 'Hidden',
  deleted: 'Deleted',
  edited: 'edited',
  moderationQueue: 'Moderation',
  toModeration: 'Go to the moderation queue',
  newThread: 'New discussion',
  titleLabel: 'Title',
  titleDescription: '3 to 200 characters.',
  bodyLabel: 'Message',
  markdownHint:
    'You can use Markdown: **bold**, *italic*, [link text](https://…), a line starting with "- " for a list. Mention someone by typing @ and the start of their name, then pick a member (arrow keys and Enter).',
  mentionListLabel: 'Members you can mention',
  mentionCount: (n: number) =>
    n === 1
      ? '1 member found. Choose with arrow down and Enter, or Escape.'
      : `${n} members found. Choose with arrow down and Enter, or Escape.`,
  start: 'Start discussion',
  started: 'Your discussion is online.',
  backTo: (name: string) => `Back to ${name}`,
  threadLoading: 'Loading discussion…',
  threadNotFound: 'This discussion does not exist, or you have no access to it.',
  noReplies: 'No replies yet.',
  repliesTitle: 'Replies',
  yourReply: 'Your reply',
  replyLabel: 'Reply',
  send: 'Post reply',
  replied: 'Your reply was posted.',
  lockedMessage: 'A moderator locked this discussion. You can no longer reply.',
  hiddenThreadMessage: 'A moderator hid this discussion. Replies are closed.',
  deletedThreadMessage: 'The author deleted this discussion. Replies are closed.',
  edit: 'Edit',
  editPost: (what: string) => `Edit ${what}`,
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Your change was saved.',
  delete: 'Delete',
  confirmDelete: 'Are you sure you want to delete this post?',
  deletedNotice: 'The post was deleted.',
  report: 'Report',
  reportTitle: 'Report post',
  reportReasonLabel: 'Why are you reporting this post?',
  reportReasonDescription:
    'Only moderators read your reason. We will tell you what happens. At most 500 characters.',
  sendReport: 'Send report',
  reported: 'Thank you. A moderator will look at your report.',
  thePost: (name: string) => `the post by ${name}`,
  theThread: 'the discussion',
  moderate: 'Moderate',
  pin: 'Pin',
  unpin: 'Unpin',
  lock: 'Lock for replies',
  unlock: 'Reopen for replies',
  hideThread: 'Hide discussion',
  showThread: 'Show discussion again',
  hideReply: 'Hide',
  showReply: 'Show again',
  pinnedNotice: 'The discussion is now pinned to the top.',
  unpinnedNotice: 'The discussion is no longer pinned.',
  lockedNotice: 'The discussion is locked for new replies.',
  unlockedNotice: 'The discussion is open for replies again.',
  hiddenNotice: 'The post is hidden from members.',
  shownNotice: 'The post is visible to members again.',
  hiddenForMembers: 'Hidden from members; only moderators see this.',
  queueTitle: (name: string) => `Moderation: ${name}`,
  queueIntro: 'Open reports, oldest first. Hide the post or dismiss the report.',
  queueEmpty: 'There are no open reports.',
  queueCount: (n: number) => (n === 1 ? '1 open report' : `${n} open reports`),
  queueForbidden: 'Only moderators and coordinators of this CoP see the moderation queue.',
  reportedBy: (name: string, when: string) => `Reported by ${name}, ${when}`,
  reason: 'Reason',
  reportedPost: 'Reported post',
  inThread: 'In discussion',
  threadItself: 'The discussion itself',
  replyBy: (name: string) => `Reply by ${name}`,
  hidePost: 'Hide post',
  dismiss: 'Dismiss report',
  hidDone: 'The post is hidden; the reporter and the author are told.',
  dismissedDone: 'The report is dismissed; the reporter is told.',
  errorTitle: 'That did not work',
  genericError: 'Something went wrong. Please try again later.',
  required: 'This field is required.',
  reasons: {
    TITLE_LENGTH: 'Give a title of 3 to 200 characters.',
    BODY_LENGTH: 'Write a message of 1 to 20,000 characters.',
    REASON_LENGTH: 'Give a reason of 1 to 500 characters.',
    THREAD_LOCKED: 'A moderator locked this discussion: you can no longer reply.',
    THREAD_HIDDEN: 'A moderator hid this discussion: replies are closed.',
    THREAD_DELETED: 'This discussion was deleted: replies are closed.',
    POST_DELETED: 'This post was already deleted.',
    POST_HIDDEN: 'A moderator hid this post; it can no longer be changed.',
    NOT_AUTHOR: 'You can only edit or delete your own posts.',
    ALREADY_REPORTED: 'You already reported this post. A moderator will look at it.',
    REPORT_RESOLVED: 'This report was already handled.',
    REPORT_NOT_FOUND: 'This report no longer exists.',
    THREAD_NOT_FOUND: 'This discussion does not exist, or you have no access to it.',
    POST_NOT_FOUND: 'This post no longer exists.',
  },
};

const dictionaries: Record<Language, DiscussionMessages> = { nl, en };

export function useDiscussionText() {
  const { lang } = useLanguage();
  return { d: dictionaries[lang], lang };
}

/** The domain reason of a refused request in the UI's language; a generic message otherwise. */
export function reasonText(caught: unknown, d: DiscussionMessages): string {
  if (caught instanceof ApiError) {
    const reason = caught.extensions.reason;
    if (typeof reason === 'string' && d.reasons[reason]) return d.reasons[reason];
  }
  return d.genericError;
}

/** The reason code of a refused request, if any. */
export function reasonOf(caught: unknown): string | undefined {
  if (!(caught instanceof ApiError)) return undefined;
  const reason = caught.extensions.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** A moment as a reader expects it: date and time. */
export function formatDateTime(value: string, lang: Language): string {
  return new Date(value).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });
}
