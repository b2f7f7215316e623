import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Intervisie: closed groups with a confidentiality agreement, methods (werkvormen) as data,
 * cases that move through the phases of a method, contributions per phase, and the
 * moderator's audit log. The four shipped methods are rows with group_id NULL; a moderator's
 * adapted copy belongs to one group.
 */
export class Intervision1763800000010 implements MigrationInterface {
  name = 'Intervision1763800000010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE intervision_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 3 AND 120),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        context text NOT NULL CHECK (context IN ('COMMUNITY', 'STANDALONE')),
        community_id uuid REFERENCES community (id) ON DELETE CASCADE,
        -- Room for leergroepen (issue 6): that migration adds LEARNING_GROUP to the context
        -- check and a foreign key on this column.
        learning_group_id uuid,
        confidentiality_text text NOT NULL CHECK (length(btrim(confidentiality_text)) BETWEEN 10 AND 5000),
        confidentiality_version integer NOT NULL DEFAULT 1 CHECK (confidentiality_version >= 1),
        follow_up_seconds integer NOT NULL DEFAULT 2419200 CHECK (follow_up_seconds >= 1),
        created_by uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT intervision_group_context CHECK ((context = 'COMMUNITY') = (community_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX intervision_group_community ON intervision_group (community_id)`);
    await db.query(`
      CREATE TABLE intervision_group_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES intervision_group (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('MODERATOR', 'PARTICIPANT')),
        status text NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'LEFT')),
        agreement_version integer,
        agreement_accepted_at timestamptz,
        invited_by uuid REFERENCES member (id) ON DELETE SET NULL,
        invited_at timestamptz NOT NULL DEFAULT now(),
        left_at timestamptz,
        CONSTRAINT intervision_group_member_once UNIQUE (group_id, member_id),
        CONSTRAINT intervision_group_member_agreed CHECK (
          status <> 'ACTIVE' OR (agreement_version IS NOT NULL AND agreement_accepted_at IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX intervision_group_member_member ON intervision_group_member (member_id, status)`,
    );
    await db.query(`
      CREATE TABLE intervision_method (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid REFERENCES intervision_group (id) ON DELETE CASCADE,
        key text NOT NULL CHECK (key ~ '^[a-z0-9-]{2,60}$'),
        based_on_id uuid REFERENCES intervision_method (id) ON DELETE SET NULL,
        name_nl text NOT NULL CHECK (length(btrim(name_nl)) BETWEEN 3 AND 120),
        name_en text NOT NULL CHECK (length(btrim(name_en)) BETWEEN 3 AND 120),
        description_nl text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        phases jsonb NOT NULL CHECK (jsonb_typeof(phases) = 'array' AND jsonb_array_length(phases) BETWEEN 1 AND 12),
        created_by uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX intervision_method_key ON intervision_method (coalesce(group_id, '00000000-0000-0000-0000-000000000000'::uuid), key)`,
    );
    await db.query(`
      CREATE TABLE intervision_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES intervision_group (id) ON DELETE CASCADE,
        owner_id uuid REFERENCES member (id) ON DELETE SET NULL,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 200),
        situation_what text NOT NULL CHECK (length(situation_what) <= 5000),
        situation_who text NOT NULL DEFAULT '' CHECK (length(situation_who) <= 2000),
        situation_where text NOT NULL DEFAULT '' CHECK (length(situation_where) <= 2000),
        situation_when text NOT NULL DEFAULT '' CHECK (length(situation_when) <= 2000),
        tried text NOT NULL DEFAULT '' CHECK (length(tried) <= 5000),
        question text NOT NULL CHECK (length(question) <= 2000),
        state text NOT NULL DEFAULT 'DRAFT'
          CHECK (state IN ('DRAFT', 'ACCEPTED', 'IN_PHASE', 'CLOSING', 'CLOSED')),
        method_id uuid REFERENCES intervision_method (id) ON DELETE SET NULL,
        -- The method as it was when the case was accepted: later edits never move a running case.
        method_snapshot jsonb,
        current_phase integer,
        accepted_by uuid REFERENCES member (id) ON DELETE SET NULL,
        accepted_at timestamptz,
        reflection text NOT NULL DEFAULT '' CHECK (length(reflection) <= 5000),
        next_step text NOT NULL DEFAULT '' CHECK (length(next_step) <= 2000),
        lessons text NOT NULL DEFAULT '' CHECK (length(lessons) <= 5000),
        share_consent text NOT NULL DEFAULT 'NONE' CHECK (share_consent IN ('NONE', 'COMMUNITY', 'PLATFORM')),
        share_consented_at timestamptz,
        shared_scope text CHECK (shared_scope IN ('COMMUNITY', 'PLATFORM')),
        shared_at timestamptz,
        closed_at timestamptz,
        follow_up_asked_at timestamptz,
        follow_up_answer text NOT NULL DEFAULT '' CHECK (length(follow_up_answer) <= 5000),
        follow_up_answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT intervision_case_method CHECK (state = 'DRAFT' OR method_snapshot IS NOT NULL),
        CONSTRAINT intervision_case_phase CHECK ((state = 'IN_PHASE') = (current_phase IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX intervision_case_group ON intervision_case (group_id, created_at DESC, id)`,
    );
    await db.query(`
      CREATE TABLE intervision_case_phase (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES intervision_case (id) ON DELETE CASCADE,
        phase_index integer NOT NULL CHECK (phase_index >= 0),
        opened_at timestamptz NOT NULL DEFAULT now(),
        deadline timestamptz,
        auto_advance boolean NOT NULL DEFAULT false,
        closed_at timestamptz,
        CONSTRAINT intervision_case_phase_once UNIQUE (case_id, phase_index)
      )`);
    await db.query(`
      CREATE TABLE intervision_contribution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES intervision_case (id) ON DELETE CASCADE,
        phase_index integer NOT NULL,
        author_id uuid REFERENCES member (id) ON DELETE SET NULL,
        author_role text NOT NULL CHECK (author_role IN ('CASE_OWNER', 'PARTICIPANTS', 'MODERATOR')),
        kind text NOT NULL CHECK (kind IN ('CLARIFYING_QUESTION', 'ANSWER', 'PERSPECTIVE', 'ADVICE',
          'REFLECTION', 'NEXT_STEP', 'EVALUATION')),
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX intervision_contribution_case ON intervision_contribution (case_id, phase_index, created_at, id)`,
    );
    await db.query(`
      CREATE TABLE intervision_audit (
        id bigserial PRIMARY KEY,
        group_id uuid NOT NULL REFERENCES intervision_group (id) ON DELETE CASCADE,
        case_id uuid REFERENCES intervision_case (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES member (id) ON DELETE SET NULL,
        action text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX intervision_audit_group ON intervision_audit (group_id, at)`);
    for (const method of SHIPPED_METHODS) {
      await db.query(
        `INSERT INTO intervision_method (id, key, name_nl, name_en, description_nl, description_en, phases)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          method.id,
          method.key,
          method.nameNl,
          method.nameEn,
          method.descriptionNl,
          method.descriptionEn,
          JSON.stringify(method.phases),
        ],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE intervision_audit`);
    await db.query(`DROP TABLE intervision_contribution`);
    await db.query(`DROP TABLE intervision_case_phase`);
    await db.query(`DROP TABLE intervision_case`);
    await db.query(`DROP TABLE intervision_method`);
    await db.query(`DROP TABLE intervision_group_member`);
    await db.query(`DROP TABLE intervision_group`);
  }
}

type Role = 'CASE_OWNER' | 'PARTICIPANTS' | 'MODERATOR';
const ALL: Role[] = ['CASE_OWNER', 'PARTICIPANTS', 'MODERATOR'];
const GROUP: Role[] = ['PARTICIPANTS', 'MODERATOR'];
const OWNER: Role[] = ['CASE_OWNER'];

const phase = (
  key: string,
  writers: Role[],
  kinds: string[],
  durationMinutes: number | null,
  titleNl: string,
  titleEn: string,
  instructionNl: string,
  instructionEn: string,
) => ({ key, titleNl, titleEn, instructionNl, instructionEn, writers, kinds, durationMinutes });

const DAY = 24 * 60;

/** The four methods Leerhuis ships; texts written for Leerhuis. */
const SHIPPED_METHODS = [
  {
    id: '00000000-0000-4000-9000-000000000001',
    key: 'incident',
    nameNl: 'Incidentmethode',
    nameEn: 'Incident method',
    descriptionNl:
      'Een recent voorval staat centraal. De groep stelt eerst alleen feitelijke vragen, analyseert daarna en geeft pas dan advies, terwijl de inbrenger luistert.',
    descriptionEn:
      'A recent incident is the focus. The group first asks factual questions only, then analyses, and only then advises while the case owner listens.',
    phases: [
      phase(
        'pitch',
        OWNER,
        ['ANSWER'],
        DAY,
        'Inbreng',
        'Case pitch',
        'De inbrenger licht de casus en de vraag kort toe. De anderen lezen mee.',
        'The case owner briefly introduces the case and the question. The others read along.',
      ),
      phase(
        'questions',
        ALL,
        ['CLARIFYING_QUESTION', 'ANSWER'],
        2 * DAY,
        'Verhelderende vragen',
        'Clarifying questions',
        'Stel alleen feitelijke, verhelderende vragen: nog geen advies of oordeel. De inbrenger beantwoordt ze.',
        'Ask factual, clarifying questions only: no advice or judgement yet. The case owner answers them.',
      ),
      phase(
        'analysis',
        GROUP,
        ['PERSPECTIVE'],
        2 * DAY,
        'Analyse',
        'Analysis',
        'De groep analyseert: wat speelt hier volgens jou? Welke patronen, belangen en spanningen zie je? De inbrenger luistert.',
        'The group analyses: what is going on, in your view? Which patterns, interests and tensions do you see? The case owner listens.',
      ),
      phase(
        'advice',
        GROUP,
        ['ADVICE'],
        2 * DAY,
        'Adviesronde',
        'Advice round',
        'Geef ieder een concreet advies, gericht op de vraag van de inbrenger. De inbrenger luistert alleen.',
        "Each give one concrete piece of advice that answers the case owner's question. The case owner only listens.",
      ),
      phase(
        'response',
        OWNER,
        ['REFLECTION', 'NEXT_STEP'],
        2 * DAY,
        'Reactie en volgende stap',
        'Response and next step',
        'De inbrenger reageert: wat raakte je, wat neem je mee? Kies een volgende stap.',
        'The case owner responds: what touched you, what will you take with you? Choose a next step.',
      ),
      phase(
        'evaluation',
        ALL,
        ['EVALUATION'],
        DAY,
        'Evaluatie',
        'Evaluation',
        'Hoe ging het? Wat leerde je van deze casus voor je eigen werk?',
        'How did it go? What did you learn from this case for your own work?',
      ),
    ],
  },
  {
    id: '00000000-0000-4000-9000-000000000002',
    key: 'bob',
    nameNl: 'Beeldvorming – oordeelsvorming – besluitvorming',
    nameEn: 'Picture – judgement – decision',
    descriptionNl:
      'Eerst samen een zo volledig mogelijk beeld vormen, dan oordelen, dan pas besluiten. Zo voorkom je dat de groep te snel naar oplossingen springt.',
    descriptionEn:
      'First build as full a picture as possible together, then judge, and only then decide. This keeps the group from jumping to solutions.',
    phases: [
      phase(
        'pitch',
        OWNER,
        ['ANSWER'],
        DAY,
        'Inbreng',
        'Case pitch',
        'De inbrenger licht de casus en de vraag kort toe.',
        'The case owner briefly introduces the case and the question.',
      ),
      phase(
        'picture',
        ALL,
        ['CLARIFYING_QUESTION', 'ANSWER'],
        2 * DAY,
        'Beeldvorming',
        'Forming a picture',
        'Vraag door tot het beeld compleet is: feiten, betrokkenen, belangen, geschiedenis. Nog geen oordeel.',
        'Ask on until the picture is complete: facts, people involved, interests, history. No judgement yet.',
      ),
      phase(
        'judgement',
        ALL,
        ['PERSPECTIVE'],
        2 * DAY,
        'Oordeelsvorming',
        'Forming a judgement',
        'Wat vind je ervan? Wat is hier het eigenlijke probleem, en welke opties zijn er?',
        'What do you make of it? What is the real problem here, and what are the options?',
      ),
      phase(
        'decision',
        ALL,
        ['ADVICE', 'NEXT_STEP'],
        2 * DAY,
        'Besluitvorming',
        'Decision',
        'De groep geeft advies over de opties; de inbrenger kiest en benoemt de volgende stap.',
        'The group advises on the options; the case owner chooses and names the next step.',
      ),
      phase(
        'evaluation',
        ALL,
        ['EVALUATION'],
        DAY,
        'Evaluatie',
        'Evaluation',
        'Wat heeft deze ronde opgeleverd, voor de inbrenger en voor jezelf?',
        'What did this round yield, for the case owner and for yourself?',
      ),
    ],
  },
  {
    id: '00000000-0000-4000-9000-000000000003',
    key: 'roddel',
    nameNl: 'Roddelmethode',
    nameEn: 'Gossip method',
    descriptionNl:
      'Respectvol roddelen: de groep bespreekt de casus alsof de inbrenger er niet bij is. De inbrenger luistert alleen en reageert pas daarna.',
    descriptionEn:
      'Respectful gossip: the group discusses the case as if the case owner were not there. The case owner only listens and responds afterwards.',
    phases: [
      phase(
        'pitch',
        OWNER,
        ['ANSWER'],
        DAY,
        'Inbreng',
        'Case pitch',
        'De inbrenger licht de casus en de vraag kort toe.',
        'The case owner briefly introduces the case and the question.',
      ),
      phase(
        'questions',
        ALL,
        ['CLARIFYING_QUESTION', 'ANSWER'],
        2 * DAY,
        'Verhelderende vragen',
        'Clarifying questions',
        'Stel feitelijke vragen zodat je de situatie begrijpt. De inbrenger beantwoordt ze.',
        'Ask factual questions so you understand the situation. The case owner answers them.',
      ),
      phase(
        'gossip',
        GROUP,
        ['PERSPECTIVE', 'ADVICE'],
        2 * DAY,
        'Roddelronde',
        'Gossip round',
        'Praat over de inbrenger in de derde persoon, alsof die er niet is: wat zou hij of zij kunnen doen, wat valt je op? Wees eerlijk en respectvol. De inbrenger luistert alleen.',
        'Talk about the case owner in the third person, as if they were not there: what could they do, what strikes you? Be honest and respectful. The case owner only listens.',
      ),
      phase(
        'response',
        OWNER,
        ['REFLECTION', 'NEXT_STEP'],
        2 * DAY,
        'Reactie van de inbrenger',
        "Case owner's response",
        'De inbrenger vertelt wat het roddelen opleverde en kiest een volgende stap.',
        'The case owner says what the gossip yielded and chooses a next step.',
      ),
      phase(
        'evaluation',
        ALL,
        ['EVALUATION'],
        DAY,
        'Evaluatie',
        'Evaluation',
        'Hoe was het om zo over een collega te praten, en om erover te horen?',
        'What was it like to talk about a colleague this way, and to hear it?',
      ),
    ],
  },
  {
    id: '00000000-0000-4000-9000-000000000004',
    key: 'appreciative-inquiry',
    nameNl: 'Appreciative inquiry',
    nameEn: 'Appreciative inquiry',
    descriptionNl:
      'Onderzoek wat wél werkt in plaats van wat misgaat: ontdekken, dromen, ontwerpen en doen.',
    descriptionEn:
      'Explore what works rather than what goes wrong: discover, dream, design and deliver.',
    phases: [
      phase(
        'discover',
        ALL,
        ['CLARIFYING_QUESTION', 'ANSWER'],
        2 * DAY,
        'Ontdekken',
        'Discover',
        'De inbrenger vertelt over een moment waarop het wél goed ging. Vraag door: wat maakte het succesvol?',
        'The case owner tells about a moment when it did go well. Ask on: what made it a success?',
      ),
      phase(
        'dream',
        ALL,
        ['PERSPECTIVE'],
        2 * DAY,
        'Dromen',
        'Dream',
        'Hoe ziet de situatie eruit als het op zijn best is? Beschrijf het zo concreet mogelijk.',
        'What does the situation look like at its best? Describe it as concretely as you can.',
      ),
      phase(
        'design',
        ALL,
        ['ADVICE', 'REFLECTION'],
        2 * DAY,
        'Ontwerpen',
        'Design',
        'Welke sterke punten kun je inzetten om daar te komen? De groep denkt mee, de inbrenger reflecteert.',
        'Which strengths can be used to get there? The group thinks along, the case owner reflects.',
      ),
      phase(
        'deliver',
        ALL,
        ['NEXT_STEP', 'EVALUATION'],
        2 * DAY,
        'Doen',
        'Deliver',
        'De inbrenger kiest een eerste stap; iedereen evalueert wat deze ronde opleverde.',
        'The case owner chooses a first step; everyone evaluates what this round yielded.',
      ),
    ],
  },
];
