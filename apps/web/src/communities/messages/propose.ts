// Proposing a CoP, and the proposals an admin approves.

export const nl = {
  proposeTitle: 'Een CoP voorstellen',
  proposeIntro:
    'Stel een Community of Practice voor rond een ambitie of vraagstuk. Jij wordt de eerste trekker. Velden zonder “(optioneel)” zijn verplicht.',
  nameLabel: 'Naam',
  slugLabel: 'Webadres (optioneel)',
  slugDescription: 'Kleine letters, cijfers en streepjes. Leeg laten: we maken het van de naam.',
  goalLabel: 'Doel',
  goalDescription: 'Wat wil de CoP bereiken?',
  domainLabel: 'Domein',
  domainDescription: 'Over welk werkveld gaat het?',
  questionsLabel: 'Centrale vragen (optioneel)',
  questionsDescription: 'Eén vraag per regel.',
  themesLegend: 'Thema’s (optioneel)',
  welcomeLabel: 'Welkomstbericht (optioneel)',
  welcomeDescription: 'Wat nieuwe leden als eerste lezen.',
  joinPolicyLegend: 'Hoe word je lid?',
  startsOnLabel: 'Startdatum',
  plannedEndOnLabel: 'Geplande einddatum (optioneel)',
  plannedEndOnDescription: 'Een CoP is tijdelijk: wanneer rond je af of draag je over?',
  proposeButton: 'CoP voorstellen',
  proposedTitle: 'Je voorstel is ontvangen',
  proposedOpen: (name: string) => `${name} staat open. Jij bent de trekker.`,
  proposedAwaits: (name: string) =>
    `${name} wacht op goedkeuring door een beheerder. Je krijgt bericht zodra de CoP open is.`,
  toCommunity: 'Naar de CoP',
  // admin
  proposalsTitle: 'Voorstellen ter goedkeuring',
  noProposals: 'Er zijn geen voorstellen die op goedkeuring wachten.',
};

export const en: typeof nl = {
  proposeTitle: 'Propose a CoP',
  proposeIntro:
    'Propose a Community of Practice around an ambition or question. You become its first coordinator. Fields without “(optional)” are required.',
  nameLabel: 'Name',
  slugLabel: 'Web address (optional)',
  slugDescription:
    'Lower-case letters, digits and hyphens. Leave empty to derive it from the name.',
  goalLabel: 'Goal',
  goalDescription: 'What does the CoP want to achieve?',
  domainLabel: 'Domain',
  domainDescription: 'Which field of work is it about?',
  questionsLabel: 'Central questions (optional)',
  questionsDescription: 'One question per line.',
  themesLegend: 'Themes (optional)',
  welcomeLabel: 'Welcome message (optional)',
  welcomeDescription: 'What new members read first.',
  joinPolicyLegend: 'How do people join?',
  startsOnLabel: 'Start date',
  plannedEndOnLabel: 'Planned end date (optional)',
  plannedEndOnDescription: 'A CoP is temporary: when will you close or hand over?',
  proposeButton: 'Propose CoP',
  proposedTitle: 'Your proposal was received',
  proposedOpen: (name: string) => `${name} is open. You are its coordinator.`,
  proposedAwaits: (name: string) =>
    `${name} awaits approval by an administrator. You will hear once the CoP is open.`,
  toCommunity: 'Go to the CoP',
  proposalsTitle: 'Proposals awaiting approval',
  noProposals: 'No proposals are awaiting approval.',
};
