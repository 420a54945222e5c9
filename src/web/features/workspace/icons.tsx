// Simple line icons for the module tiles and empty states (decorative: always aria-hidden).
import type { ModuleKey } from './modules.ts';

export type IconName = ModuleKey | 'users' | 'audit' | 'outbox' | 'retention' | 'privacy' | 'routing' | 'settings';

const PATHS: Record<IconName, string> = {
  register: 'M4 5h16v14H4z M8 9h8 M8 13h8 M8 17h5',
  projects: 'M4 7h16v12H4z M9 7V4h6v3 M4 12h16',
  goals: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M12 7a5 5 0 1 0 0 10a5 5 0 1 0 0-10 M12 11a1 1 0 1 0 0 2a1 1 0 1 0 0-2',
  cases: 'M4 4h12l4 4v12H4z M16 4v4h4 M8 12h8 M8 16h6',
  events: 'M4 6h16v14H4z M4 10h16 M8 3v5 M16 3v5',
  users: 'M9 11a4 4 0 1 0 0-8a4 4 0 1 0 0 8 M2 21c0-4 3-6 7-6s7 2 7 6 M17 11a3 3 0 1 0 0-6 M19 21c0-3-1-5-3-6',
  audit: 'M6 3h9l4 4v14H6z M9 9h6 M9 13h6 M9 17h4',
  outbox: 'M3 6h18v12H3z M3 6l9 7l9-7',
  retention: 'M4 4h16v4H4z M5 8v12h14V8 M10 12h4',
  privacy: 'M12 3l8 3v6c0 5-3.5 8-8 9c-4.5-1-8-4-8-9V6z M9 12l2 2l4-4',
  routing: 'M4 6h8l4 6l-4 6H4 M16 12h4 M18 9l3 3l-3 3',
  settings: 'M4 7h10 M18 7h2 M4 17h4 M12 17h8 M14 5v4 M8 15v4',
};

export function ModuleIcon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
