import { normaliseItems, validateQuestionnaireItems } from './questionnaire';
import { BOUNDARY_SPANNER_STYLES } from './style';

const validItems = () =>
  BOUNDARY_SPANNER_STYLES.flatMap((style) =>
    [1, 2, 3, 4].map((n) => ({
      key: `${style.toLowerCase()}-${n}`,
      style: style as string,
      reverse: false,
      nl: `Een uitspraak over ${style} nummer ${n}.`,
      en: `A statement about ${style} number ${n}.`,
    })),
  );

describe('validateQuestionnaireItems', () => {
  it('accepts four items per style in both languages with unique keys', () => {
    expect(validateQuestionnaireItems(validItems())).toEqual([]);
  });

  it('needs at least four items per style', () => {
    const items = validItems().filter((item) => item.key !== 'held-4');
    expect(validateQuestionnaireItems(items)).toEqual([
      { field: 'items', message: 'At least 4 statements for HELD (now 3).' },
    ]);
  });

  it('needs both languages', () => {
    const items = validItems();
    items[2].en = '';
    items[5].nl = '  ';
    expect(validateQuestionnaireItems(items).map((e) => e.field)).toEqual([
      'items[2].en',
      'items[5].nl',
    ]);
  });

  it('refuses duplicate and malformed keys and unknown styles', () => {
    const items = validItems();
    items[1].key = items[0].key;
    items[3].key = 'Not A Key';
    items[4].style = 'WIZARD';
    const fields = validateQuestionnaireItems(items).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['items[1].key', 'items[3].key', 'items[4].style']),
    );
  });
});

describe('normaliseItems', () => {
  it('trims texts and defaults reverse to false', () => {
    const [item] = normaliseItems([{ key: ' a-1 ', style: 'HELD', nl: ' x ', en: ' y ' }]);
    expect(item).toEqual({ key: 'a-1', style: 'HELD', reverse: false, text: { nl: 'x', en: 'y' } });
  });
});
