import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

const QUESTIONNAIRE = `query {
  boundarySpannerQuestionnaire {
    version items { key style reverse text { nl en } }
    draft { id questionnaireVersion answeredCount itemCount complete missingItemKeys answers { itemKey value } }
  }
}`;
const SAVE = `mutation($input: SaveBoundarySpannerAnswersInput!) {
  saveBoundarySpannerAnswers(input: $input) { id questionnaireVersion answeredCount itemCount complete missingItemKeys answers { itemKey value } }
}`;
const SUBMIT = `mutation($input: SubmitBoundarySpannerQuestionnaireInput!) {
  submitBoundarySpannerQuestionnaire(input: $input) { takenAt preferredStyles questionnaireVersion scores { style score } }
}`;
const MINE = `query {
  myBoundarySpannerProfile { preferredStyles scores { style score } }
  myBoundarySpannerProfileHistory { takenAt preferredStyles questionnaireVersion }
}`;
const PUBLISH = `mutation($input: PublishBoundarySpannerQuestionnaireInput!) {
  publishBoundarySpannerQuestionnaire(input: $input) { version items { key style } }
}`;
const STYLES = `query($locale: String) { boundarySpannerStyles(locale: $locale) { style name brings qualities pitfalls workingWith complements } }`;

interface Item {
  key: string;
  style: string;
  reverse: boolean;
  text: { nl: string; en: string };
}
interface Attempt {
  id: string;
  questionnaireVersion: number;
  answeredCount: number;
  itemCount: number;
  complete: boolean;
  missingItemKeys: string[];
  answers: { itemKey: string; value: number }[];
}

const STYLE_NAMES = ['VERBINDER', 'MOTIVATOR', 'CARTOGRAAF', 'HELD', 'VINDER', 'ONDERHANDELAAR'];

