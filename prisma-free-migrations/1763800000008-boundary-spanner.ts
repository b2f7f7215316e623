import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grenswerkersprofiel: a versioned questionnaire (items as data, so a licensed official version
 * can replace ours), attempts with their answers (a draft until submitted), the profiles they
 * yield (history kept), and each member's visibility choice. Version 1 — 24 original
 * statements, four per style, Dutch and English — is inserted here.
 */
export class BoundarySpanner1763800000008 implements MigrationInterface {
  name = 'BoundarySpanner1763800000008';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE boundary_spanner_questionnaire (
        version int PRIMARY KEY CHECK (version > 0),
        items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
        published_by uuid REFERENCES member (id) ON DELETE SET NULL,
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE boundary_spanner_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        questionnaire_version int NOT NULL REFERENCES boundary_spanner_questionnaire (version),
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz
      )`);
    // At most one draft (started, not submitted) per member.
    await db.query(`
      CREATE UNIQUE INDEX boundary_spanner_attempt_draft ON boundary_spanner_attempt (member_id)
        WHERE submitted_at IS NULL`);
    await db.query(`
      CREATE TABLE boundary_spanner_answer (
        attempt_id uuid NOT NULL REFERENCES boundary_spanner_attempt (id) ON DELETE CASCADE,
        item_key text NOT NULL,
        value smallint NOT NULL CHECK (value BETWEEN 1 AND 5),
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (attempt_id, item_key)
      )`);
    await db.query(`
      CREATE TABLE boundary_spanner_profile (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        attempt_id uuid NOT NULL UNIQUE REFERENCES boundary_spanner_attempt (id) ON DELETE CASCADE,
        questionnaire_version int NOT NULL REFERENCES boundary_spanner_questionnaire (version),
        scores jsonb NOT NULL,
        preferred_styles text[] NOT NULL CHECK (cardinality(preferred_styles) > 0),
        taken_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Latest profile per member (DISTINCT ON member_id ORDER BY taken_at DESC) and history.
    await db.query(
      `CREATE INDEX boundary_spanner_profile_member ON boundary_spanner_profile (member_id, taken_at DESC, id DESC)`,
    );
    await db.query(`
      CREATE TABLE boundary_spanner_setting (
        member_id uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        visibility text NOT NULL DEFAULT 'PRIVATE'
          CHECK (visibility IN ('PRIVATE', 'MY_COMMUNITIES', 'EVERYONE')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `INSERT INTO boundary_spanner_questionnaire (version, items) VALUES (1, $1::jsonb)`,
      [JSON.stringify(VERSION_1)],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE boundary_spanner_setting`);
    await db.query(`DROP TABLE boundary_spanner_profile`);
    await db.query(`DROP TABLE boundary_spanner_answer`);
    await db.query(`DROP TABLE boundary_spanner_attempt`);
    await db.query(`DROP TABLE boundary_spanner_questionnaire`);
  }
}

