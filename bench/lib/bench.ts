// What a bench is: a name, the databases it runs on, and a run that returns its figures.
import type { DbKind, Target } from './targets.ts';

export type Figures = Record<string, number>;

export interface BenchContext {
  db: DbKind;
  /** A fresh database of kind `db`, disposed of by the runner after the bench. */
  freshTarget(label: string): Promise<Target>;
  log(message: string): void;
  /** `--workspaces N`: how many workspaces a bench that generates its data writes (default 1). */
  workspaces?: number;
}

export interface Bench {
  name: string;
  description: string;
  dbs: DbKind[];
  run(ctx: BenchContext): Promise<Figures>;
}
