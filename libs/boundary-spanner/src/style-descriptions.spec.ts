import { BOUNDARY_SPANNER_STYLES } from './style';
import { describeStyle } from './style-descriptions';

describe('describeStyle', () => {
  it('describes every style in Dutch and English', () => {
    for (const style of BOUNDARY_SPANNER_STYLES) {
      for (const locale of ['nl', 'en'] as const) {
        const text = describeStyle(style, locale);
        expect(text.style).toBe(style);
        expect(text.name).not.toBe('');
        expect(text.brings).toMatch(/\.$/);
        expect(text.qualities.length).toBeGreaterThanOrEqual(3);
        expect(text.pitfalls.length).toBeGreaterThanOrEqual(2);
        expect(text.workingWith.length).toBeGreaterThanOrEqual(2);
        expect(text.complements).not.toBe('');
      }
    }
    expect(describeStyle('CARTOGRAAF' as never, 'en').name).toBe('Cartographer');
    expect(describeStyle('CARTOGRAAF' as never, 'nl').name).toBe('Cartograaf');
  });
});
