/** Demo data, part 2: the CoPs with their members, discussions, meetings and lessons. */

type CommunityRole = 'COORDINATOR' | 'MODERATOR' | 'MEMBER';

export interface DemoPost {
  author: string;
  /** Markdown source; `{@email}` becomes a mention of that member (`@[Name](id)`). */
  body: string;
  /** How long ago it was posted. */
  hoursAgo: number;
}

export interface DemoThread extends DemoPost {
  title: string;
  pinned?: boolean;
  replies: DemoPost[];
}

export interface DemoMeeting {
  title: string;
  /** Days from the seed day, and the wall-clock times in Europe/Amsterdam. */
  inDays: number;
  from: string;
  until: string;
  address?: string;
  onlineUrl?: string;
  agenda: string;
  capacity?: number;
  scheduledBy: string;
  rsvps: { email: string; status: 'GOING' | 'MAYBE' | 'NOT_GOING' }[];
}

export interface DemoLesson {
  title: string;
  description: string;
  type:
    | 'FASTER_OR_DEEPER_PLAN_DEVELOPMENT'
    | 'NEW_PRACTICE_IMPLEMENTED'
    | 'KNOWLEDGE_TRANSFERRED_TO_SECTOR'
    | 'BARRIER_GOVERNMENT_CAN_REMOVE'
    | 'PROFESSIONAL_DEVELOPMENT';
  audience: 'MEMBERS' | 'PLATFORM';
  daysAgo: number;
  contributors: string[];
}

export interface DemoCommunity {
  slug: string;
  name: string;
  goal: string;
  domain: string;
  centralQuestions: string[];
  themes: string[];
  welcomeMessage: string;
  joinPolicy: 'OPEN' | 'ON_REQUEST' | 'INVITE_ONLY' | 'HIDDEN';
  phase:
    | 'PREPARATION'
    | 'CONNECTION_AND_TRUST'
    | 'DEEPENING'
    | 'OWNERSHIP'
    | 'HARVEST'
    | 'ANCHORING'
    | 'CLOSED';
  /** Started this many months before the seed day; planned to end this many months after. */
  startedMonthsAgo: number;
  endsInMonths: number;
  members: { email: string; role: CommunityRole }[];
  pending?: { email: string; motivation: string }[];
  threads: DemoThread[];
  meetings: DemoMeeting[];
  lessons: DemoLesson[];
}

const ANOUK = 'anouk.devries@minbzk.nl';
const BRAM = 'bram.jansen@rws.nl';
const FATIMA = 'fatima.elamrani@minszw.nl';
const JOOST = 'joost.bakker@utrecht.nl';
const LOTTE = 'lotte.visser@nvwa.nl';
const SANNE = 'sanne.mulder@minezk.nl';

/**
 * CoPs to click through: three discoverable ones (open and on request), one invite-only and
 * one hidden. Seeded once per slug: a CoP that already exists is left as it is.
 */
