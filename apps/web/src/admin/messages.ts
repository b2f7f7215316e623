import type { OrganisationType } from '../gql/graphql';
import { type Language, useLanguage } from '../i18n';

const nl = {
  noAccess: 'Geen toegang: deze pagina is alleen voor beheerders van Leerhuis.',
  // organisations
  organisationsTitle: 'Organisaties',
  organisationsIntro:
    'De organisatieboom van Leerhuis: ministeries met hun directoraten-generaal en directies, en de andere organisaties waar leden werken.',
  tree: 'Organisatieboom',
  name: 'Naam',
  abbreviation: 'Afkorting',
  abbreviationDescription: 'Niet verplicht, bijvoorbeeld BZK.',
  type: 'Soort',
  parent: 'Valt onder',
  noParent: 'Niets (bovenaan de boom)',
  action: 'Actie',
  edit: (name: string) => `${name} wijzigen`,
  editShort: 'Wijzigen',
  addTitle: 'Organisatie toevoegen',
  add: 'Toevoegen',
  added: (name: string) => `${name} is toegevoegd.`,
  editTitle: (name: string) => `${name} wijzigen`,
  save: 'Opslaan',
  saved: (name: string) => `${name} is opgeslagen.`,
  cancel: 'Annuleren',
  mergeTitle: (name: string) => `${name} samenvoegen met een andere organisatie`,
  mergeIntro:
    'Alle leden, programma’s, koppelingen en onderliggende organisaties gaan over naar de organisatie die je kiest. Daarna verdwijnt deze organisatie.',
  mergeTarget: 'Samenvoegen met',
  mergeTargetDescription: 'Alleen organisaties van dezelfde soort, buiten deze tak.',
  chooseTarget: 'Kies een organisatie',
  noTargets: 'Er is geen andere organisatie van deze soort om mee samen te voegen.',
  merge: 'Samenvoegen',
  mergeConfirm: (source: string, target: string) =>
    `${source} verdwijnt en alles gaat over naar ${target}. Dit kun je niet ongedaan maken.`,
  mergeYes: 'Ja, samenvoegen',
  merged: (source: string, target: string) => `${source} is samengevoegd met ${target}.`,
  chooseTargetError: 'Kies de organisatie om mee samen te voegen.',
  nameError: 'Vul een naam in van 2 tot 200 tekens.',
  types: {
    MINISTRY: 'Ministerie',
    DIRECTORATE_GENERAL: 'Directoraat-generaal',
    DIRECTORATE: 'Directie',
    EXECUTIVE_AGENCY: 'Uitvoeringsorganisatie',
    INSPECTORATE: 'Toezichthouder',
    PROVINCE: 'Provincie',
    MUNICIPALITY: 'Gemeente',
    WATER_BOARD: 'Waterschap',
    PARTNER: 'Partner',
  } satisfies Record<OrganisationType, string>,
  /** Messages for the API's reasons; the API's own text otherwise. */
  reasons: {
    NAME_TAKEN: 'Op deze plek in de boom bestaat al een organisatie met deze naam.',
    NAME_REQUIRED: 'Vul een naam in van 2 tot 200 tekens.',
    PARENT_CYCLE: 'Een organisatie kan niet onder zichzelf of een eigen onderdeel vallen.',
    PARENT_TYPE_NOT_ALLOWED: 'Deze soort organisatie kan niet onder de gekozen organisatie vallen.',
    PARENT_NOT_FOUND: 'Die organisatie bestaat niet meer.',
    CHILD_TYPE_NOT_ALLOWED:
      'De onderliggende organisaties passen niet onder deze soort. Verplaats of voeg die eerst samen.',
    MERGE_INTO_ITSELF: 'Een organisatie kan niet met zichzelf worden samengevoegd.',
    MERGE_INTO_DESCENDANT: 'Een organisatie kan niet met een eigen onderdeel worden samengevoegd.',
    MERGE_TYPE_MISMATCH: 'Voeg alleen organisaties van dezelfde soort samen.',
    MERGE_CHILD_NAME_CLASH:
      'Beide organisaties hebben een onderdeel met dezelfde naam. Voeg die eerst samen of geef er een andere naam.',
    UNKNOWN_ORGANISATION: 'Die organisatie bestaat niet meer.',
    LAST_ADMIN: 'Leerhuis heeft altijd minstens één beheerder. Maak eerst iemand anders beheerder.',
  } as Record<string, string>,
  // roles
  rolesTitle: 'Rollen',
  rolesIntro:
    'Beheerders van Leerhuis beheren organisaties, koffiedaterondes, leergroepen en e-mail. Hier zie je wie beheerder is en geef je de rol of neem je die terug.',
  admins: 'Beheerders',
  member: 'Lid',
  organisation: 'Organisatie',
  email: 'E-mailadres',
  revoke: (name: string) => `${name}: rol intrekken`,
  revokeShort: 'Rol intrekken',
  revoked: (name: string) => `${name} is geen beheerder meer.`,
  lastAdminNote: 'Je kunt de laatste beheerder niet intrekken.',
  grantTitle: 'Iemand beheerder maken',
  searchLabel: 'Zoek een lid op naam',
  search: 'Zoeken',
  noResults: 'Geen leden gevonden.',
  alreadyAdmin: 'Is al beheerder',
  grant: (name: string) => `${name} beheerder maken`,
  grantShort: 'Beheerder maken',
  granted: (name: string) => `${name} is nu beheerder.`,
  searchError: 'Vul minstens 2 letters in.',
};

