/**
 * Where the trust topology picture puts its boxes and lines: clients on top, members in the
 * middle (peers connect to each other), the CA below (it signs every certificate). Pure, so the
 * geometry is tested without a DOM.
 */
import { memberPorts, resolveClients } from '../../../../shared/plan/derive';
import type { ClientKind, Plan } from '../../../../shared/plan/schema';

/** A box of the picture. */
export interface TopologyNode {
  readonly id: string;
  readonly kind: 'ca' | 'member' | 'client';
  readonly label: string;
  /** Second line: address and ports, the client's CN, or the CA's key algorithm. */
  readonly detail: string;
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

const BOX_W = 150;
const BOX_H = 50;
const GAP = 24;
const ROW = { client: 20, member: 160, ca: 300 };

/** Truncates a label to what fits a box (the full text stays in the tooltip). */
export const fit = (s: string, max = 20): string =>
  s.length > max ? `${s.slice(0, max - 1)}…` : s;

function row(count: number, width: number): number[] {
  const total = count * BOX_W + (count - 1) * GAP;
  const start = (width - total) / 2;
  return Array.from({ length: count }, (_, i) => start + i * (BOX_W + GAP));
}

/** Lays out the CA, members and clients of a plan. */
export function topologyLayout(plan: Plan): TopologyLayout {
  const members = plan.cluster.members;
  const clients = resolveClients(plan);
  const width = Math.max(560, Math.max(members.length, clients.length) * (BOX_W + GAP) + 2 * GAP);
  const height = ROW.ca + BOX_H + 20;
  const nodes: TopologyNode[] = [];
  const mx = row(members.length, width);
  members.forEach((m, i) => {
    const p = memberPorts(plan, m);
    nodes.push({
      id: `member:${m.name}`,
      kind: 'member',
      label: m.name,
      detail: `${m.addresses[0] ?? ''} :${p.client}/${p.peer}`,
      x: mx[i]!,
      y: ROW.member,
      w: BOX_W,
      h: BOX_H,
    });
  });
  const cx = row(clients.length, width);
  clients.forEach((c, i) =>
    nodes.push({
      id: `client:${c.name}`,
      kind: 'client',
      label: c.name,
      // The CN matters (APISIX with etcd auth needs an empty one), the kind is in the tooltip.
      detail: c.commonName === '' ? 'CN ∅' : `CN=${c.commonName}`,
      clientKind: c.kind,
      x: cx[i]!,
      y: ROW.client,
      w: BOX_W,
      h: BOX_H,
    }),
  );
  nodes.push({
    id: 'ca',
    kind: 'ca',
    label: plan.ca.commonName,
    detail: plan.ca.key,
    x: (width - BOX_W) / 2,
    y: ROW.ca,
    w: BOX_W,
    h: BOX_H,
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
