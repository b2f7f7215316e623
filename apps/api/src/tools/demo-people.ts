import { JobRole } from '@leerhuis/members';
import { OrganisationType } from '@leerhuis/organisations';

/** Demo data, part 1: the people — organisations, members and the personas to sign in as. */

/** Ministries are seeded by migration with fixed ids. */
export const MINISTRY = {
  BZK: '00000000-0000-4000-8000-000000000003',
  EZK: '00000000-0000-4000-8000-000000000004',
  IenW: '00000000-0000-4000-8000-000000000007',
  JenV: '00000000-0000-4000-8000-000000000008',
  LNV: '00000000-0000-4000-8000-000000000009',
  OCW: '00000000-0000-4000-8000-000000000010',
  SZW: '00000000-0000-4000-8000-000000000011',
  VWS: '00000000-0000-4000-8000-000000000012',
};

export interface DemoOrganisation {
  key: string;
  name: string;
  abbreviation?: string;
  type: OrganisationType;
  parent?: string;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'dgvb',
    name: 'DG Volkshuisvesting en Bouwen',
    abbreviation: 'DGVB',
    type: OrganisationType.DIRECTORATE_GENERAL,
    parent: MINISTRY.BZK,
  },
  {
    key: 'dgop',
    name: 'DG Digitalisering en Overheidsorganisatie',
    abbreviation: 'DGDOO',
    type: OrganisationType.DIRECTORATE_GENERAL,
    parent: MINISTRY.BZK,
  },
  {
    key: 'rws',
    name: 'Rijkswaterstaat',
    abbreviation: 'RWS',
    type: OrganisationType.EXECUTIVE_AGENCY,
    parent: MINISTRY.IenW,
  },
  {
    key: 'nvwa',
    name: 'Nederlandse Voedsel- en Warenautoriteit',
    abbreviation: 'NVWA',
    type: OrganisationType.INSPECTORATE,
    parent: MINISTRY.LNV,
  },
  { key: 'uwv', name: 'UWV', type: OrganisationType.EXECUTIVE_AGENCY, parent: MINISTRY.SZW },
  { key: 'utrecht', name: 'Gemeente Utrecht', type: OrganisationType.MUNICIPALITY },
  { key: 'gelderland', name: 'Provincie Gelderland', type: OrganisationType.PROVINCE },
  { key: 'rivierenland', name: 'Waterschap Rivierenland', type: OrganisationType.WATER_BOARD },
];

export interface DemoMember {
  email: string;
  name: string;
  organisation: string;
  jobRole: JobRole;
  themes: string[];
  bio: string;
  offer: string;
  seeking: string;
  admin?: boolean;
}

export const DEMO_MEMBERS: DemoMember[] = [
  {
    email: 'anouk.devries@minbzk.nl',
    name: 'Anouk de Vries',
    organisation: 'dgvb',
    jobRole: JobRole.PROGRAMME_DIRECTOR,
    themes: ['wonen', 'samenwerken', 'programmasturing'],
    bio: 'Programmadirecteur Woningbouwimpuls.',
    offer: 'Ervaring met ketenregie tussen Rijk en gemeenten.',
    seeking: 'Collega’s die ook programma’s zonder eigen budget leiden.',
    admin: true,
  },
  {
    email: 'bram.jansen@rws.nl',
    name: 'Bram Jansen',
    organisation: 'rws',
    jobRole: JobRole.PROGRAMME_MANAGER,
    themes: ['water', 'uitvoering'],
    bio: 'Programmamanager Ruimte voor de Rivier 2.0.',
    offer: 'Uitvoeringskennis van grote infrastructuurprogramma’s.',
    seeking: 'Beleidsmakers die uitvoering vroeg willen betrekken.',
  },
  {
    email: 'fatima.elamrani@minszw.nl',
    name: 'Fatima El Amrani',
    organisation: MINISTRY.SZW,
    jobRole: JobRole.POLICY_OFFICER,
    themes: ['arbeidsmarkt', 'samenwerken'],
    bio: 'Beleidsmedewerker arbeidsmarkt en regio.',
    offer: 'Netwerk in de arbeidsmarktregio’s.',
    seeking: 'Ervaring met opgavegericht werken.',
  },
  {
    email: 'joost.bakker@utrecht.nl',
    name: 'Joost Bakker',
    organisation: 'utrecht',
    jobRole: JobRole.ADVISER,
    themes: ['wonen', 'wijkaanpak'],
    bio: 'Strategisch adviseur wonen bij de gemeente.',
    offer: 'Het perspectief van de gemeente.',
    seeking: 'Korte lijnen met het Rijk.',
  },
  {
    email: 'lotte.visser@nvwa.nl',
    name: 'Lotte Visser',
    organisation: 'nvwa',
    jobRole: JobRole.INSPECTOR,
    themes: ['toezicht', 'voedselveiligheid'],
    bio: 'Toezichthouder en trekker van een CoP over risicogericht toezicht.',
    offer: 'Methoden voor risicogericht toezicht.',
    seeking: 'Uitwisseling met andere toezichthouders.',
  },
  {
    email: 'sanne.mulder@minezk.nl',
    name: 'Sanne Mulder',
    organisation: MINISTRY.EZK,
    jobRole: JobRole.FACILITATOR,
    themes: ['intervisie', 'leren'],
    bio: 'Begeleider van leergroepen en intervisie.',
    offer: 'Werkvormen voor intervisie en reflectie.',
    seeking: 'Nieuwe leergroepen om te begeleiden.',
  },
];

/** One demo member to sign in as for each role; the demo launcher prints them in its banner. */
export const DEMO_PERSONAS: { role: string; email: string; where: string }[] = [
  {
    role: 'platform admin',
    email: 'anouk.devries@minbzk.nl',
    where: '/beheer/e-mail, /koffiedate/beheer',
  },
  {
    role: 'CoP coordinator',
    email: 'lotte.visser@nvwa.nl',
    where: '/communities/risicogericht-toezicht',
  },
  { role: 'intervisie moderator', email: 'anouk.devries@minbzk.nl', where: '/intervisie' },
  { role: 'leergroep facilitator', email: 'sanne.mulder@minezk.nl', where: '/leergroepen' },
  { role: 'plain member', email: 'fatima.elamrani@minszw.nl', where: '/communities' },
];