describe('boundary-spanner: questionnaire', () => {
  let stack: TestStack;
  let anouk: GraphqlClient;
  let admin: GraphqlClient;
  let items: Item[];

  const load = async (client: GraphqlClient) =>
    (
      await client.ok<{
        boundarySpannerQuestionnaire: { version: number; items: Item[]; draft: Attempt | null };
      }>(QUESTIONNAIRE)
    ).boundarySpannerQuestionnaire;

  /** Agree fully with the statements of `style`, disagree with all others (reverse-aware). */
  const answersFavouring = (list: Item[], style: string) =>
    list.map((item) => {
      const agree = item.style === style;
      return { itemKey: item.key, value: agree !== item.reverse ? 5 : 1 };
    });

  /**
   * Anouk's first profile (CARTOGRAAF, on version 1) as the draft-and-submit test leaves it;
   * taken here only when she has none yet, so a test that starts later can run on its own.
   */
  const firstProfile = async () => {
    const mine = await anouk.ok<{ myBoundarySpannerProfileHistory: unknown[] }>(MINE);
    if (mine.myBoundarySpannerProfileHistory.length > 0) return;
    const draft = await anouk.ok<{ saveBoundarySpannerAnswers: Attempt }>(SAVE, {
      input: { version: 1, answers: answersFavouring(items, 'CARTOGRAAF') },
    });
    await anouk.ok(SUBMIT, { input: { attemptId: draft.saveBoundarySpannerAnswers.id } });
  };

  beforeAll(async () => {
    stack = await startStack();
    await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Beheerder', admin: true });
    anouk = await sessionFor(stack, 'anouk@minbzk.nl');
    admin = await sessionFor(stack, 'beheer@minbzk.nl');
    items = (await load(anouk)).items;
  });
  afterAll(() => stack?.stop());

  it('does serve version 1 with at least four statements per style in Dutch and English', async () => {
    const questionnaire = await load(anouk);
    expect(questionnaire.version).toBe(1);
    expect(questionnaire.items.length).toBeGreaterThanOrEqual(24);
    for (const style of STYLE_NAMES) {
      expect(questionnaire.items.filter((i) => i.style === style).length).toBeGreaterThanOrEqual(4);
    }
    expect(questionnaire.items.every((i) => i.text.nl && i.text.en)).toBe(true);
    expect(new Set(questionnaire.items.map((i) => i.key)).size).toBe(questionnaire.items.length);
    expect(questionnaire.draft).toBeNull();
  });

  it('does save answers as a draft, resume it and submit it once complete', async () => {
    const all = answersFavouring(items, 'CARTOGRAAF');
    const first = await anouk.ok<{ saveBoundarySpannerAnswers: Attempt }>(SAVE, {
      input: { version: 1, answers: all.slice(0, 5) },
    });
    expect(first.saveBoundarySpannerAnswers).toMatchObject({ answeredCount: 5, complete: false });
    // Changing an answer overwrites it; the draft is the same attempt.
    const again = await anouk.ok<{ saveBoundarySpannerAnswers: Attempt }>(SAVE, {
      input: { version: 1, answers: [{ itemKey: all[0].itemKey, value: 3 }, all[0 + 5]] },
    });
    expect(again.saveBoundarySpannerAnswers.id).toBe(first.saveBoundarySpannerAnswers.id);
    expect(again.saveBoundarySpannerAnswers.answeredCount).toBe(6);

    // Resume: the draft comes back with the questionnaire.
    const resumed = (await load(anouk)).draft!;
    expect(resumed.id).toBe(first.saveBoundarySpannerAnswers.id);
    expect(resumed.answers).toContainEqual({ itemKey: all[0].itemKey, value: 3 });
    expect(resumed.missingItemKeys).toHaveLength(items.length - 6);

    // Submitting incomplete: BAD_USER_INPUT listing the missing keys, nothing stored.
    const incomplete = await anouk.request(SUBMIT, {
      input: { attemptId: resumed.id, answers: [all[6]] },
    });
    expect(incomplete.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ANSWERS_MISSING',
      missingItemKeys: all.slice(7).map((a) => a.itemKey),
    });
    expect(incomplete.errors?.[0].extensions?.fields).toContainEqual({
      field: `answers.${all[7].itemKey}`,
      message: 'No answer yet.',
    });
    expect((await load(anouk)).draft!.answeredCount).toBe(6);

    const submitted = await anouk.ok<{
      submitBoundarySpannerQuestionnaire: {
        preferredStyles: string[];
        questionnaireVersion: number;
        scores: { style: string; score: number }[];
      };
    }>(SUBMIT, { input: { attemptId: resumed.id, answers: [all[0], ...all.slice(6)] } });
    const profile = submitted.submitBoundarySpannerQuestionnaire;
    expect(profile.preferredStyles).toEqual(['CARTOGRAAF']);
    expect(profile.questionnaireVersion).toBe(1);
    expect(profile.scores).toEqual(
      STYLE_NAMES.map((style) => ({ style, score: style === 'CARTOGRAAF' ? 100 : 0 })),
    );
    expect((await load(anouk)).draft).toBeNull();

    // Submitting the same attempt twice: CONFLICT, still one profile.
    const twice = await anouk.request(SUBMIT, { input: { attemptId: resumed.id } });
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_SUBMITTED',
    });
    const mine = await anouk.ok<{ myBoundarySpannerProfileHistory: unknown[] }>(MINE);
    expect(mine.myBoundarySpannerProfileHistory).toHaveLength(1);
  });

  it('does keep history when retaking', async () => {
    await firstProfile();
    const draft = await anouk.ok<{ saveBoundarySpannerAnswers: Attempt }>(SAVE, {
      input: { version: 1, answers: answersFavouring(items, 'HELD') },
    });
    await anouk.ok(SUBMIT, { input: { attemptId: draft.saveBoundarySpannerAnswers.id } });
    const mine = await anouk.ok<{
      myBoundarySpannerProfile: { preferredStyles: string[] };
      myBoundarySpannerProfileHistory: { preferredStyles: string[] }[];
    }>(MINE);
    expect(mine.myBoundarySpannerProfile.preferredStyles).toEqual(['HELD']);
    expect(mine.myBoundarySpannerProfileHistory.map((p) => p.preferredStyles)).toEqual([
      ['HELD'],
      ['CARTOGRAAF'],
    ]);
  });

  it('does refuse bad answers with the field named and store none of them', async () => {
    const good = { itemKey: items[0].key, value: 4 };
    const outOfRange = await anouk.request(SAVE, {
      input: { version: 1, answers: [good, { itemKey: items[1].key, value: 7 }] },
    });
    expect(outOfRange.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(outOfRange.errors?.[0].extensions?.fields).toContainEqual(
      expect.objectContaining({ field: 'answers.1.value' }),
    );
    const unknown = await anouk.request(SAVE, {
      input: { version: 1, answers: [good, { itemKey: 'not-in-this-version', value: 3 }] },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_ITEM',
      fields: [expect.objectContaining({ field: 'answers.1.itemKey' })],
    });
    const otherVersion = await anouk.request(SAVE, { input: { version: 7, answers: [good] } });
    expect(otherVersion.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VERSION_NOT_CURRENT',
      fields: [expect.objectContaining({ field: 'version' })],
    });
    const duplicate = await anouk.request(SAVE, { input: { version: 1, answers: [good, good] } });
    expect(duplicate.errors?.[0].extensions?.reason).toBe('DUPLICATE_ANSWER');
    // Nothing was written: no draft started.
    expect((await load(anouk)).draft).toBeNull();
    const strangers = await anouk.request(SUBMIT, {
      input: { attemptId: '00000000-0000-4000-8000-00000000abcd' },
    });
    expect(strangers.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('does let only platform admins publish a valid new version; answers stay on their version', async () => {
    await firstProfile(); // submitted answers on version 1, which outlive the publication
    // A draft on version 1, left open while version 2 is published.
    await anouk.ok(SAVE, { input: { version: 1, answers: [{ itemKey: items[0].key, value: 2 }] } });
    const newItems = STYLE_NAMES.flatMap((style) =>
      [1, 2, 3, 4].map((n) => ({
        key: `v2-${style.toLowerCase()}-${n}`,
        style,
        nl: `Nieuwe uitspraak ${n} over ${style.toLowerCase()}.`,
        en: `New statement ${n} about ${style.toLowerCase()}.`,
      })),
    );
    const forbidden = await anouk.request(PUBLISH, { input: { items: newItems } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const invalid = await admin.request(PUBLISH, {
      input: {
        items: [...newItems.slice(1), { ...newItems[1], en: 'te kort' }],
      },
    });
    expect(invalid.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_QUESTIONNAIRE',
    });
    const fields = (invalid.errors?.[0].extensions?.fields ?? []).map((f) => f.field);
    expect(fields).toEqual(['items[23].key', 'items[23].en']);
    const tooFew = await admin.request(PUBLISH, { input: { items: newItems.slice(1) } });
    expect(tooFew.errors?.[0].extensions?.fields).toEqual([
      { field: 'items', message: 'At least 4 statements for VERBINDER (now 3).' },
    ]);

    const published = await admin.ok<{
      publishBoundarySpannerQuestionnaire: { version: number; items: unknown[] };
    }>(PUBLISH, { input: { items: newItems } });
    expect(published.publishBoundarySpannerQuestionnaire.version).toBe(2);

    // The version-1 draft is not offered for version 2; answers for version 1 are refused now.
    const current = await load(anouk);
    expect(current.version).toBe(2);
    expect(current.draft).toBeNull();
    const old = await anouk.request(SAVE, {
      input: { version: 1, answers: [{ itemKey: items[0].key, value: 3 }] },
    });
    expect(old.errors?.[0].extensions?.reason).toBe('VERSION_NOT_CURRENT');
    const mixed = await anouk.request(SAVE, {
      input: { version: 2, answers: [{ itemKey: items[0].key, value: 3 }] },
    });
    expect(mixed.errors?.[0].extensions?.reason).toBe('UNKNOWN_ITEM');

    // Answers are stored against the version they were given on.
    const v2 = await anouk.ok<{ saveBoundarySpannerAnswers: Attempt }>(SAVE, {
      input: { version: 2, answers: newItems.map((i) => ({ itemKey: i.key, value: 4 })) },
    });
    await anouk.ok(SUBMIT, { input: { attemptId: v2.saveBoundarySpannerAnswers.id } });
    const rows: { questionnaire_version: number; n: string }[] = await stack.dataSource.query(
      `SELECT a.questionnaire_version, count(*) AS n FROM boundary_spanner_answer x
         JOIN boundary_spanner_attempt a ON a.id = x.attempt_id GROUP BY 1 ORDER BY 1`,
    );
    expect(rows.map((r) => r.questionnaire_version)).toEqual([1, 2]);
    const history = await anouk.ok<{
      myBoundarySpannerProfileHistory: {
        questionnaireVersion: number;
        preferredStyles: string[];
      }[];
    }>(MINE);
    expect(history.myBoundarySpannerProfileHistory[0]).toEqual(
      expect.objectContaining({ questionnaireVersion: 2, preferredStyles: STYLE_NAMES }),
    );
  });

  it('does serve the style pages in Dutch and English to anyone', async () => {
    const nl = await stack.graphql.ok<{ boundarySpannerStyles: { style: string; name: string }[] }>(
      STYLES,
    );
    expect(nl.boundarySpannerStyles.map((s) => s.style)).toEqual(STYLE_NAMES);
    expect(nl.boundarySpannerStyles[2].name).toBe('Cartograaf');
    const en = await stack.graphql.ok<{ boundarySpannerStyles: { name: string }[] }>(STYLES, {
      locale: 'en',
    });
    expect(en.boundarySpannerStyles[2].name).toBe('Cartographer');
  });

  it('does require a signed-in member for the questionnaire', async () => {
    const anonymous = await stack.graphql.request(QUESTIONNAIRE);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
