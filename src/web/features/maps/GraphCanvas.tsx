// The network drawn by cytoscape on canvas (its styles are JavaScript objects, not CSS, so the
// CSP is untouched). Cytoscape would add a one-rule <style> element to <head>, which the CSP
// refuses; a placeholder with its id stops that, and the rule lives in maps.css.
import { useEffect, useRef, type RefObject } from 'react';
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { kindStyle, OWN_BORDER, OWN_COLOUR, relationTypeColour } from './palette.ts';
import type { RelationGraph } from './queries.ts';

const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function preventCytoscapeStylesheet() {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const placeholder = document.createElement('template');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.appendChild(placeholder);
}

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      shape: 'data(shape)' as never,
      'background-color': 'data(colour)',
      'border-width': 1.5,
      'border-color': '#ffffff',
      label: 'data(label)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
      'font-size': 14,
      color: '#1c2430',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      // Whole names, wrapped between words (an ellipsis cut "Hälsinge Vindkraft AB" to "Hälsinge Vindkraft …").
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-justification': 'center',
      'line-height': 1.15,
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'node.own',
    style: { 'background-color': OWN_COLOUR, 'border-color': OWN_BORDER, 'border-width': 4, 'font-weight': 'bold', 'font-size': 13 },
  },
  {
    selector: 'node:active, node:selected',
    style: { 'overlay-opacity': 0.15, 'overlay-color': '#1f6fd1', 'border-color': '#1f6fd1', 'border-width': 3 },
  },
  {
    selector: 'edge',
    style: {
      width: 3,
      'line-color': 'data(colour)',
      'curve-style': 'bezier',
    },
  },
  // The same dash patterns as on the map (palette.ts STATUS_DASH).
  { selector: 'edge[status = "proposed"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5] } },
  { selector: 'edge[status = "dormant"]', style: { 'line-style': 'dotted' } },
  { selector: 'edge[status = "ended"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [12, 4, 2, 4] } },
];

/**
 * A force layout comes out in any orientation; a tall one in a wide box would be drawn tiny.
 * Turn it (swap x and y) to match the box, fit it, and never blow a small graph up.
 */
function orientToContainer(cy: Core, el: HTMLElement) {
  const box = cy.elements().boundingBox();
  const wide = el.clientWidth >= el.clientHeight;
  if (box.w > 0 && box.h > 0 && box.h > box.w === wide) {
    cy.nodes().positions((node) => ({ x: node.position('y'), y: node.position('x') }));
  }
  fitAll(cy);
}

/**
 * Fits the network with its labels inside the box. The labels are sized for the zoom, and the
 * zoom follows from their size, so fit a few times until they agree: fitted once, labels grown
 * for a smaller zoom reached past the edge of the box and were cut off there.
 */
function fitAll(cy: Core) {
  for (let i = 0; i < 3; i++) {
    readableLabels(cy);
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center();
    }
  }
  readableLabels(cy);
}

/** Labels stay about 12 px on screen and wrap at about 140 px at any zoom (up to 400 nodes; beyond, they show when zoomed in). */
function readableLabels(cy: Core) {
  const nodes = cy.nodes();
  if (nodes.length > 400) return;
  const z = cy.zoom();
  nodes.style({ 'font-size': Math.max(12, 12 / z), 'text-max-width': `${Math.round(Math.max(140, 140 / z))}px` });
  cy.nodes('.own').style({ 'font-size': Math.max(13, 13 / z), 'text-max-width': `${Math.round(Math.max(180, 180 / z))}px` });
}

/**
 * The force layout (cose) costs about n² per step and runs on the main thread: measured in
 * Chromium, full cose takes ~1 s at 150 nodes and 22 s at 600. So: full cose for small
 * networks, a quickly cooling cose up to 400 nodes (~1 s), and rings by number of relations
 * (concentric, 0.2–0.6 s for thousands) beyond that.
 */
function layoutFor(nodes: number): cytoscape.LayoutOptions {
  const cose = { name: 'cose', animate: false, randomize: false, fit: true, padding: 30, idealEdgeLength: () => 80, nodeRepulsion: () => 40_000, gravity: 1, componentSpacing: 20, numIter: 2500 } as const;
  if (nodes <= 120) return cose;
  if (nodes <= 400) return { ...cose, coolingFactor: 0.9 };
  return { name: 'concentric', animate: false, fit: true, padding: 30, concentric: (node) => node.degree(false), levelWidth: () => 2, minNodeSpacing: 4 };
}

interface Props {
  data: RelationGraph;
  label: string;
  onOpen: (organisationId: string) => void;
}

export interface GraphControls {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

export function GraphCanvas({ data, label, onOpen, controlsRef }: Props & { controlsRef: RefObject<GraphControls | null> }) {
  const container = useRef<HTMLDivElement>(null);
  const open = useRef(onOpen);
  useEffect(() => {
    open.current = onOpen;
  }, [onOpen]);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    preventCytoscapeStylesheet();
    const maxDegree = Math.max(1, ...data.nodes.map((n) => n.degree));
    const n = data.nodes.length;
    // Start on a circle (in a stable order) so the force layout gives the same picture every time.
    const elements: ElementDefinition[] = [
      ...data.nodes.map((node, i) => ({
        group: 'nodes' as const,
        data: {
          id: node.id,
          label: node.name,
          size: Math.round(18 + 38 * Math.sqrt(node.degree / maxDegree)),
          colour: kindStyle(node.kind).colour,
          shape: kindStyle(node.kind).shape,
        },
        classes: node.isOwn ? 'own' : '',
        position: { x: 300 * Math.cos((2 * Math.PI * i) / Math.max(n, 1)), y: 300 * Math.sin((2 * Math.PI * i) / Math.max(n, 1)) },
      })),
      ...data.edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target, colour: relationTypeColour(e.type), status: e.status },
      })),
    ];
    const cy: Core = cytoscape({
      container: el,
      elements,
      style: STYLE,
      layout: layoutFor(n),
      userZoomingEnabled: false, // the page scrolls with the wheel; zoom has its buttons
      boxSelectionEnabled: false,
      minZoom: 0.2,
      maxZoom: 4,
    });
    orientToContainer(cy, el);
    cy.on('tap', 'node', (e) => open.current(e.target.id() as string));
    // The pointer's tooltip names the organisation under it, whole, as the table below does.
    cy.on('mouseover', 'node', (e) => {
      el.classList.add('graph-canvas--pointer');
      el.title = e.target.data('label') as string;
    });
    cy.on('mouseout', 'node', () => {
      el.classList.remove('graph-canvas--pointer');
      el.removeAttribute('title');
    });
    const zoomBy = (factor: number) => {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: el.clientWidth / 2, y: el.clientHeight / 2 } });
      readableLabels(cy);
    };
    controlsRef.current = { zoomIn: () => zoomBy(1.3), zoomOut: () => zoomBy(1 / 1.3), fit: () => fitAll(cy) };
    return () => {
      controlsRef.current = null;
      cy.destroy();
    };
  }, [data, controlsRef]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={label} />;
}
