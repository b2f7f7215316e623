import type { BoundarySpannerStyle } from '@leerhuis/matching';

type Texts = { nl: string; en: string };

/** Names of the six styles, for emails when the profile lib has no text at hand. */
export const STYLE_NAMES: Record<BoundarySpannerStyle, Texts> = {
  verbinder: { nl: 'Verbinder', en: 'Connector' },
  motivator: { nl: 'Motivator', en: 'Motivator' },
  cartograaf: { nl: 'Cartograaf', en: 'Cartographer' },
  held: { nl: 'Held', en: 'Hero' },
  vinder: { nl: 'Vinder', en: 'Finder' },
  onderhandelaar: { nl: 'Onderhandelaar', en: 'Negotiator' },
};

/** A question to ask someone with this preferred style: it invites them to show their strength. */
export const STYLE_PROMPTS: Record<BoundarySpannerStyle, Texts> = {
  verbinder: {
    nl: 'Wie zou je de ander willen voorstellen, en waarom juist die twee?',
    en: 'Whom would you like to introduce the other to, and why those two?',
  },
  motivator: {
    nl: 'Wat geeft je energie in je opgave, en hoe houd je anderen aan boord als het tegenzit?',
    en: 'What gives you energy in your task, and how do you keep others on board when it gets hard?',
  },
  cartograaf: {
    nl: 'Teken samen het speelveld van je opgave: wie zijn de spelers en waar zitten de grenzen?',
    en: 'Sketch the playing field of your task together: who are the players and where are the boundaries?',
  },
  held: {
    nl: 'Wanneer ging je voor het laatst tegen de stroom in voor je opgave, en wat leverde dat op?',
    en: 'When did you last go against the current for your task, and what did it bring?',
  },
  vinder: {
    nl: 'Welk idee of welke oplossing van buiten je eigen organisatie zou jullie allebei verder helpen?',
    en: 'Which idea or solution from outside your own organisation would help you both?',
  },
  onderhandelaar: {
    nl: 'Welke belangen botsen in je opgave, en waar zit de ruimte voor een afspraak?',
    en: 'Which interests clash in your task, and where is the room for an agreement?',
  },
};

/** For two different styles: how the two can strengthen each other ("1 + 1 = 3"). */
export const COMPLEMENT_PROMPT: Texts = {
  nl: 'Jullie voorkeursstijlen verschillen: waar vul je elkaar aan, en welke klus zou je samen beter doen dan alleen?',
  en: 'Your preferred styles differ: where do you complement each other, and which job would you do better together than alone?',
};

/** For two people who share a style: the blind spot they may share. */
export const SAME_STYLE_PROMPT: Texts = {
  nl: 'Jullie hebben dezelfde voorkeursstijl: welke valkuil herken je bij elkaar, en wie in je omgeving vult die aan?',
  en: 'You share a preferred style: which pitfall do you recognise in each other, and who around you makes up for it?',
};

/** Always asked, with or without profiles. */
export const GENERAL_PROMPTS: Texts[] = [
  {
    nl: 'Aan welke maatschappelijke opgave werk je, en met wie buiten je eigen organisatie?',
    en: 'Which societal task do you work on, and with whom outside your own organisation?',
  },
  {
    nl: 'Wat is een volgende stap: wie stel je aan elkaar voor, wat begin je samen?',
    en: 'What is a next step: whom will you introduce, what will you start together?',
  },
];

/**
 * Conversation prompts for a group: one per partner style (what to ask them), one about how
 * the styles relate, and the general ones. Without profiles only the general prompts.
 */
export function conversationPrompts(
  styles: (BoundarySpannerStyle | null)[],
  language: 'nl' | 'en',
): string[] {
  const known = [...new Set(styles.filter((s): s is BoundarySpannerStyle => s !== null))];
  const prompts = known.map((style) => STYLE_PROMPTS[style][language]);
  if (known.length >= 2) prompts.push(COMPLEMENT_PROMPT[language]);
  else if (known.length === 1 && styles.filter((s) => s !== null).length >= 2) {
    prompts.push(SAME_STYLE_PROMPT[language]);
  }
  return [...prompts, ...GENERAL_PROMPTS.map((p) => p[language])];
}
