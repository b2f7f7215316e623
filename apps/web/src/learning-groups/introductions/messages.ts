// Strings of peer introductions, Dutch and English.
import type { PeerIntroductionReasonCode, PeerIntroductionStatus } from '../../gql/graphql';
import { type Language, useLanguage } from '../../i18n';

const nl = {
  title: 'Kennismaken met een collega-programmadirecteur',
  intro:
    'Vraag om kennis te maken met programmadirecteuren bij andere ministeries met een vergelijkbaar programma. Je krijgt hoogstens drie voorstellen met de redenen; kies er één. Als die persoon ja zegt, krijgen jullie allebei een mail.',
  askTitle: 'Vraag een kennismaking',
  programme: 'Voor welk programma?',
  noProgrammes: 'Beschrijf eerst je programma op de leergroepenpagina.',
  ask: 'Voorstellen vragen',
  listTitle: 'Jouw kennismakingen',
  none: 'Nog geen kennismakingen.',
  noProposals: 'Er is nu niemand met een vergelijkbaar programma bij een ander ministerie.',
  pick: (name: string) => `Kies ${name}`,
  picked: (name: string) => `Je koos ${name}; we wachten op het antwoord.`,
  askedBy: (name: string) => `${name} wil graag met je kennismaken.`,
  accept: 'Ja, graag kennismaken',
  decline: 'Nee, liever niet',
  status: {
    PROPOSED: 'Kies een collega',
    PICKED: 'Wacht op antwoord',
    ACCEPTED: 'Geaccepteerd: jullie hebben allebei een mail gekregen',
    DECLINED: 'Afgeslagen',
  } satisfies Record<PeerIntroductionStatus, string>,
  reasons: {
    SAME_TYPE: 'zelfde soort programma',
    SAME_STRATEGY: 'zelfde strategie',
    SAME_PHASE: 'zelfde fase',
    SHARED_THEMES: 'gedeelde thema’s',
  } satisfies Record<PeerIntroductionReasonCode, string>,
  errors: {
    PROGRAMME_REQUIRED: 'Kies een van je eigen programma’s.',
    PEER_NOT_PROPOSED: 'Kies een van de voorgestelde collega’s.',
    ALREADY_PICKED: 'Je hebt al iemand gekozen.',
    ALREADY_ANSWERED: 'Deze kennismaking is al beantwoord.',
  } as Record<string, string>,
};

type Messages = typeof nl;

const en: Messages = {
  title: 'Meet a fellow programme director',
  intro:
    'Ask to meet programme directors in other ministries with a comparable programme. You get at most three proposals with the reasons; pick one. If they say yes, you both get an email.',
  askTitle: 'Ask for an introduction',
  programme: 'For which programme?',
  noProgrammes: 'Describe your programme first on the learning groups page.',
  ask: 'Get proposals',
  listTitle: 'Your introductions',
  none: 'No introductions yet.',
  noProposals: 'There is nobody with a comparable programme in another ministry right now.',
  pick: (name: string) => `Pick ${name}`,
  picked: (name: string) => `You picked ${name}; waiting for their answer.`,
  askedBy: (name: string) => `${name} would like to meet you.`,
  accept: 'Yes, happy to meet',
  decline: 'No, thank you',
  status: {
    PROPOSED: 'Pick a peer',
    PICKED: 'Waiting for an answer',
    ACCEPTED: 'Accepted: you both received an email',
    DECLINED: 'Declined',
  },
  reasons: {
    SAME_TYPE: 'same kind of programme',
    SAME_STRATEGY: 'same strategy',
    SAME_PHASE: 'same phase',
    SHARED_THEMES: 'shared themes',
  },
  errors: {
    PROGRAMME_REQUIRED: 'Choose one of your own programmes.',
    PEER_NOT_PROPOSED: 'Choose one of the proposed peers.',
    ALREADY_PICKED: 'You already picked someone.',
    ALREADY_ANSWERED: 'This introduction has already been answered.',
  },
};

const dictionaries: Record<Language, Messages> = { nl, en };

export function useIntroductionText() {
  const { lang, t } = useLanguage();
  return { m: dictionaries[lang], t, lang };
}
