import { renderedEmail } from '@leerhuis/platform-mail';

import { postHiddenNoticeEmail } from './post-hidden-notice.email';
import { reportOutcomeEmail } from './report-outcome.email';

const thread = {
  publicUrl: 'https://leerhuis.test',
  threadId: 't1',
  title: 'Wie kent de grensregels?',
  communityName: 'Grenswerk',
  communitySlug: 'grenswerk',
};

describe('discussion moderation emails', () => {
  it('does tell the author their post was hidden, naming the thread but not the text', () => {
    const nl = postHiddenNoticeEmail({ thread, reply: true }, 'nl');
    expect(nl.subject).toBe('Een moderator heeft je bericht in Grenswerk verborgen');
    const { html, text } = renderedEmail(nl);
    expect(text).toContain('je reactie in de discussie "Wie kent de grensregels?" verborgen');
    expect(text).toContain(
      'Naar de discussie: https://leerhuis.test/communities/grenswerk/discussions/t1',
    );
    expect(html).toContain('&quot;Wie kent de grensregels?&quot;');
    const en = postHiddenNoticeEmail({ thread, reply: false }, 'en');
    expect(en.subject).toBe('A moderator hid your post in Grenswerk');
    expect(renderedEmail(en).text).toContain(
      'hid your thread "Wie kent de grensregels?". Other members no longer see it.',
    );
  });

  it('does tell the reporter the outcome, hidden or left', () => {
    const hidden = reportOutcomeEmail({ thread, reply: false, hidden: true }, 'nl');
    expect(hidden.subject).toBe('Je melding in Grenswerk is behandeld');
    expect(renderedEmail(hidden).text).toContain(
      'Een moderator heeft de discussie "Wie kent de grensregels?" verborgen.',
    );
    const left = reportOutcomeEmail({ thread, reply: true, hidden: false }, 'en');
    expect(left.subject).toBe('Your report in Grenswerk was handled');
    const { text } = renderedEmail(left);
    expect(text).toContain(
      'looked at the reply in the thread "Wie kent de grensregels?" and decided to leave it.',
    );
    expect(text).toContain(
      'Go to the thread: https://leerhuis.test/communities/grenswerk/discussions/t1',
    );
  });
});