export const DEMO_COMMUNITIES: DemoCommunity[] = [
  {
    slug: 'samenwerken-in-de-keten',
    name: 'Samenwerken in de keten',
    goal: 'Beter samenwerken tussen beleid, uitvoering en toezicht, over de grenzen van organisaties heen.',
    domain: 'Ketensamenwerking tussen Rijk, medeoverheden en uitvoeringsorganisaties',
    centralQuestions: [
      'Hoe organiseer je ketenregie zonder eigen budget of mandaat?',
      'Hoe betrek je de uitvoering vóórdat het beleid vastligt?',
    ],
    themes: ['samenwerken', 'ketenregie', 'uitvoering'],
    welcomeMessage:
      'Welkom! Vertel in een nieuwe draad aan welke keten jij werkt en waar je tegenaan loopt.',
    joinPolicy: 'OPEN',
    phase: 'DEEPENING',
    startedMonthsAgo: 8,
    endsInMonths: 16,
    members: [
      { email: ANOUK, role: 'COORDINATOR' },
      { email: BRAM, role: 'MODERATOR' },
      { email: FATIMA, role: 'MEMBER' },
      { email: JOOST, role: 'MEMBER' },
      { email: LOTTE, role: 'MEMBER' },
    ],
    threads: [
      {
        title: 'Hoe organiseer je ketenregie zonder eigen budget?',
        author: ANOUK,
        pinned: true,
        hoursAgo: 72,
        body: [
          'In het programma Woningbouwimpuls hebben we **geen eigen budget**, maar wel een opgave die vijf organisaties raakt. Wat werkt bij jullie?',
          '',
          'Wat wij tot nu toe doen:',
          '',
          '1. één gezamenlijke planning, door alle partners ondertekend;',
          '2. een maandelijkse ketentafel met *besluitbevoegde* deelnemers;',
          '3. knelpunten direct agenderen bij de DG’s.',
        ].join('\n'),
        replies: [
          {
            author: BRAM,
            hoursAgo: 70,
            body: 'Herkenbaar. Bij Ruimte voor de Rivier werkte een **gezamenlijk projectbureau** goed: één plek, één planning, één risicolijst.',
          },
          {
            author: JOOST,
            hoursAgo: 49,
            body: 'Vanuit de gemeente: betrek ons vóórdat de planning vastligt. {@anouk.devries@minbzk.nl}, mogen we aanschuiven bij de volgende ketentafel?',
          },
          {
            author: ANOUK,
            hoursAgo: 30,
            body: 'Zeker, Joost. Ik zet het op de agenda van de werksessie.',
          },
        ],
      },
      {
        title: 'Verslag werksessie arbeidsmarktregio’s',
        author: FATIMA,
        hoursAgo: 26,
        body: [
          'Korte terugblik op de werksessie met de arbeidsmarktregio’s:',
          '',
          '- regio’s willen **één aanspreekpunt** bij het Rijk;',
          '- data delen loopt vast op verschillende definities;',
          '- volgende stap: een gezamenlijk begrippenkader.',
          '',
          'Zie ook [de regioaanpak](https://www.rijksoverheid.nl/).',
        ].join('\n'),
        replies: [
          {
            author: LOTTE,
            hoursAgo: 20,
            body: 'Dat begrippenkader kunnen wij in het toezicht ook goed gebruiken.',
          },
        ],
      },
    ],
    meetings: [
      {
        title: 'Werksessie ketenregie',
        inDays: 9,
        from: '13:30',
        until: '16:00',
        address: 'Rijnstraat 8, Den Haag',
        agenda: [
          '1. Opening en kennismaking',
          '2. Casus Woningbouwimpuls (Anouk)',
          '3. In groepjes: wat houdt de keten tegen?',
          '4. Afspraken en vervolg',
        ].join('\n'),
        capacity: 5,
        scheduledBy: ANOUK,
        rsvps: [
          { email: ANOUK, status: 'GOING' },
          { email: BRAM, status: 'GOING' },
          { email: FATIMA, status: 'GOING' },
          { email: JOOST, status: 'GOING' },
          { email: LOTTE, status: 'MAYBE' },
        ],
      },
    ],
    lessons: [
      {
        title: 'Eén gezamenlijke planning versnelt woningbouwafspraken',
        description:
          'Door Rijk, provincie en gemeenten één planning te laten ondertekenen, kwamen de regionale woondeals drie maanden eerder rond dan gepland.',
        type: 'FASTER_OR_DEEPER_PLAN_DEVELOPMENT',
        audience: 'PLATFORM',
        daysAgo: 21,
        contributors: [ANOUK, JOOST],
      },
    ],
  },
  {
    slug: 'programmadirecteuren-rijk',
    name: 'Programmadirecteuren Rijk',
    goal: 'Programmadirecteuren leren van elkaar hoe je stuurt op maatschappelijke opgaven.',
    domain: 'Programmasturing binnen het Rijk',
    centralQuestions: [
      'Hoe stuur je op een opgave die niet in één begroting past?',
      'Hoe houd je bestuurlijk draagvlak vast over meerdere kabinetten?',
    ],
    themes: ['programmasturing', 'leiderschap', 'samenwerken'],
    welcomeMessage:
      'Welkom in de kring van programmadirecteuren. Wat hier besproken wordt, blijft hier.',
    joinPolicy: 'ON_REQUEST',
    phase: 'OWNERSHIP',
    startedMonthsAgo: 14,
    endsInMonths: 10,
    members: [
      { email: ANOUK, role: 'COORDINATOR' },
      { email: BRAM, role: 'MEMBER' },
    ],
    pending: [
      {
        email: JOOST,
        motivation:
          'Ik leid bij de gemeente Utrecht het programma wonen en wil graag leren hoe het Rijk programma’s stuurt.',
      },
    ],
    threads: [
      {
        title: 'Sturen op maatschappelijke opgaven',
        author: ANOUK,
        hoursAgo: 100,
        body: 'Welke **indicatoren** gebruiken jullie om voortgang op een opgave zichtbaar te maken, naast output?',
        replies: [
          {
            author: BRAM,
            hoursAgo: 90,
            body: 'Wij werken met een *opgavedashboard* per regio, samen met de waterschappen opgesteld.',
          },
        ],
      },
    ],
    meetings: [],
    lessons: [
      {
        title: 'Eén begrotingsartikel per programma belemmert ketenprogramma’s',
        description:
          'Programma’s die meerdere departementen raken lopen vast op de verdeling over begrotingsartikelen. Een gezamenlijk artikel zou dit oplossen.',
        type: 'BARRIER_GOVERNMENT_CAN_REMOVE',
        audience: 'MEMBERS',
        daysAgo: 40,
        contributors: [ANOUK, BRAM],
      },
    ],
  },
  {
    slug: 'risicogericht-toezicht',
    name: 'Risicogericht toezicht',
    goal: 'Toezichthouders delen methoden om toezicht te richten op de grootste risico’s.',
    domain: 'Toezicht en handhaving',
    centralQuestions: [
      'Welke risicomodellen werken in de praktijk?',
      'Hoe leg je keuzes in het toezicht uit aan de samenleving?',
    ],
    themes: ['toezicht', 'risicomodellen', 'voedselveiligheid'],
    welcomeMessage: 'Welkom bij de CoP Risicogericht toezicht! Deel gerust je eigen praktijk.',
    joinPolicy: 'OPEN',
    phase: 'CONNECTION_AND_TRUST',
    startedMonthsAgo: 3,
    endsInMonths: 21,
    members: [
      { email: LOTTE, role: 'COORDINATOR' },
      { email: SANNE, role: 'MODERATOR' },
      { email: BRAM, role: 'MEMBER' },
    ],
    threads: [
      {
        title: 'Welke risicomodellen gebruiken jullie?',
        author: LOTTE,
        hoursAgo: 50,
        body: [
          'Bij de NVWA combineren we *inspectiehistorie* met sectorinformatie. Hoe doen jullie dat?',
          '',
          '> Toezicht is schaars: richt het op waar de risico’s het grootst zijn.',
        ].join('\n'),
        replies: [
          {
            author: SANNE,
            hoursAgo: 45,
            body: 'Interessant! Zullen we hier een intervisiesessie aan wijden?',
          },
          {
            author: BRAM,
            hoursAgo: 12,
            body: 'Rijkswaterstaat gebruikt een vergelijkbare aanpak voor vergunningen in het rivierengebied.',
          },
        ],
      },
    ],
    meetings: [
      {
        title: 'Online kennissessie risicomodellen',
        inDays: 16,
        from: '10:00',
        until: '11:30',
        onlineUrl: 'https://meet.example.org/risicogericht-toezicht',
        agenda: 'Lotte laat het NVWA-risicomodel zien; daarna vragen en uitwisseling.',
        capacity: 30,
        scheduledBy: LOTTE,
        rsvps: [
          { email: LOTTE, status: 'GOING' },
          { email: SANNE, status: 'GOING' },
          { email: BRAM, status: 'MAYBE' },
        ],
      },
    ],
    lessons: [
      {
        title: 'Risicomodel gedeeld met provinciale toezichthouders',
        description:
          'Het risicomodel voor voedselveiligheid is gedeeld met drie provincies, die het nu gebruiken voor hun eigen inspectieplanning.',
        type: 'KNOWLEDGE_TRANSFERRED_TO_SECTOR',
        audience: 'MEMBERS',
        daysAgo: 10,
        contributors: [LOTTE],
      },
    ],
  },
  {
    slug: 'leergroep-wonen-en-zorg',
    name: 'Leergroep wonen en zorg',
    goal: 'Gemeenten en Rijk zoeken samen naar woonvormen tussen thuis en verpleeghuis.',
    domain: 'Wonen en zorg voor ouderen',
    centralQuestions: ['Welke regels staan nieuwe woonzorgvormen in de weg?'],
    themes: ['wonen', 'zorg', 'wijkaanpak'],
    welcomeMessage:
      'Deze leergroep werkt op uitnodiging; vraag een deelnemer om je uit te nodigen.',
    joinPolicy: 'INVITE_ONLY',
    phase: 'PREPARATION',
    startedMonthsAgo: 1,
    endsInMonths: 11,
    members: [
      { email: JOOST, role: 'COORDINATOR' },
      { email: FATIMA, role: 'MEMBER' },
    ],
    threads: [],
    meetings: [],
    lessons: [],
  },
  {
    slug: 'intervisie-programmamanagers',
    name: 'Intervisie programmamanagers',
    goal: 'Vertrouwelijke intervisie over dilemma’s in het werk van programmamanagers.',
    domain: 'Intervisie',
    centralQuestions: ['Welk dilemma wil je deze keer inbrengen?'],
    themes: ['intervisie', 'leren'],
    welcomeMessage: 'Welkom. Deze groep is niet vindbaar voor anderen; wat je deelt, blijft hier.',
    joinPolicy: 'HIDDEN',
    phase: 'DEEPENING',
    startedMonthsAgo: 5,
    endsInMonths: 7,
    members: [
      { email: SANNE, role: 'COORDINATOR' },
      { email: BRAM, role: 'MEMBER' },
    ],
    threads: [
      {
        title: 'Dilemma voor de volgende sessie',
        author: SANNE,
        hoursAgo: 8,
        body: 'Wie brengt de volgende keer een **dilemma** in? Reageer hieronder.',
        replies: [{ author: BRAM, hoursAgo: 4, body: 'Ik heb er een over prioriteren.' }],
      },
    ],
    meetings: [],
    lessons: [],
  },
];
