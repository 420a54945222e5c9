// Drives a run from the page: `run` answers after a few seconds with the progress, so the page
// calls it again until the import is done. Between calls the state endpoint is polled, so the
// bar moves batch by batch. Leaving the page stops the calls; the import then waits, and
// continues from its last committed batch when someone presses "Continue".
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { registerKey } from '../register/queries.ts';
import { importKey, importsKey, runImport } from './queries.ts';
import type { ImportState, Plan } from './types.ts';

export function useRun(importId: string) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const [active, setActive] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const left = useRef(false);
  useEffect(() => {
    left.current = false;
    return () => {
      left.current = true;
    };
  }, []);

  /** A run's answer wins over a poll that was still on its way (it could be older). */
  async function show(state: ImportState) {
    await client.cancelQueries({ queryKey: importKey(ws.id, importId), exact: true });
    client.setQueryData(importKey(ws.id, importId), state);
  }

  async function start(plan?: Plan) {
    setActive(true);
    setError(null);
    try {
      let state = await runImport(ws.id, importId, plan);
      await show(state);
      while (state.status !== 'done' && !left.current) {
        state = await runImport(ws.id, importId);
        await show(state);
      }
      if (state.status === 'done') {
        // New organisations or relations: the register's lists, the merge suggestions, and the
        // map and network of relations are out of date.
        await Promise.all([
          client.invalidateQueries({ queryKey: registerKey(ws.id) }),
          client.invalidateQueries({ queryKey: ['ws', ws.id, 'relations'] }),
          client.invalidateQueries({ queryKey: importsKey(ws.id), exact: true }),
        ]);
      }
    } catch (e) {
      setError(e);
    } finally {
      setActive(false);
    }
  }

  return { active, error, start };
}
