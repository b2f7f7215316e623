import { useBrowserStack } from './browser';
import {
  directoryFindsMember,
  languageFollowsMember,
  memberEditsProfile,
  memberIsMentioned,
  otherMemberSeesProfile,
  seedPeople,
} from './journeys/people-journey';

describe('People: profiles, member pages and the directory', () => {
  const ui = useBrowserStack();

  // One journey in steps, with the same people and pages throughout.
  it('does let a member edit their profile, show it to others as chosen, be found and be mentioned', async () => {
    const people = await seedPeople(ui);
    const sannePage = await memberEditsProfile(ui, people);
    const joostPage = await otherMemberSeesProfile(ui, people, sannePage);
    await directoryFindsMember(joostPage, people);
    await memberIsMentioned(ui, people, joostPage);
    await languageFollowsMember(ui, people);
  });
});
