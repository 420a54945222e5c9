// Small helpers for the privacy pages: a vocabulary label in the interface language, and a
// calendar date (YYYY-MM-DD) written the same way in every time zone.
export { formatDay } from '../../lib/format.ts';

export function label(labels: Record<string, string>, lng: string): string {
  return labels[lng] ?? labels.sv ?? Object.values(labels)[0] ?? '';
}
