import type { EntityManager } from 'typeorm';

const DAY = 24 * 3_600_000;
const GROUP = 'Leergroep programmadirecteuren';
const FACILITATOR = 'sanne.mulder@minezk.nl';
const ministry = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Demo programme directors, one per ministry, each with a programme (AZ 1 … VWS 12). */
const DIRECTORS: {
  email: string;
  name: string;
  ministry: number;
  programme: string;
  type: string;
  strategy: string;
  phase: string;
  themes: string[];
  hasBudget: boolean;
  wish: string;
}[] = [
  {
    email: 'anouk.devries@minbzk.nl',
    name: '',
    ministry: 3,
    programme: 'Programma Wonen en Zorg voor Ouderen',
    type: 'KETENREGIE_OWN_FRAMEWORKS',
    strategy: 'IMPLEMENTATION',
    phase: 'UITVOERING',
    themes: ['wonen', 'zorg'],
    hasBudget: true,
    wish: 'Hoe houd ik gemeenten, corporaties en zorgaanbieders aan boord zonder eigen mandaat?',
  },
  {
    email: 'pd.hermans@minienw.nl',
    name: 'Erik Hermans',
    ministry: 7,
    programme: 'Programma Betuweroute Emplacementen',
    type: 'KETENSTURING_MINISTER_FRAMEWORKS',
    strategy: 'IMPLEMENTATION',
    phase: 'AFRONDING',
    themes: ['mobiliteit'],
    hasBudget: true,
    wish: 'Afronden en overdragen: hoe borg je wat het programma heeft opgebouwd?',
  },
  {
    email: 'pd.yilmaz@minlnv.nl',
    name: 'Derya Yilmaz',
    ministry: 9,
    programme: 'Programma Natuurherstel Veluwe',
    type: 'KETENSTURING_COFINANCING',
    strategy: 'STIMULATION',
    phase: 'START',
    themes: ['natuur', 'stikstof'],
    hasBudget: true,
    wish: 'De eerste weken van een programma: opdrachtgever, kaders en team.',
  },
  {
    email: 'pd.dekker@minocw.nl',
    name: 'Marieke Dekker',
    ministry: 10,
    programme: 'Programma Lerarentekort',
    type: 'KETENREGIE_FIXED_FRAMEWORKS',
    strategy: 'POLICY',
    phase: 'UITVOERING',
    themes: ['onderwijs', 'arbeidsmarkt'],
    hasBudget: false,
    wish: 'Werken zonder budget: waarmee verleid je partners?',
  },
  {
    email: 'pd.bos@minvws.nl',
    name: 'Ruben Bos',
    ministry: 12,
    programme: 'Programma Gezond en Actief Leven',
    type: 'KETENREGIE_OWN_FRAMEWORKS',
    strategy: 'STIMULATION',
    phase: 'UITVOERING',
    themes: ['gezondheid', 'preventie'],
    hasBudget: true,
    wish: 'Spanning tussen organisatiebelang en ketenbelang hanteren.',
  },
  {
    email: 'pd.smit@minjenv.nl',
    name: 'Ilse Smit',
    ministry: 8,
    programme: 'Programma Zorg- en Veiligheidshuizen',
    type: 'KETENREGIE_FIXED_FRAMEWORKS',
    strategy: 'IMPLEMENTATION',
    phase: 'START',
    themes: ['veiligheid', 'zorg'],
    hasBudget: false,
    wish: 'Herijken van de opdracht met de opdrachtgever halverwege.',
  },
];

/**
 * A leergroep open for applications, facilitated by Sanne Mulder, with six programme directors
 * from six ministries who described a programme and applied: enough for the facilitator to ask
 * for a proposal in the demo; and the article last year's cohort published. Seeded once (a leergroep of that name is left as it is); plain
 * rows, no outbox events, so no email.
 */
export async function seedLearningGroups(
  manager: EntityManager,
  members: Map<string, { id: string }>,
): Promise<boolean> {
  const facilitator = members.get(FACILITATOR);
  if (!facilitator) return false;
  const existing: unknown[] = await manager.query(`SELECT 1 FROM learning_group WHERE name = $1`, [
    GROUP,
  ]);
  if (existing.length > 0) return false;

  const year = new Date().getUTCFullYear() + 1;
  const [{ id: groupId }]: { id: string }[] = await manager.query(
    `INSERT INTO learning_group (name, goal, facilitator_id, cohort_starts_on, cohort_ends_on,
                                 first_session_at, location, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      GROUP,
      'Programmadirecteuren van verschillende ministeries spiegelen elkaars ervaringen, zoeken rode draden en schrijven samen hun lessen op.',
      facilitator.id,
      `${year}-01-01`,
      `${year}-12-31`,
      // 14:00 on 12 January, Amsterdam winter time (UTC+1).
      new Date(Date.UTC(year, 0, 12, 13, 0)),
      'Den Haag, Turfmarkt 147',
      new Date(Date.now() - 10 * DAY),
    ],
  );
  for (const director of DIRECTORS) {
    let memberId = members.get(director.email)?.id;
    if (!memberId) {
      await manager.query(
        `INSERT INTO member (email, name, organisation_id, job_role, themes)
         VALUES ($1, $2, $3, 'PROGRAMME_DIRECTOR', $4)
         ON CONFLICT (lower(email)) DO NOTHING`,
        [director.email, director.name, ministry(director.ministry), director.themes],
      );
      const [row]: { id: string }[] = await manager.query(
        `SELECT id FROM member WHERE lower(email) = lower($1)`,
        [director.email],
      );
      memberId = row.id;
    }
    const [{ id: programmeId }]: { id: string }[] = await manager.query(
      `INSERT INTO programme (director_id, name, ministry_id, type, strategy, phase, themes, has_budget)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        memberId,
        director.programme,
        ministry(director.ministry),
        director.type,
        director.strategy,
        director.phase,
        director.themes,
        director.hasBudget,
      ],
    );
    await manager.query(
      `INSERT INTO learning_group_application (learning_group_id, applicant_id, programme_id, learning_wish)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [groupId, memberId, programmeId, director.wish],
    );
  }
  // What last year's cohort published: a leergroep article, shared platform-wide (/oogst).
  await manager.query(
    `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience, source,
                                 created_at, updated_at)
     VALUES (NULL, $1, $2, $3, 'PROFESSIONAL_DEVELOPMENT', 'PLATFORM', 'LEARNING_GROUP_OUTPUT', $4, $4)`,
    [
      facilitator.id,
      'Sturen zonder hiërarchie: wat programmadirecteuren van elkaar leerden',
      'Een programma dat meerdere departementen raakt, heeft geen lijn om op te sturen. De directeuren van de vorige leergroep leerden sturen op een gedeeld beeld van de opgave: elk kwartaal één pagina met wat er bereikt is, wat knelt en wie wat oppakt, ondertekend door alle opdrachtgevers.',
      new Date(Date.now() - 30 * DAY),
    ],
  );
  return true;
}
