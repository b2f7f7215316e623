import type { AppConfig } from '@leerhuis/platform-config';
import type { Mailer, OutgoingEmail } from '@leerhuis/platform-mail';

import type { CommunityRepository } from '../community.repository';
import type { Applicant, JoinRequestRepository } from '../join-request.repository';
import { SendJoinRequestJob } from './send-join-request.job';

describe(SendJoinRequestJob.name, () => {
  const config = { PUBLIC_URL: 'https://leerhuis.example' } as AppConfig;
  const data = {
    eventId: 'e1',
    communityId: 'c1',
    memberId: 'p',
    motivation: 'Ik leid een programma.',
  };

  function setUp(applicant: Applicant | null) {
    const sent: OutgoingEmail[] = [];
    const mailer = {
      send: async (email: OutgoingEmail) => {
        sent.push(email);
        return 'sent' as const;
      },
    } as unknown as Mailer;
    const communities = {
      findById: async () => ({ id: 'c1', name: 'Programmadirecteuren', slug: 'pd' }),
    } as unknown as CommunityRepository;
    const requests = {
      pendingApplicant: async () => applicant,
      coordinatorContacts: async () => [
        { id: 'a', email: 'a@minbzk.nl', name: 'A', language: 'nl' },
        { id: 'b', email: 'b@minfin.nl', name: 'B', language: 'en' },
      ],
    } as unknown as JoinRequestRepository;
    return { job: new SendJoinRequestJob(mailer, config, communities, requests), sent };
  }

  it('does email each coordinator once (key per event and coordinator) with who, organisation and motivation', async () => {
    const { job, sent } = setUp({
      id: 'p',
      name: 'Piet',
      organisation: 'Ministerie van Financiën (FIN)',
    });
    await job.handle(data);
    expect(sent.map((e) => [e.to, e.key])).toEqual([
      ['a@minbzk.nl', 'community-join-request:e1:a'],
      ['b@minfin.nl', 'community-join-request:e1:b'],
    ]);
    expect(sent[0].subject).toBe('Piet wil lid worden van Programmadirecteuren');
    expect(sent[0].text).toContain('Piet (Ministerie van Financiën (FIN)) vraagt om lid te worden');
    expect(sent[0].text).toContain('Ik leid een programma.');
    expect(sent[0].text).toContain('https://leerhuis.example/communities/pd/beheer');
    expect(sent[1].subject).toBe('Piet asks to join Programmadirecteuren');
  });

  it('does send nothing once the request was decided or withdrawn', async () => {
    const { job, sent } = setUp(null);
    await job.handle(data);
    expect(sent).toEqual([]);
  });
});
