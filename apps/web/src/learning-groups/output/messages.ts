// Strings of a group's shared output, Dutch and English.
import type { LearningGroupOutputType } from '../../gql/graphql';
import { type Language, useLanguage } from '../../i18n';

const nl = {
  title: 'Gezamenlijke opbrengst',
  none: 'Jullie groep heeft nog geen lessen of artikel geschreven.',
  newTitle: 'Nieuwe opbrengst beginnen',
  type: 'Soort',
  types: { LESSONS: 'Lessen', ARTICLE: 'Artikel' } satisfies Record<
    LearningGroupOutputType,
    string
  >,
  titleField: 'Titel',
  body: 'Tekst (Markdown)',
  create: 'Beginnen',
  save: 'Nieuwe versie opslaan',
  saved:
    'Opgeslagen. Alle goedkeuringen zijn vervallen: iedereen keurt de nieuwe versie opnieuw goed.',
  edit: 'Bewerken',
  version: (n: number) => `Versie ${n}`,
  history: 'Eerdere versies',
  noHistory: 'Nog geen eerdere versies.',
  editedBy: (name: string, when: string) => `Vervangen door ${name} op ${when}`,
  approvals: 'Goedkeuring van deze versie',
  waitingFor: (names: string) => `Wacht nog op: ${names}.`,
  allApproved: 'Iedereen in de groep heeft deze versie goedgekeurd.',
  approve: 'Deze versie goedkeuren',
  approved: 'Je hebt deze versie goedgekeurd.',
  publishTo: 'Publiceren in',
  platform: 'Het hele platform (gedeelde lessen)',
  publish: 'Publiceren',
  published: (when: string) => `Gepubliceerd op ${when}; staat in de oogst.`,
  errors: {
    NOT_ALL_APPROVED: 'Nog niet iedereen in de groep heeft deze versie goedgekeurd.',
    OUTPUT_VERSION_CHANGED:
      'Iemand heeft intussen een nieuwere versie opgeslagen. Herlaad de pagina.',
    CANNOT_PUBLISH_TO_COMMUNITY: 'Je kunt alleen publiceren in een CoP waar je lid van bent.',
    ALREADY_PUBLISHED: 'Deze opbrengst is al gepubliceerd.',
  } as Record<string, string>,
  fieldErrors: {
    title: 'Geef een titel van 3 tot 200 tekens.',
    body: 'Schrijf een tekst van hoogstens 10.000 tekens.',
  } as Record<string, string>,
};

type Messages = typeof nl;

const en: Messages = {
  title: 'Shared output',
  none: 'Your group has not written lessons or an article yet.',
  newTitle: 'Start a new output',
  type: 'Kind',
  types: { LESSONS: 'Lessons', ARTICLE: 'Article' },
  titleField: 'Title',
  body: 'Text (Markdown)',
  create: 'Start',
  save: 'Save a new version',
  saved: 'Saved. Every approval has lapsed: everyone approves the new version again.',
  edit: 'Edit',
  version: (n: number) => `Version ${n}`,
  history: 'Earlier versions',
  noHistory: 'No earlier versions yet.',
  editedBy: (name: string, when: string) => `Replaced by ${name} on ${when}`,
  approvals: 'Approval of this version',
  waitingFor: (names: string) => `Still waiting for: ${names}.`,
  allApproved: 'Everyone in the group approved this version.',
  approve: 'Approve this version',
  approved: 'You approved this version.',
  publishTo: 'Publish in',
  platform: 'The whole platform (shared lessons)',
  publish: 'Publish',
  published: (when: string) => `Published on ${when}; it is in the harvest.`,
  errors: {
    NOT_ALL_APPROVED: 'Not everyone in the group has approved this version yet.',
    OUTPUT_VERSION_CHANGED: 'Someone saved a newer version meanwhile. Reload the page.',
    CANNOT_PUBLISH_TO_COMMUNITY: 'You can only publish in a CoP you are a member of.',
    ALREADY_PUBLISHED: 'This output has already been published.',
  },
  fieldErrors: {
    title: 'Give a title of 3 to 200 characters.',
    body: 'Write a text of at most 10,000 characters.',
  },
};

const dictionaries: Record<Language, Messages> = { nl, en };

export function useOutputText() {
  const { lang, t } = useLanguage();
  return { o: dictionaries[lang], t, lang };
}
