import { renderedEmail } from '@leerhuis/platform-mail';

import type { DigestCommunity } from '../digest-content.repository';
import { DigestFrequency } from '../digest-schedule';
import { composeDigest, MemberDigestContent } from './digest.email';

const open: DigestCommunity = {
  id: 'c1',
  name: 'Open Kring',
  slug: 'open-kring',
  joinPolicy: 'OPEN',
};
const closed: DigestCommunity = {
  id: 'c2',
  name: 'Ketenkring',
  slug: 'ketenkring',
  joinPolicy: 'ON_REQUEST',
};
const since = new Date('2026-11-16T07:00:00Z');
const recipient = {
  name: 'Bram',
  language: 'nl' as const,
  frequency: DigestFrequency.WEEKLY,
  since,
};
const empty: MemberDigestContent = {
  communities: [open, closed],
  threads: [],
  meetings: [],
  lessons: [],
  intervisionLessons: [],
  newMembers: [],
  notifications: [],
  coffeeDateRound: null,
};
const URL = 'https://leerhuis.example';

describe('composeDigest', () => {
  it('gives null when nothing is new: unchanged meetings and an older koffiedate round do not count', () => {
    expect(composeDigest(recipient, empty, URL)).toBeNull();
    expect(
      composeDigest(
        recipient,
        {
          ...empty,
          meetings: [
            {
              id: 'm1',
              community: open,
              title: 'Al bekend',
              startsAt: new Date('2026-11-30T18:00:00Z'),
              changed: false,
              isNew: false,
            },
          ],
          coffeeDateRound: {
            id: 'r1',
            opensAt: new Date('2026-11-01T08:00:00Z'),
            signupDeadline: new Date('2026-11-25T08:00:00Z'),
          },
        },
        URL,
      ),
    ).toBeNull();
  });

  it('builds sections, subject, reason and settings link in Dutch', () => {
    const digest = composeDigest(
      recipient,
      {
        ...empty,
        threads: [
          {
            id: 't1',
            community: open,
            title: 'Open vraag',
            body: '**Vet** en [link](https://x.nl)',
            isNew: true,
            replies: 2,
            lastActivityAt: since,
          },
          {
            id: 't2',
            community: closed,
            title: 'Gesloten vraag',
            body: null,
            isNew: false,
            replies: 1,
            lastActivityAt: since,
          },
        ],
        newMembers: [{ community: open, count: 7, names: ['A', 'B', 'C', 'D', 'E'] }],
      },
      URL,
    )!;
    expect(digest.subject).toBe('Je overzicht van Leerhuis: 2 nieuwe discussies, 7 nieuwe leden');
    expect(digest.content.sections).toEqual([
      {
        heading: 'Nieuwe en actieve discussies',
        items: [
          {
            title: 'Open vraag',
            url: `${URL}/communities/open-kring/discussions/t1`,
            meta: 'Open Kring · nieuw · 2 nieuwe reacties',
            excerpt: 'Vet en link',
          },
          {
            title: 'Gesloten vraag',
            url: `${URL}/communities/ketenkring/discussions/t2`,
            meta: 'Ketenkring · 1 nieuwe reactie',
            excerpt: undefined,
          },
        ],
      },
      {
        heading: 'Nieuwe leden',
        items: [
          {
            title: 'Open Kring: 7 nieuwe leden',
            url: `${URL}/communities/open-kring`,
            meta: 'A, B, C, D, E en 2 anderen',
          },
        ],
      },
    ]);
    expect(digest.content.reason).toBe(
      'Je krijgt dit wekelijkse overzicht omdat je lid bent van Open Kring en Ketenkring.',
    );
    expect(digest.content.settingsUrl).toBe(`${URL}/instellingen/meldingen`);
    expect(digest.content.paragraphs).toEqual(['Hallo Bram, dit is er nieuw sinds 16 november.']);
  });

  it('writes English for an English-speaking member', () => {
    const digest = composeDigest(
      { ...recipient, language: 'en', frequency: DigestFrequency.MONTHLY },
      {
        ...empty,
        communities: [open],
        lessons: [
          { id: 'l1', community: null, title: 'Gedeelde les', body: 'Tekst', platformWide: true },
        ],
      },
      URL,
    )!;
    expect(digest.subject).toBe('Your Leerhuis overview: 1 new lesson');
    expect(digest.content.reason).toBe(
      'You get this monthly overview because you are a member of Open Kring.',
    );
    expect(digest.content.sections![0].items[0].meta).toBe('shared with all of Leerhuis');
  });

  it('carries notifications (intervisie: group name and phase title only) and reports their ids', () => {
    const digest = composeDigest(
      recipient,
      {
        ...empty,
        notifications: [
          {
            id: '11',
            kind: 'INTERVISION_PHASE',
            createdAt: since,
            actorName: null,
            community: null,
            thread: null,
            meeting: null,
            data: {
              groupName: 'Groep Noord',
              phaseTitleNl: 'Verhelderen',
              phaseTitleEn: 'Clarifying',
              caseId: 'k1',
              secret: 'x',
            },
          },
          {
            id: '12',
            kind: 'REPLY',
            createdAt: since,
            actorName: 'Anna',
            community: { name: 'Open Kring', slug: 'open-kring' },
            thread: { id: 't1', title: 'Mijn vraag' },
            meeting: null,
            data: {},
          },
          // Its thread is gone: not shown, not marked.
          {
            id: '13',
            kind: 'MENTION',
            createdAt: since,
            actorName: 'Anna',
            community: null,
            thread: null,
            meeting: null,
            data: {},
          },
        ],
      },
      URL,
    )!;
    expect(digest.notificationIds).toEqual(['11', '12']);
    expect(digest.content.sections![0].items.map((i) => i.title)).toEqual([
      'Groep Noord: fase “Verhelderen” is begonnen',
      'Anna reageerde op “Mijn vraag”',
    ]);
    expect(JSON.stringify(digest.content)).not.toContain('secret');
  });

  it('gives intervisie lessons of a closed CoP without their text', () => {
    const lesson = {
      key: 'k',
      lessons: 'Wat de groep leerde',
      methodNameNl: 'Incidentmethode',
      methodNameEn: 'Incident method',
      closedMonth: '2026-11',
      sharedAt: since,
    };
    const digest = composeDigest(
      recipient,
      {
        ...empty,
        intervisionLessons: [
          { ...lesson, scope: 'COMMUNITY', communityId: 'c2' },
          { ...lesson, key: 'k2', scope: 'COMMUNITY', communityId: 'c1' },
        ],
      },
      URL,
    )!;
    const [closedItem, openItem] = digest.content.sections![0].items;
    expect(closedItem.title).toBe('Intervisieles (Incidentmethode, 2026-11)');
    expect(closedItem.excerpt).toBeUndefined();
    expect(openItem.excerpt).toBe('Wat de groep leerde');
  });

  it('caps long sections with a link to the rest', () => {
    const threads = Array.from({ length: 13 }, (_, i) => ({
      id: `t${i}`,
      community: open,
      title: `Vraag ${i}`,
      body: null,
      isNew: true,
      replies: 0,
      lastActivityAt: since,
    }));
    const digest = composeDigest(recipient, { ...empty, threads }, URL)!;
    const items = digest.content.sections![0].items;
    expect(items).toHaveLength(11);
    expect(items[10]).toEqual({ title: '3 andere items', url: `${URL}/` });
    expect(digest.subject).toBe('Je overzicht van Leerhuis: 13 nieuwe discussies');
  });

  it('does render the sections, their links and the settings link as plain text', () => {
    const digest = composeDigest(
      { ...recipient, language: 'en' },
      {
        ...empty,
        threads: [
          {
            id: 't1',
            community: open,
            title: 'Open question',
            body: 'Some text',
            isNew: true,
            replies: 0,
            lastActivityAt: since,
          },
        ],
      },
      URL,
    )!;
    const { html, text } = renderedEmail({ subject: digest.subject, content: digest.content });
    expect(digest.subject).toBe('Your Leerhuis overview: 1 new discussion');
    expect(text).toContain('New and active discussions\n--------------------------');
    expect(text).toContain(
      '* Open question\n  Open Kring · new\n  Some text\n  https://leerhuis.example/communities/open-kring/discussions/t1',
    );
    expect(html).toContain('href="https://leerhuis.example/instellingen/meldingen"');
  });
});
