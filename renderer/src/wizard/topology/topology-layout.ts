/**
 * Where the trust topology picture puts its boxes and lines: clients on top, members in the
 * middle (peers connect to each other), the CA below (it signs every certificate). Pure, so the
 * geometry is tested without a DOM.
 */
import { memberAddresses, memberPorts, resolveClients } from '../../../../shared/plan/derive';
import type { ClientKind, Plan } from '../../../../shared/plan/schema';

/** Size and weight of a line of text in a box. */
export interface TextFont {
  readonly size: number;
  readonly weight: 400 | 600;
}

/** Width in pixels of `text` drawn in `font` (the window measures with a canvas). */
export type Measure = (text: string, font: TextFont) => number;

/** One line of text in a box: what is drawn (truncated to fit) and the full text. */
export interface TopologyLine {
  readonly text: string;
  readonly full: string;
  readonly font: TextFont;
}

/** A box of the picture. */
export interface TopologyNode {
  readonly id: string;
  readonly kind: 'ca' | 'member' | 'client';
  readonly label: string;
  /**
   * The lines under the name: for a member the DNS name clients dial, its IP and ports; the
   * client's CN; the CA's key algorithm.
   */
  readonly details: readonly string[];
  /** The name and details, each fitted to the box. */
  readonly lines: readonly TopologyLine[];
  readonly clientKind?: ClientKind;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A line of the picture. */
export interface TopologyEdge {
  readonly id: string;
  readonly kind: 'signs' | 'client' | 'peer';
  readonly from: string;
  readonly to: string;
  /** SVG path data. */
  readonly d: string;
}

/** The whole picture. */
export interface TopologyLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly TopologyNode[];
  readonly edges: readonly TopologyEdge[];
}

/** Font of a box's name and of its detail lines. */
export const LABEL_FONT: TextFont = { size: 14, weight: 600 };
export const DETAIL_FONT: TextFont = { size: 11.5, weight: 400 };
/** Space between a box's edge and its text, on each side. */
export const PAD = 10;
/** First baseline, and the distance between baselines. */
export const FIRST_LINE = 21;
export const LINE_STEP = 17;
const MIN_W = 150;
const MAX_W = 230;
const GAP = 24;
const ROW = { client: 20, member: 160, ca: 320 };

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u;

/** A width estimate for where no canvas measures (tests): CJK full width, the rest 0.62 em. */
export const estimateWidth: Measure = (text, font) =>
  [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 1 : 0.62) * font.size, 0);

/**
 * `text` cut at the end with "…" so that it fits `max` pixels (unchanged when it fits). The full
 * text stays in the box's tooltip and accessible name.
 */
export function fitText(text: string, max: number, font: TextFont, measure: Measure): string {
  if (measure(text, font) <= max) return text;
  const chars = [...text];
  let n = chars.length - 1;
  while (n > 0 && measure(`${chars.slice(0, n).join('')}…`, font) > max) n--;
  return `${chars.slice(0, n).join('')}…`;
}

function row(count: number, width: number, boxW: number): number[] {
  const total = count * boxW + (count - 1) * GAP;
  const start = (width - total) / 2;
  return Array.from({ length: count }, (_, i) => start + i * (boxW + GAP));
}

/**
 * The lines under a member's name: the DNS name clients dial, then its IP and ports (the ports
 * on a line of their own when there is no IP, so that a long name cut with "…" keeps them).
 */
function memberDetails(plan: Plan, m: Plan['cluster']['members'][number]): string[] {
  const addresses = memberAddresses(m);
  const dns = addresses.find((a) => a.type === 'dns')?.value;
  const ip = addresses.find((a) => a.type === 'ip')?.value;
  const p = memberPorts(plan, m);
  const ports = `:${p.client}/${p.peer}`;
  return [...(dns ? [dns] : []), ip ? `${ip} ${ports}` : ports];
}

interface Box {
  readonly id: string;
  readonly kind: TopologyNode['kind'];
  readonly label: string;
  readonly details: readonly string[];
  readonly clientKind?: ClientKind;
}

