import type { AppConfig } from '@leerhuis/platform-config';
import type { Mailer, OutgoingEmail } from '@leerhuis/platform-mail';

import { LearningGroupEntity, LearningGroupStatus } from '../entities/learning-group.entity';
import type { LearningGroupRepository, MemberContact } from '../learning-group.repository';
import { SendLearningGroupCompositionJob } from './send-learning-group-composition.job';

const group = Object.assign(new LearningGroupEntity(), {
  id: 'g1',
  name: 'Leergroep 2027',
  goal: 'Rode draden vinden',
  facilitatorId: 'f',
  cohortStartsOn: '2027-01-01',
  cohortEndsOn: '2027-12-31',
  firstSessionAt: new Date('2027-01-12T13:00:00Z'),
  sessionMinutes: 180,
  location: 'Den Haag',
  cadenceWeeks: 6,
  targetSize: 4,
  status: LearningGroupStatus.RUNNING,
  proposal: null,
  composedAt: new Date('2026-11-22T08:00:00Z'),
});

const contact = (id: string, language: 'nl' | 'en' = 'nl'): MemberContact => ({
  id,
  name: `Naam ${id}`,
  email: `${id}@rijksoverheid.nl`,
  language,
});

describe(SendLearningGroupCompositionJob.name, () => {
  function setUp() {
    const sent: OutgoingEmail[] = [];
    const mailer = {
      send: async (email: OutgoingEmail) => {
        sent.push(email);
        return 'sent' as const;
      },
    } as unknown as Mailer;
    const repository = {
      findById: async () => group,
      contacts: async (ids: readonly string[]) =>
        new Map(ids.map((id) => [id, contact(id, id === 'b' ? 'en' : 'nl')])),
    } as unknown as LearningGroupRepository;
    const job = new SendLearningGroupCompositionJob(
      mailer,
      { PUBLIC_URL: 'https://leerhuis.example' } as AppConfig,
      repository,
    );
    return { job, sent };
  }

  const data = {
    learningGroupId: 'g1',
    groups: [
      { number: 1, memberIds: ['a', 'b'] },
      { number: 2, memberIds: ['c', 'd'] },
    ],
    notPlacedIds: ['e'],
  };

  it('does email every member their group with its own .ics series, under a key per member', async () => {
    const { job, sent } = setUp();
    await job.handle(data);
    const placed = sent.filter((e) => e.key.startsWith('learning-group-placed:'));
    expect(placed.map((e) => e.key)).toEqual([
      'learning-group-placed:g1:a',
      'learning-group-placed:g1:b',
      'learning-group-placed:g1:c',
      'learning-group-placed:g1:d',
    ]);
    const [a, b, c] = placed;
    expect(a.subject).toBe('Je bent ingedeeld in de leergroep Leergroep 2027');
    expect(a.text).toContain('Naam b');
    expect(a.text).toContain('dinsdag 12 januari 2027 14:00');
    expect(b.subject).toBe('You have a place in the learning group Leergroep 2027');
    expect(a.attachments![0].content).toContain('DTSTART;TZID=Europe/Amsterdam:20270112T140000');
    expect(c.attachments![0].content).toContain('DTSTART;TZID=Europe/Amsterdam:20270119T140000');
    expect(c.attachments![0].content).toContain('UID:learning-group-g1-group-2@leerhuis');
  });

  it('does tell who was not placed, without a calendar, and give the facilitator every series', async () => {
    const { job, sent } = setUp();
    await job.handle(data);
    const notPlaced = sent.find((e) => e.key === 'learning-group-not-placed:g1:e')!;
    expect(notPlaced.attachments).toBeUndefined();
    const facilitator = sent.find((e) => e.key === 'learning-group-composed:g1:f')!;
    expect(facilitator.attachments).toHaveLength(2);
    expect(facilitator.text).toContain('Groep 1: Naam a, Naam b');
    expect(sent).toHaveLength(6);
  });

  it('does use the same keys on a retry, so the Mailer sends nothing twice', async () => {
    const first = setUp();
    await first.job.handle(data);
    const second = setUp();
    await second.job.handle(data);
    expect(second.sent.map((e) => e.key)).toEqual(first.sent.map((e) => e.key));
  });
});
