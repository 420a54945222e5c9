import { describe, expect, it } from 'vitest';
import { waitParts } from './retry.ts';

describe('waitParts', () => {
  it('uses seconds under a minute and rounds minutes up', () => {
    expect(waitParts(1)).toEqual({ unit: 'seconds', count: 1 });
    expect(waitParts(59)).toEqual({ unit: 'seconds', count: 59 });
    expect(waitParts(60)).toEqual({ unit: 'minutes', count: 1 });
    expect(waitParts(841)).toEqual({ unit: 'minutes', count: 15 });
  });
});
