import type { EntityManager } from 'typeorm';

const DAY = 24 * 3_600_000;
const INCIDENT_METHOD = '00000000-0000-4000-9000-000000000001';
const COMMUNITY = 'samenwerken-in-de-keten';
const GROUP = 'Intervisiegroep Ketenregie';
const MODERATOR = 'anouk.devries@minbzk.nl';
const OWNER = 'fatima.elamrani@minszw.nl';
const PARTICIPANTS = ['joost.bakker@utrecht.nl', 'lotte.visser@nvwa.nl'];

const AGREEMENT =
  'Wat in deze groep besproken wordt, blijft in deze groep. Ik deel niets van de casussen buiten de groep, en spreek anderen alleen aan met toestemming van de inbrenger.';

/**
 * One intervisie group in a demo CoP with a case in progress: an incidentmethode case in its
 * question round, with the pitch closed and a few questions and answers; and a closed case
 * whose lessons are shared platform-wide. Seeded once (a group
 * of that name in the CoP is left as it is); plain rows, no outbox events, so no email.
 */
export async function seedIntervision(
  manager: EntityManager,
  members: Map<string, { id: string }>,
): Promise<boolean> {
  const id = (email: string) => {
    const member = members.get(email);
    if (!member) throw new Error(`demo member ${email} is missing`);
    return member.id;
  };
  const [community]: { id: string }[] = await manager.query(
    `SELECT id FROM community WHERE slug = $1`,
    [COMMUNITY],
  );
  if (!community) return false;
  const existing: unknown[] = await manager.query(
    `SELECT 1 FROM intervision_group WHERE community_id = $1 AND name = $2`,
    [community.id, GROUP],
  );
  if (existing.length > 0) return false;
  const [method]: { name_nl: string; name_en: string; phases: unknown[] }[] = await manager.query(
    `SELECT name_nl, name_en, phases FROM intervision_method WHERE id = $1`,
    [INCIDENT_METHOD],
  );
  if (!method) return false;

  const now = Date.now();
  const ago = (days: number) => new Date(now - days * DAY);
  const [{ id: groupId }]: { id: string }[] = await manager.query(
    `INSERT INTO intervision_group (name, description, context, community_id, confidentiality_text,
                                    created_by, created_at)
     VALUES ($1, $2, 'COMMUNITY', $3, $4, $5, $6) RETURNING id`,
    [
      GROUP,
      'Vier collega’s uit de keten bespreken elke maand een casus, schriftelijk en vertrouwelijk.',
      community.id,
      AGREEMENT,
      id(MODERATOR),
      ago(20),
    ],
  );
  const people: [string, 'MODERATOR' | 'PARTICIPANT'][] = [
    [MODERATOR, 'MODERATOR'],
    [OWNER, 'PARTICIPANT'],
    ...PARTICIPANTS.map((email) => [email, 'PARTICIPANT'] as [string, 'PARTICIPANT']),
  ];
  for (const [index, [email, role]] of people.entries()) {
    await manager.query(
      `INSERT INTO intervision_group_member (group_id, member_id, role, status, agreement_version,
                                             agreement_accepted_at, invited_by, invited_at)
       VALUES ($1, $2, $3, 'ACTIVE', 1, $4, $5, $6)`,
      [groupId, id(email), role, ago(19 - index), id(MODERATOR), ago(20)],
    );
  }

  // An earlier case, closed, whose lessons the owner agreed to share platform-wide: /oogst
  // shows them anonymised.
  await manager.query(
    `INSERT INTO intervision_case (group_id, owner_id, title, situation_what, question, state,
                                   method_id, method_snapshot, accepted_by, accepted_at, lessons,
                                   share_consent, share_consented_at, shared_scope, shared_at,
                                   closed_at, created_at)
     VALUES ($1, $2, $3, $4, $5, 'CLOSED', $6, $7, $8, $9, $10, 'PLATFORM', $11, 'PLATFORM', $11,
             $12, $13)`,
    [
      groupId,
      id(PARTICIPANTS[0]),
      'Een wethouder die niet wil aansluiten',
      'Een gemeente haakt af bij een regionale afspraak.',
      'Hoe haal ik de gemeente terug aan tafel?',
      INCIDENT_METHOD,
      JSON.stringify({
        methodId: INCIDENT_METHOD,
        nameNl: method.name_nl,
        nameEn: method.name_en,
        phases: method.phases,
      }),
      id(MODERATOR),
      ago(18),
      'Vraag eerst wat de ander al geprobeerd heeft, voordat je een oplossing aandraagt. Wie zich gehoord voelt, schuift weer aan.',
      ago(9),
      ago(10),
      ago(19),
    ],
  );

  const [{ id: caseId }]: { id: string }[] = await manager.query(
    `INSERT INTO intervision_case (group_id, owner_id, title, situation_what, situation_who,
                                   situation_where, situation_when, tried, question, state,
                                   method_id, method_snapshot, current_phase, accepted_by,
                                   accepted_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'IN_PHASE', $10, $11, 1, $12, $13, $14)
     RETURNING id`,
    [
      groupId,
      id(OWNER),
      'Twee uitvoerders, één loket',
      'Twee uitvoeringsorganisaties zouden samen één loket voor werkgevers openen. Na drie overleggen ligt er nog geen besluit over wie de regie heeft.',
      'De twee afdelingshoofden, hun directeuren en ik als programmamanager.',
      'In het programma Werk en Inkomen.',
      'De afgelopen twee maanden.',
      'Ik heb beide afdelingshoofden apart gesproken en een gezamenlijke planning voorgesteld.',
      'Hoe krijg ik beide organisaties zover dat ze samen de regie nemen?',
      INCIDENT_METHOD,
      JSON.stringify({
        methodId: INCIDENT_METHOD,
        nameNl: method.name_nl,
        nameEn: method.name_en,
        phases: method.phases,
      }),
      id(MODERATOR),
      ago(3),
      ago(5),
    ],
  );
  await manager.query(
    `INSERT INTO intervision_case_phase (case_id, phase_index, opened_at, deadline, closed_at)
     VALUES ($1, 0, $2, $3, $4), ($1, 1, $4, $5, NULL)`,
    [caseId, ago(3), ago(2), ago(2), new Date(now + 2 * DAY)],
  );
  const contributions: [number, string, string, string, string, number][] = [
    [
      0,
      OWNER,
      'CASE_OWNER',
      'ANSWER',
      'Kort gezegd: iedereen wil het loket, niemand wil de rekening. Ik merk dat ik steeds harder ga trekken.',
      2.8,
    ],
    [
      1,
      PARTICIPANTS[0],
      'PARTICIPANTS',
      'CLARIFYING_QUESTION',
      'Wie heeft het programma de opdracht gegeven, en weten de directeuren dat van elkaar?',
      1.5,
    ],
    [
      1,
      OWNER,
      'CASE_OWNER',
      'ANSWER',
      'De DG heeft de opdracht gegeven. De directeuren weten het, maar hebben het er samen nooit over gehad.',
      1.2,
    ],
    [
      1,
      PARTICIPANTS[1],
      'PARTICIPANTS',
      'CLARIFYING_QUESTION',
      'Wat gebeurt er als het loket er dit jaar niet komt?',
      0.5,
    ],
  ];
  for (const [phase, author, role, kind, body, daysAgo] of contributions) {
    await manager.query(
      `INSERT INTO intervision_contribution (case_id, phase_index, author_id, author_role, kind,
                                             body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [caseId, phase, id(author), role, kind, body, ago(daysAgo)],
    );
  }
  await manager.query(
    `INSERT INTO intervision_audit (group_id, case_id, actor_id, action, detail, at)
     VALUES ($1, NULL, $3, 'group.created', '{}', $4),
            ($1, $2, $3, 'case.accepted', $5, $6),
            ($1, $2, $3, 'phase.opened', '{"phaseIndex":0}', $6),
            ($1, $2, $3, 'phase.closed', '{"phaseIndex":0}', $7),
            ($1, $2, $3, 'phase.opened', '{"phaseIndex":1}', $7)`,
    [
      groupId,
      caseId,
      id(MODERATOR),
      ago(20),
      JSON.stringify({ methodId: INCIDENT_METHOD }),
      ago(3),
      ago(2),
    ],
  );
  return true;
}