// Original statements written for Leerhuis; order mixes the styles. `reverse` items count 6 − answer.
const VERSION_1 = [
  [
    'verbinder-1',
    'VERBINDER',
    false,
    'Als ik iemand spreek, denk ik vaak: die moet ik in contact brengen met een collega elders.',
    'When I talk to someone, I often think: I should put them in touch with a colleague elsewhere.',
  ],
  [
    'cartograaf-1',
    'CARTOGRAAF',
    false,
    'Bij een nieuwe opgave zoek ik eerst uit welke partijen, belangen en regels er spelen.',
    'With a new task, I first find out which parties, interests and rules are involved.',
  ],
  [
    'held-1',
    'HELD',
    false,
    'Als een samenwerking vastloopt, neem ik het initiatief om een knoop door te hakken.',
    'When a collaboration gets stuck, I take the initiative to make a decision.',
  ],
  [
    'vinder-1',
    'VINDER',
    false,
    'Ik kom vaak met een oplossing waar anderen niet aan hadden gedacht.',
    'I often come up with a solution others had not thought of.',
  ],
  [
    'motivator-1',
    'MOTIVATOR',
    false,
    'Ik kan anderen enthousiast maken voor een gezamenlijke opgave.',
    'I can get others enthusiastic about a shared task.',
  ],
  [
    'onderhandelaar-1',
    'ONDERHANDELAAR',
    false,
    'Achter een standpunt zoek ik naar het belang dat iemand werkelijk heeft.',
    'Behind a position I look for the interest someone really has.',
  ],
  [
    'verbinder-2',
    'VERBINDER',
    false,
    'Ik investeer in relaties met mensen buiten mijn eigen organisatie, ook zonder direct doel.',
    'I invest in relationships with people outside my own organisation, even without an immediate goal.',
  ],
  [
    'cartograaf-2',
    'CARTOGRAAF',
    false,
    'Ik maak graag een overzicht of schema van hoe een vraagstuk in elkaar zit.',
    'I like to make an overview or diagram of how an issue fits together.',
  ],
  [
    'held-2',
    'HELD',
    false,
    'Voor een opgave die ertoe doet, ga ik zo nodig tegen de gangbare werkwijze in.',
    'For a task that matters, I will go against the usual way of working if needed.',
  ],
  [
    'vinder-2',
    'VINDER',
    false,
    'Ik haal graag ideeën uit andere sectoren, landen of vakgebieden.',
    'I like to borrow ideas from other sectors, countries or disciplines.',
  ],
  [
    'motivator-2',
    'MOTIVATOR',
    false,
    'Als de energie in een groep wegzakt, ben ik degene die er weer vaart in brengt.',
    'When the energy in a group drops, I am the one who gets it going again.',
  ],
  [
    'onderhandelaar-2',
    'ONDERHANDELAAR',
    false,
    'Ik zorg ervoor dat afspraken tussen organisaties helder worden vastgelegd.',
    'I make sure that agreements between organisations are clearly recorded.',
  ],
  [
    'verbinder-3',
    'VERBINDER',
    false,
    'Mensen uit verschillende organisaties weten mij te vinden als ze iemand zoeken.',
    'People from different organisations know where to find me when they are looking for someone.',
  ],
  [
    'cartograaf-3',
    'CARTOGRAAF',
    true,
    'Ik begin liever meteen te handelen dan eerst het speelveld te verkennen.',
    'I would rather start acting straight away than first explore the playing field.',
  ],
  [
    'held-3',
    'HELD',
    false,
    'Ik durf persoonlijk risico te nemen om iets voor elkaar te krijgen.',
    'I dare to take personal risk to get something done.',
  ],
  [
    'vinder-3',
    'VINDER',
    false,
    'Ik probeer nieuwe dingen uit, ook als ik niet zeker weet of ze werken.',
    'I try out new things, even when I am not sure they will work.',
  ],
  [
    'motivator-3',
    'MOTIVATOR',
    false,
    'Ik vertel graag waarom ons werk ertoe doet voor de samenleving.',
    'I like to tell why our work matters to society.',
  ],
  [
    'onderhandelaar-3',
    'ONDERHANDELAAR',
    false,
    'Ik zie ruimte voor een ruil waar anderen alleen tegengestelde belangen zien.',
    'I see room for a trade-off where others see only opposing interests.',
  ],
  [
    'verbinder-4',
    'VERBINDER',
    false,
    'In een overleg let ik erop dat iedereen zich gehoord voelt.',
    'In a meeting I make sure everyone feels heard.',
  ],
  [
    'cartograaf-4',
    'CARTOGRAAF',
    false,
    'Ik weet goed hoe besluitvorming en geldstromen in de betrokken organisaties lopen.',
    'I know well how decision-making and budgets work in the organisations involved.',
  ],
  [
    'held-4',
    'HELD',
    true,
    'Als het spannend wordt, laat ik de beslissing liever aan een ander over.',
    'When things get tense, I prefer to leave the decision to someone else.',
  ],
  [
    'vinder-4',
    'VINDER',
    false,
    'Ik zie kansen in het combineren van mensen, middelen en ideeën die nog los van elkaar staan.',
    'I see opportunities in combining people, means and ideas that are still separate.',
  ],
  [
    'motivator-4',
    'MOTIVATOR',
    false,
    'Ik sta stil bij kleine successen om de groep gemotiveerd te houden.',
    'I mark small successes to keep the group motivated.',
  ],
  [
    'onderhandelaar-4',
    'ONDERHANDELAAR',
    false,
    'In een lastig gesprek over belangen blijf ik rustig en zakelijk.',
    'In a difficult conversation about interests I stay calm and businesslike.',
  ],
].map(([key, style, reverse, nl, en]) => ({ key, style, reverse, text: { nl, en } }));
