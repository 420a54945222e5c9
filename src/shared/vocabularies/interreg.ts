// Interreg 2021–2027 policy objectives (Regulation (EU) 2021/1060 Art. 5 and the Interreg-specific
// objectives of Regulation (EU) 2021/1059 Art. 14): the seed of a workspace's theme vocabulary.
import data from './interreg-policy-objectives.json' with { type: 'json' };
import type { InterregPolicyObjective } from './types.ts';

export const interregPolicyObjectives = data as readonly InterregPolicyObjective[];

export function interregPolicyObjective(code: string): InterregPolicyObjective | undefined {
  return interregPolicyObjectives.find((o) => o.code === code);
}
