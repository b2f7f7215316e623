import type { HarvestAudience, LessonType } from '../gql/graphql';
import { type Language, useLanguage } from '../i18n';

export const LESSON_TYPES: LessonType[] = [
  'FASTER_OR_DEEPER_PLAN_DEVELOPMENT',
  'NEW_PRACTICE_IMPLEMENTED',
  'KNOWLEDGE_TRANSFERRED_TO_SECTOR',
  'BARRIER_GOVERNMENT_CAN_REMOVE',
  'PROFESSIONAL_DEVELOPMENT',
] as LessonType[];

export const AUDIENCES: HarvestAudience[] = ['MEMBERS', 'PLATFORM'] as HarvestAudience[];

const nl = {
  harvest: 'Oogst',
  intro: 'Wat heeft deze CoP opgeleverd? Resultaten en lessen, vastgelegd door de leden.',
  none: 'Er zijn nog geen lessen vastgelegd.',
  membersOnly: 'Alleen leden zien de oogst van deze CoP.',
  count: (n: number) => (n === 1 ? '1 les' : `${n} lessen`),
  type: 'Soort',
  author: 'Vastgelegd door',
  formerMember: 'een oud-lid',
  contributors: 'Bijgedragen',
  occurredOn: 'Datum',
  record: 'Les vastleggen',
  recordIntro: 'Velden zonder “(optioneel)” zijn verplicht.',
  titleLabel: 'Titel',
  descriptionLabel: 'Beschrijving',
  descriptionDescription: 'Wat is er gebeurd, wat heb je geleerd, wat kan een ander ermee?',
  typeLabel: 'Soort opbrengst',
  typeChoose: 'Kies een soort',
  audienceLegend: 'Wie mag dit zien?',
  occurredOnLabel: 'Datum (optioneel)',
  occurredOnDescription: 'Wanneer gebeurde het? Vandaag of eerder.',
  recordButton: 'Les vastleggen',
  recorded: (title: string) => `“${title}” staat nu in de oogst.`,
  edit: (title: string) => `“${title}” bewerken`,
  editShort: 'Bewerken',
  editTitle: (title: string) => `Les bewerken: ${title}`,
  save: 'Opslaan',
  cancel: 'Annuleren',
  saved: 'De les is opgeslagen.',
  remove: 'Verwijderen',
  removeConfirm: (title: string) => `Weet je zeker dat je “${title}” wilt verwijderen?`,
  removed: (title: string) => `“${title}” is verwijderd.`,
  fieldErrors: {
    title: 'Geef een titel van 3 tot 200 tekens.',
    description: 'Geef een beschrijving van hoogstens 10.000 tekens.',
    type: 'Kies een soort opbrengst.',
    audience: 'Kies wie dit mag zien.',
    occurredOn: 'Kies vandaag of een datum in het verleden.',
  } as Record<string, string>,
  types: {
    FASTER_OR_DEEPER_PLAN_DEVELOPMENT: 'Snellere of diepere planvorming',
    NEW_PRACTICE_IMPLEMENTED: 'Nieuwe werkwijze ingevoerd',
    KNOWLEDGE_TRANSFERRED_TO_SECTOR: 'Kennis overgedragen aan een sector',
    BARRIER_GOVERNMENT_CAN_REMOVE: 'Belemmering die de overheid kan wegnemen',
    PROFESSIONAL_DEVELOPMENT: 'Professionele ontwikkeling',
  } as Record<LessonType, string>,
  audiences: {
    MEMBERS: 'Alleen leden',
    PLATFORM: 'Heel Leerhuis',
  } as Record<HarvestAudience, string>,
  audienceDescriptions: {
    MEMBERS: 'Alleen de leden van deze CoP.',
    PLATFORM: 'Iedereen die in Leerhuis is ingelogd.',
  } as Record<HarvestAudience, string>,
};

export type HarvestMessages = typeof nl;

const en: HarvestMessages = {
  harvest: 'Harvest',
  intro: 'What has this CoP yielded? Outcomes and lessons, recorded by its members.',
  none: 'No lessons have been recorded yet.',
  membersOnly: 'Only members see the harvest of this CoP.',
  count: (n: number) => (n === 1 ? '1 lesson' : `${n} lessons`),
  type: 'Type',
  author: 'Recorded by',
  formerMember: 'a former member',
  contributors: 'Contributed',
  occurredOn: 'Date',
  record: 'Record a lesson',
  recordIntro: 'Fields without “(optional)” are required.',
  titleLabel: 'Title',
  descriptionLabel: 'Description',
  descriptionDescription: 'What happened, what did you learn, how can others use it?',
  typeLabel: 'Type of outcome',
  typeChoose: 'Choose a type',
  audienceLegend: 'Who may see this?',
  occurredOnLabel: 'Date (optional)',
  occurredOnDescription: 'When did it happen? Today or earlier.',
  recordButton: 'Record lesson',
  recorded: (title: string) => `“${title}” is in the harvest now.`,
  edit: (title: string) => `Edit “${title}”`,
  editShort: 'Edit',
  editTitle: (title: string) => `Edit lesson: ${title}`,
  save: 'Save',
  cancel: 'Cancel',
  saved: 'The lesson is saved.',
  remove: 'Delete',
  removeConfirm: (title: string) => `Are you sure you want to delete “${title}”?`,
  removed: (title: string) => `“${title}” was deleted.`,
  fieldErrors: {
    title: 'Give a title of 3 to 200 characters.',
    description: 'Give a description of at most 10,000 characters.',
    type: 'Choose a type of outcome.',
    audience: 'Choose who may see this.',
    occurredOn: 'Choose today or a date in the past.',
  } as Record<string, string>,
  types: {
    FASTER_OR_DEEPER_PLAN_DEVELOPMENT: 'Faster or deeper plan development',
    NEW_PRACTICE_IMPLEMENTED: 'New practice implemented',
    KNOWLEDGE_TRANSFERRED_TO_SECTOR: 'Knowledge transferred to a sector',
    BARRIER_GOVERNMENT_CAN_REMOVE: 'A barrier government can remove',
    PROFESSIONAL_DEVELOPMENT: 'Professional development',
  } as Record<LessonType, string>,
  audiences: {
    MEMBERS: 'Members only',
    PLATFORM: 'All of Leerhuis',
  } as Record<HarvestAudience, string>,
  audienceDescriptions: {
    MEMBERS: 'Only the members of this CoP.',
    PLATFORM: 'Everyone signed in to Leerhuis.',
  } as Record<HarvestAudience, string>,
};

const dictionaries: Record<Language, HarvestMessages> = { nl, en };

export function useHarvestText() {
  const { lang, t } = useLanguage();
  return { h: dictionaries[lang], t, lang };
}
