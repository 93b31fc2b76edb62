import { describe, expect, it } from 'vitest';
import { createFormatters } from '@renderer/i18n/format';
import { matchLanguage } from '@renderer/i18n/languages';

describe('matchLanguage', () => {
  it('picks the first preferred language we have', () => {
    expect(matchLanguage(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(matchLanguage(['zh-TW'])).toBe('zh-CN');
    expect(matchLanguage(['zh-Hans-CN', 'en'])).toBe('zh-CN');
    expect(matchLanguage(['en-GB'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(matchLanguage(['fr', 'de'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
  });
});

describe('createFormatters', () => {
  it('formats counts in the conventions of each language', () => {
    expect(createFormatters('en').count(12345)).toBe('12,345');
    expect(createFormatters('zh-CN').count(12345)).toBe('12,345');
    // Russian groups digits with a no-break space.
    expect(createFormatters('ru').count(12345)).toBe('12\u00a0345');
  });

  it('gives sizes in the largest fitting unit', () => {
    const { bytes } = createFormatters('en');
    expect(bytes(0)).toBe('0 bytes');
    expect(bytes(512)).toBe('512 bytes');
    expect(bytes(288_358)).toBe('281.6 kB');
    expect(bytes(11_429_478)).toBe('10.9 MB');
  });
});
