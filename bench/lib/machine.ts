// Context for every result: how fast this machine was when the run started, and how the
// PostgreSQL server was set up. Figures from two runs compare only when these are alike.
import pg from 'pg';

/**
 * A fixed piece of work, the same in every run and independent of the project's code: sorting
 * 400,000 numbers from a seeded generator and copying 128 MiB in 1 MiB blocks, the best of three.
 * On a shared machine the figure moves with its speed and load: a run whose machine_ref_ms is twice
 * another's says little about the code when its query times are twice as long too.
 */
export function machineReferenceMs(): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const t0 = performance.now();
    let x = 20261206;
    const numbers = new Float64Array(400_000);
    for (let i = 0; i < numbers.length; i++) {
      x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
      numbers[i] = x;
    }
    numbers.sort();
    const from = Buffer.alloc(1 << 20, 7);
    const to = Buffer.alloc(1 << 20);
    for (let i = 0; i < 128; i++) from.copy(to);
    best = Math.min(best, performance.now() - t0);
  }
  return Math.round(best * 10) / 10;
}

/** shared_buffers of the PostgreSQL server, in MiB (its default, 128 MiB, holds a tenth of one generated workspace). */
export async function sharedBuffersMib(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ bytes: string }>(`select (setting::bigint * 8192)::text as bytes from pg_settings where name = 'shared_buffers'`);
    return Math.round(Number(r.rows[0]!.bytes) / 2 ** 20);
  } finally {
    await client.end();
  }
}
