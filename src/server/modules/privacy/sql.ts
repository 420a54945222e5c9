// A small SQL helper shared by the privacy queries.
import { sql } from 'kysely';

/** `col = any($ids)`: one bound parameter however many ids (PGlite stops at 32,767 parameters). */
export const inIds = (col: string, ids: string[]) => sql<boolean>`${sql.ref(col)} = any(${ids}::uuid[])`;
