// The start language follows the browser's list the way the server's negotiateLocale does.
import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale.ts';

describe('pickLocale', () => {
  it('takes the first supported language in order of preference', () => {
    expect(pickLocale(['de-DE', 'da-DK', 'sv'])).toBe('da');
    expect(pickLocale(['en-US', 'sv-SE'])).toBe('en');
  });
  it('gives Norwegian readers Danish', () => {
    expect(pickLocale(['nb-NO'])).toBe('da');
  });
  it('falls back to Swedish', () => {
    expect(pickLocale(['fr-FR', 'pl'])).toBe('sv');
    expect(pickLocale([])).toBe('sv');
  });
});
