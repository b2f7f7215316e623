import {
  COMPLEMENT_PROMPT,
  conversationPrompts,
  GENERAL_PROMPTS,
  SAME_STYLE_PROMPT,
  STYLE_PROMPTS,
} from './conversation-prompts';

describe(conversationPrompts.name, () => {
  it('does ask each partner about their own style, then how the styles complement each other', () => {
    expect(conversationPrompts(['verbinder', 'cartograaf'], 'nl')).toEqual([
      STYLE_PROMPTS.verbinder.nl,
      STYLE_PROMPTS.cartograaf.nl,
      COMPLEMENT_PROMPT.nl,
      ...GENERAL_PROMPTS.map((p) => p.nl),
    ]);
  });

  it('does name the shared blind spot for two of one style', () => {
    expect(conversationPrompts(['held', 'held'], 'en')).toEqual([
      STYLE_PROMPTS.held.en,
      SAME_STYLE_PROMPT.en,
      ...GENERAL_PROMPTS.map((p) => p.en),
    ]);
  });

  it('does fall back to the general prompts without profiles', () => {
    expect(conversationPrompts([null, null], 'nl')).toEqual(GENERAL_PROMPTS.map((p) => p.nl));
  });

  it('does have a prompt in both languages for every style', () => {
    for (const texts of Object.values(STYLE_PROMPTS)) {
      expect(texts.nl.length).toBeGreaterThan(20);
      expect(texts.en.length).toBeGreaterThan(20);
    }
  });
});
