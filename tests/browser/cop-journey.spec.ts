import { useBrowserStack } from './browser';
import { newMemberCopJourney } from './journeys/cop-journey';

describe('A new member’s first steps in Communities of Practice', () => {
  const ui = useBrowserStack();

  it('does take a new member from the sign-in email to the waiting list of a full meeting', async () => {
    await newMemberCopJourney(ui, { exactCounts: true, screenshot: 'cop-journey' });
  });
});
