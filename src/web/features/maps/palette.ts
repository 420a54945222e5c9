// Colours, line styles and shapes shared by the world map (SVG) and the network graph
// (cytoscape). Every colour is dark enough to keep 3:1 against the light map and graph
// backgrounds (WCAG 1.4.11); line style (solid, dashed, dotted) repeats the status so
// that colour is never the only cue, and the tables below each view carry the same data.

export const RELATION_STATUSES = ['active', 'proposed', 'dormant', 'ended'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

export const BUILTIN_RELATION_TYPES = [
  'twin_town',
  'friendship_city',
  'eu_project_partnership',
  'export_agreement',
  'import_supplier',
  'research_collaboration',
  'network_membership',
  'memorandum_of_understanding',
  'other',
] as const;

export const ORG_KINDS = ['company', 'municipality', 'region', 'university', 'research', 'agency', 'network', 'association', 'other'] as const;

const TYPE_COLOURS: Record<string, string> = {
  twin_town: '#1b5694',
  friendship_city: '#6a3d9a',
  eu_project_partnership: '#a6400a',
  export_agreement: '#1b7837',
  import_supplier: '#7a4a0a',
  research_collaboration: '#b0186e',
  network_membership: '#01665e',
  memorandum_of_understanding: '#b2182b',
  other: '#4d5766',
};
/** For a workspace's own relation types, picked by a stable hash of the code. */
const EXTRA_COLOURS = ['#3f4f9e', '#8a3b12', '#2d6a1f', '#7b2a73', '#0f5a78', '#5c5c1e'];

export function relationTypeColour(type: string): string {
  const known = TYPE_COLOURS[type];
  if (known) return known;
  let h = 0;
  for (const ch of type) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return EXTRA_COLOURS[h % EXTRA_COLOURS.length]!;
}

/** SVG stroke-dasharray per status (undefined: solid). The graph uses the matching cytoscape styles. */
export const STATUS_DASH: Record<RelationStatus, string | undefined> = {
  active: undefined,
  proposed: '7 5',
  dormant: '2 4',
  ended: '12 4 2 4',
};


export interface KindStyle {
  colour: string;
  /** cytoscape node shape */
  shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'triangle' | 'rectangle' | 'star' | 'octagon' | 'round-triangle';
}

export const KIND_STYLES: Record<string, KindStyle> = {
  company: { colour: '#1b7837', shape: 'ellipse' },
  municipality: { colour: '#1b5694', shape: 'round-rectangle' },
  region: { colour: '#6a3d9a', shape: 'hexagon' },
  university: { colour: '#a6400a', shape: 'diamond' },
  research: { colour: '#b0186e', shape: 'triangle' },
  agency: { colour: '#4d5766', shape: 'rectangle' },
  network: { colour: '#01665e', shape: 'star' },
  association: { colour: '#7a4a0a', shape: 'octagon' },
  other: { colour: '#5f6b7a', shape: 'round-triangle' },
};

export const kindStyle = (kind: string): KindStyle => KIND_STYLES[kind] ?? KIND_STYLES.other!;

/** Our own municipality stands out in both views. */
export const OWN_COLOUR = '#ffcf40';
export const OWN_BORDER = '#102a43';

/** SVG path data (in a 20×20 box) that draws each node shape for the graph's legend. */
export const SHAPE_PATHS: Record<KindStyle['shape'], string> = {
  ellipse: 'M10 2a8 8 0 1 1 0 16a8 8 0 1 1 0-16z',
  'round-rectangle': 'M5 3h10a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3z',
  hexagon: 'M5.5 2.5h9L19 10l-4.5 7.5h-9L1 10z',
  diamond: 'M10 1l9 9l-9 9l-9-9z',
  triangle: 'M10 2l8.5 16h-17z',
  rectangle: 'M2 3h16v14H2z',
  star: 'M10 1.5l2.5 5.5l6 .6l-4.5 4l1.3 6l-5.3-3.1l-5.3 3.1l1.3-6l-4.5-4l6-.6z',
  octagon: 'M6.5 2h7L18 6.5v7L13.5 18h-7L2 13.5v-7z',
  'round-triangle': 'M10 3.2q.8 0 1.3 .9l6.5 11.8q.5 1.1-.8 1.3H3q-1.3-.2-.8-1.3l6.5-11.8q.5-.9 1.3-.9z',
};

/**
 * Lower bounds of the classes of the country shading: five classes, even steps up to 5,
 * then spaced evenly on a logarithmic scale up to the largest count (1, 2, 4, 9, 20 for 45).
 */
export function classBreaks(max: number, classes = 5): number[] {
  if (max <= classes) return Array.from({ length: classes }, (_, i) => i + 1);
  const breaks: number[] = [];
  for (let i = 0; i < classes; i++) {
    const b = Math.max(Math.round(max ** (i / classes)), (breaks[i - 1] ?? 0) + 1);
    breaks.push(b);
  }
  return breaks;
}

/** 0 for no relations, else 1…classes: the class whose lower bound the count reaches. */
export function classOf(count: number, breaks: number[]): number {
  if (count <= 0) return 0;
  let k = 0;
  breaks.forEach((b, i) => {
    if (count >= b) k = i + 1;
  });
  return k;
}
