import { useBrowserStack } from './browser';
import {
  directoryFindsMember,
  languageFollowsMember,
  memberEditsProfile,
  otherMemberSeesProfile,
  seedPeople,
} from './journeys/people-journey';

describe('People: profiles, member pages and the directory', () => {
  const ui = useBrowserStack();

  // One journey in steps; more steps (e.g. mentioning a member through the picker) can be
  // appended with the same people and pages.
  it('does let a member edit their profile, show it to others as chosen, and be found', async () => {
    const people = await seedPeople(ui);
    const sannePage = await memberEditsProfile(ui, people);
    const joostPage = await otherMemberSeesProfile(ui, people, sannePage);
    await directoryFindsMember(joostPage, people);
    await languageFollowsMember(ui, people);
  });
});
