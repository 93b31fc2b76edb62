import { describe, expect, it } from 'vitest';
import { columnsOf, wrapLabel } from '../../../main/model/charts/chart-labels';

describe('wrapLabel', () => {
  it('leaves a short label alone', () => {
    expect(wrapLabel('Very satisfied')).toBe('Very satisfied');
  });

  it('wraps after spaces onto at most two lines, each within the width', () => {
    const label = wrapLabel('Somewhat dissatisfied with the speed of delivery');
    expect(label).toBe('Somewhat dissatisfied\nwith the speed of…');
    for (const line of label.split('\n')) expect(columnsOf(line)).toBeLessThanOrEqual(24);
  });

  it('counts Chinese characters as two columns and breaks between them, having no spaces', () => {
    const label = wrapLabel('对送货速度有些不满意而且客服回复也很慢');
    expect(label.split('\n')).toEqual(['对送货速度有些不满意而且', '客服回复也很慢']);
    expect(columnsOf('对送货速度有些不满意而且')).toBe(24);
  });

  it('cuts a word longer than a line and ends a label that does not fit with an ellipsis', () => {
    expect(wrapLabel('Донельзя-неудовлетворительнейшее обслуживание клиентов магазина', { width: 12, lines: 2 })).toBe('Донельзя-\nнеудовлетво…');
    expect(wrapLabel('abcdefghijklmnopqrstuvwxyz', { width: 10, lines: 3 })).toBe('abcdefghij\nklmnopqrst\nuvwxyz');
  });
});
