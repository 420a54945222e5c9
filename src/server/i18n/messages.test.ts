import { describe, expect, it } from 'vitest';
import { LOCALES, messageSources, messages } from './messages.ts';

describe('server messages', () => {
  it('defines no key in two sources, so none silently replaces another', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [source, entries] of Object.entries(messageSources)) {
      for (const key of Object.keys(entries)) {
        const earlier = seen.get(key);
        if (earlier) twice.push(`${key} (${earlier}, ${source})`);
        seen.set(key, source);
      }
    }
    expect(twice).toEqual([]);
    expect(Object.keys(messages).length).toBe(seen.size);
  });

  it('has every message in every language, none empty', () => {
    const missing: string[] = [];
    for (const [key, entry] of Object.entries(messages) as [string, Record<string, string>][]) {
      for (const locale of LOCALES) if (!entry[locale]?.trim()) missing.push(`${key}.${locale}`);
    }
    expect(missing).toEqual([]);
  });
});