/** Lays out the CA, members and clients of a plan; `measure` sizes the text. */
export function topologyLayout(plan: Plan, measure: Measure = estimateWidth): TopologyLayout {
  const members = plan.cluster.members;
  const clients = resolveClients(plan);
  const boxes: Box[] = [
    ...members.map((m): Box => ({
      id: `member:${m.name}`,
      kind: 'member',
      label: m.name,
      details: memberDetails(plan, m),
    })),
    ...clients.map((c): Box => ({
      id: `client:${c.name}`,
      kind: 'client',
      label: c.name,
      // The CN matters (APISIX with etcd auth needs an empty one), the kind is in the tooltip.
      details: [c.commonName === '' ? 'CN ∅' : `CN=${c.commonName}`],
      clientKind: c.kind,
    })),
    { id: 'ca', kind: 'ca', label: plan.ca.commonName, details: [plan.ca.key] },
  ];
  // One width for every box: the widest text, within bounds; longer text is cut with "…".
  const natural = Math.max(
    ...boxes.flatMap((b) => [
      measure(b.label, LABEL_FONT),
      ...b.details.map((d) => measure(d, DETAIL_FONT)),
    ]),
  );
  const boxW = Math.round(Math.min(MAX_W, Math.max(MIN_W, natural + 2 * PAD)));
  const lineCount = Math.max(...boxes.map((b) => 1 + b.details.length));
  const boxH = FIRST_LINE + (lineCount - 1) * LINE_STEP + 12;
  const width = Math.max(560, Math.max(members.length, clients.length) * (boxW + GAP) + 2 * GAP);
  const height = ROW.ca + boxH + 20;
  const mx = row(members.length, width, boxW);
  const cx = row(clients.length, width, boxW);
  let mi = 0;
  let ci = 0;
  const nodes: TopologyNode[] = boxes.map((b) => {
    const x =
      b.kind === 'member' ? mx[mi++]! : b.kind === 'client' ? cx[ci++]! : (width - boxW) / 2;
    const lines: TopologyLine[] = [
      { full: b.label, font: LABEL_FONT },
      ...b.details.map((d) => ({ full: d, font: DETAIL_FONT })),
    ].map((l) => ({ ...l, text: fitText(l.full, boxW - 2 * PAD, l.font, measure) }));
    return {
      id: b.id,
      kind: b.kind,
      label: b.label,
      details: b.details,
      lines,
      ...(b.clientKind ? { clientKind: b.clientKind } : {}),
      x,
      y: ROW[b.kind],
      w: boxW,
      h: boxH,
    };
  });

  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: TopologyEdge[] = [];
  const ca = at.get('ca')!;
  const caTop = { x: ca.x + ca.w / 2, y: ca.y };
  for (const n of nodes) {
    if (n.kind !== 'member') continue;
    edges.push({
      id: `signs:${n.id}`,
      kind: 'signs',
      from: 'ca',
      to: n.id,
      d: `M${caTop.x},${caTop.y} L${n.x + n.w / 2},${n.y + n.h}`,
    });
  }
  const memberNodes = nodes.filter((n) => n.kind === 'member');
  for (const c of nodes.filter((n) => n.kind === 'client'))
    for (const m of memberNodes)
      edges.push({
        id: `client:${c.id}->${m.id}`,
        kind: 'client',
        from: c.id,
        to: m.id,
        d: `M${c.x + c.w / 2},${c.y + c.h} L${m.x + m.w / 2},${m.y}`,
      });
  // Peers: neighbours by a straight line, the ends of a longer row by an arc under the row.
  for (let i = 0; i + 1 < memberNodes.length; i++) {
    const a = memberNodes[i]!;
    const b = memberNodes[i + 1]!;
    const y = a.y + a.h / 2;
    edges.push({
      id: `peer:${a.id}-${b.id}`,
      kind: 'peer',
      from: a.id,
      to: b.id,
      d: `M${a.x + a.w},${y} L${b.x},${y}`,
    });
  }
  if (memberNodes.length > 2) {
    const a = memberNodes[0]!;
    const b = memberNodes[memberNodes.length - 1]!;
    const y = a.y + a.h;
    edges.push({
      id: `peer:${a.id}-${b.id}`,
      kind: 'peer',
      from: a.id,
      to: b.id,
      d: `M${a.x + a.w / 4},${y} Q${(a.x + b.x + b.w) / 2},${y + 70} ${b.x + b.w * 0.75},${y}`,
    });
  }
  return { width, height, nodes, edges };
}
