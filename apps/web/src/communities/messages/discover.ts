// The menu, a CoP's card and discovering CoPs.

export const nl = {
  navMine: "Mijn CoP's",
  navDiscover: 'Ontdekken',
  navPropose: 'CoP starten',
  discoverLink: "Ontdek CoP's",
  proposeLink: 'Een CoP voorstellen',
  upcomingMeetings: 'Komende bijeenkomsten',
  upcomingMeetingsSoon:
    'Hier komen de bijeenkomsten van jouw CoP’s te staan zodra die gepland worden.',
  phase: 'Fase',
  members: (count: number) => (count === 1 ? '1 lid' : `${count} leden`),
  lastActivity: 'Laatste activiteit',
  joinPolicy: 'Toegang',
  discoverTitle: 'Ontdekken',
  discoverIntro:
    "Zoek een Community of Practice die bij je past. Je ziet alleen CoP's waar je kunt aansluiten of waar je al lid van bent.",
  searchLabel: 'Zoeken',
  searchDescription: 'Zoek op naam, doel, domein of thema.',
  searchButton: 'Zoeken',
  themeLabel: 'Thema',
  allThemes: 'Alle thema’s',
  phaseLabel: 'Fase',
  allPhases: 'Alle fasen',
  results: (count: number) =>
    count === 0
      ? "Geen CoP's gevonden."
      : count === 1
        ? '1 CoP gevonden'
        : `${count} CoP's gevonden`,
  loadMore: 'Meer laden',
  youAreMember: 'Je bent lid',
  youRequested: 'Aanvraag in behandeling',
  proposedBadge: 'Wacht op goedkeuring',
};

export const en: typeof nl = {
  navMine: 'My CoPs',
  navDiscover: 'Discover',
  navPropose: 'Start a CoP',
  discoverLink: 'Discover CoPs',
  proposeLink: 'Propose a CoP',
  upcomingMeetings: 'Upcoming meetings',
  upcomingMeetingsSoon: 'The meetings of your CoPs will appear here once they are scheduled.',
  phase: 'Phase',
  members: (count: number) => (count === 1 ? '1 member' : `${count} members`),
  lastActivity: 'Last activity',
  joinPolicy: 'Access',
  discoverTitle: 'Discover',
  discoverIntro:
    'Find a Community of Practice that suits you. You only see CoPs you can join or already belong to.',
  searchLabel: 'Search',
  searchDescription: 'Search by name, goal, domain or theme.',
  searchButton: 'Search',
  themeLabel: 'Theme',
  allThemes: 'All themes',
  phaseLabel: 'Phase',
  allPhases: 'All phases',
  results: (count: number) =>
    count === 0 ? 'No CoPs found.' : count === 1 ? '1 CoP found' : `${count} CoPs found`,
  loadMore: 'Load more',
  youAreMember: 'You are a member',
  youRequested: 'Request pending',
  proposedBadge: 'Awaiting approval',
};