type Messages = typeof nl;

const en: Messages = {
  noAccess: 'No access: this page is for Leerhuis administrators only.',
  organisationsTitle: 'Organisations',
  organisationsIntro:
    'The Leerhuis organisation tree: ministries with their directorates-general and directorates, and the other organisations members work for.',
  tree: 'Organisation tree',
  name: 'Name',
  abbreviation: 'Abbreviation',
  abbreviationDescription: 'Optional, for example BZK.',
  type: 'Type',
  parent: 'Part of',
  noParent: 'Nothing (top of the tree)',
  action: 'Action',
  edit: (name) => `Change ${name}`,
  editShort: 'Change',
  addTitle: 'Add an organisation',
  add: 'Add',
  added: (name) => `${name} has been added.`,
  editTitle: (name) => `Change ${name}`,
  save: 'Save',
  saved: (name) => `${name} has been saved.`,
  cancel: 'Cancel',
  mergeTitle: (name) => `Merge ${name} into another organisation`,
  mergeIntro:
    'All members, programmes, links and sub-organisations move to the organisation you choose. Then this organisation disappears.',
  mergeTarget: 'Merge into',
  mergeTargetDescription: 'Only organisations of the same type, outside this branch.',
  chooseTarget: 'Choose an organisation',
  noTargets: 'There is no other organisation of this type to merge into.',
  merge: 'Merge',
  mergeConfirm: (source, target) =>
    `${source} disappears and everything moves to ${target}. This cannot be undone.`,
  mergeYes: 'Yes, merge',
  merged: (source, target) => `${source} has been merged into ${target}.`,
  chooseTargetError: 'Choose the organisation to merge into.',
  nameError: 'Enter a name of 2 to 200 characters.',
  types: {
    MINISTRY: 'Ministry',
    DIRECTORATE_GENERAL: 'Directorate-general',
    DIRECTORATE: 'Directorate',
    EXECUTIVE_AGENCY: 'Executive agency',
    INSPECTORATE: 'Inspectorate',
    PROVINCE: 'Province',
    MUNICIPALITY: 'Municipality',
    WATER_BOARD: 'Water board',
    PARTNER: 'Partner',
  },
  reasons: {
    NAME_TAKEN: 'An organisation with this name already exists at this place in the tree.',
    NAME_REQUIRED: 'Enter a name of 2 to 200 characters.',
    PARENT_CYCLE: 'An organisation cannot be part of itself or of one of its own parts.',
    PARENT_TYPE_NOT_ALLOWED: 'This type of organisation cannot be part of the chosen one.',
    PARENT_NOT_FOUND: 'That organisation no longer exists.',
    CHILD_TYPE_NOT_ALLOWED:
      'Its sub-organisations do not fit under this type. Move or merge them first.',
    MERGE_INTO_ITSELF: 'An organisation cannot be merged into itself.',
    MERGE_INTO_DESCENDANT: 'An organisation cannot be merged into one of its own parts.',
    MERGE_TYPE_MISMATCH: 'Only merge organisations of the same type.',
    MERGE_CHILD_NAME_CLASH:
      'Both organisations have a part with the same name. Merge or rename those first.',
    UNKNOWN_ORGANISATION: 'That organisation no longer exists.',
    LAST_ADMIN: 'Leerhuis always keeps at least one administrator. Make someone else one first.',
  },
  rolesTitle: 'Roles',
  rolesIntro:
    'Leerhuis administrators manage organisations, koffiedate rounds, learning groups and email. Here you see who is an administrator, and grant or withdraw the role.',
  admins: 'Administrators',
  member: 'Member',
  organisation: 'Organisation',
  email: 'Email address',
  revoke: (name) => `Withdraw role of ${name}`,
  revokeShort: 'Withdraw role',
  revoked: (name) => `${name} is no longer an administrator.`,
  lastAdminNote: 'You cannot withdraw the last administrator.',
  grantTitle: 'Make someone an administrator',
  searchLabel: 'Search a member by name',
  search: 'Search',
  noResults: 'No members found.',
  alreadyAdmin: 'Already an administrator',
  grant: (name) => `Make ${name} an administrator`,
  grantShort: 'Make administrator',
  granted: (name) => `${name} is now an administrator.`,
  searchError: 'Enter at least 2 letters.',
};

const dictionaries: Record<Language, Messages> = { nl, en };

export function useAdminText() {
  const { lang, t } = useLanguage();
  return { a: dictionaries[lang], t, lang };
}
