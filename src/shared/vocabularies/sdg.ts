// The 17 UN Sustainable Development Goals with official colours and short names in four languages.
import data from './sdg.json' with { type: 'json' };
import type { SdgGoal } from './types.ts';

export const sdgGoals = data as readonly SdgGoal[];

export function sdgGoal(number: number): SdgGoal | undefined {
  return sdgGoals[number - 1]?.number === number ? sdgGoals[number - 1] : undefined;
}
