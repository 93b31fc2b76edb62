import { describe, expect, it } from 'vitest';
import { parseInstantMs, parseTimestamp } from '../../../main/core/collection/response-import/timestamps';

describe('timestamps of imported files', () => {
  it('reads the canonical UTC form from its digits as the other forms of the same moment read', () => {
    const moment = Date.UTC(2024, 1, 29, 23, 59, 59);
    expect(parseInstantMs('2024-02-29T23:59:59Z')).toBe(moment);
    for (const other of ['2024-02-29 23:59:59', '2024-02-29T23:59:59z', ' 2024-02-29T23:59:59Z ', '2024-03-01T02:59:59+03:00', '2024-02-29T21:59:59-0200']) {
      expect(parseInstantMs(other), other).toBe(moment);
    }
    expect(parseTimestamp('2025-12-01T10:00:00Z')).toBe('2025-12-01T10:00:00.000Z');
    expect(parseTimestamp('2024-03-05T14:22:10.123+03:00')).toBe('2024-03-05T11:22:10.123Z');
  });

  it('refuses days and times that do not exist, in the canonical form and the others alike', () => {
    for (const wrong of ['2025-02-29T00:00:00Z', '2025-02-29 00:00:00', '2024-13-01T00:00:00Z', '2024-04-31T00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01T23:60:00Z', '2024-01-01T23:59:60Z']) {
      expect(parseInstantMs(wrong), wrong).toBeNull();
    }
    // 1900 was not a leap year; years before 100 are refused (Date.UTC would read them as 19xx).
    expect(parseInstantMs('1900-02-29T00:00:00Z')).toBeNull();
    expect(parseInstantMs('2000-02-29T00:00:00Z')).toBe(Date.UTC(2000, 1, 29));
    expect(parseInstantMs('0099-01-01T00:00:00Z')).toBeNull();
    expect(parseInstantMs('0100-01-01T00:00:00Z')).toBe(Date.UTC(100, 0, 1));
    for (const notOne of ['2024-0a-01T00:00:00Z', '2024-01-01T00:00:00+15:00', '2024-01-01X00:00:00Z', '']) expect(parseInstantMs(notOne), notOne).toBeNull();
  });
});
