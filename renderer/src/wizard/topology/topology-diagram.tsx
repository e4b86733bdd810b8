/**
 * The trust topology as a labelled SVG: who holds which certificate and who connects to whom
 * (clients to every member on the client port, members to each other on the peer port, all signed
 * by the one CA). Colours come from the Ant Design theme, so it reads in light and dark. Each box
 * is a button: picking it shows the files that go to that machine. Text is measured with the
 * page's own font, so it is cut with "…" before it could leave its box.
 */
import { Flex, Typography, theme } from 'antd';
import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/schema';
import {
  estimateWidth,
  FIRST_LINE,
  LINE_STEP,
  topologyLayout,
  type Measure,
  type TopologyEdge,
  type TopologyNode,
} from './topology-layout';

/** Props of TopologyDiagram. */
export interface TopologyDiagramProps {
  readonly plan: Plan;
  /** The node whose files are shown (highlighted). */
  readonly selected?: string;
  /** Called with a node's id when the user picks it. */
  readonly onSelect?: (nodeId: string) => void;
}

/** A text measurer on a canvas in `fontFamily`; the estimate where no canvas draws (tests). */
function canvasMeasure(fontFamily: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateWidth;
  return (text, font) => {
    ctx.font = `${font.weight} ${font.size}px ${fontFamily}`;
    return ctx.measureText(text).width;
  };
}

/** The picture, with a legend and a text description for screen readers. */
export function TopologyDiagram({ plan, selected, onSelect }: TopologyDiagramProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const measure = useMemo(() => canvasMeasure(token.fontFamily), [token.fontFamily]);
  const layout = useMemo(() => topologyLayout(plan, measure), [plan, measure]);
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onSelect?.(id);
  };
  const stroke: Record<TopologyNode['kind'], string> = {
    ca: token.colorWarning,
    member: token.colorPrimary,
    client: token.colorSuccess,
  };
  const edgeStyle: Record<TopologyEdge['kind'], { color: string; dash?: string; width: number }> = {
    signs: { color: token.colorWarning, dash: '6 4', width: 1.5 },
    client: { color: token.colorTextTertiary, width: 1 },
    peer: { color: token.colorPrimary, width: 2.5 },
  };
  const members = plan.cluster.members.map((m) => m.name);
  const description = t('review.topology.description', {
    ca: plan.ca.commonName,
    members: members.join(', '),
    clients:
      layout.nodes
        .filter((n) => n.kind === 'client')
        .map((n) => n.label)
        .join(', ') || '—',
    clientPort: plan.cluster.clientPort,
    peerPort: plan.cluster.peerPort,
  });
  const legend: { kind: TopologyEdge['kind']; text: string }[] = [
    { kind: 'client', text: t('review.topology.legendClient', { port: plan.cluster.clientPort }) },
    { kind: 'peer', text: t('review.topology.legendPeer', { port: plan.cluster.peerPort }) },
    { kind: 'signs', text: t('review.topology.legendSigns') },
  ];
  return (
    <Flex vertical gap={8}>
      <div style={{ overflowX: 'auto' }}>
        <svg
          role="group"
          aria-labelledby="topology-title topology-desc"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          style={{ maxWidth: '100%', height: 'auto', display: 'block', margin: '0 auto' }}
        >
          <title id="topology-title">{t('review.topology.title')}</title>
          <desc id="topology-desc">{description}</desc>
          {layout.edges.map((e) => {
            const s = edgeStyle[e.kind];
            return (
              <path
                key={e.id}
                d={e.d}
                fill="none"
                stroke={s.color}
                strokeWidth={s.width}
                strokeDasharray={s.dash}
                data-edge={e.kind}
              />
            );
          })}
          {layout.nodes.map((n) => {
            const name = `${t(`review.topology.node.${n.kind}`)} ${n.label} (${n.details.join(', ')})`;
            const picked = selected === n.id;
            return (
              <g
                key={n.id}
                data-node={n.kind}
                data-name={n.label}
                className="topology-node"
                role="button"
                tabIndex={0}
                aria-pressed={picked}
                aria-label={t('review.topology.pick', { name })}
                onClick={() => onSelect?.(n.id)}
                onKeyDown={onKey(n.id)}
                style={{ cursor: 'pointer' }}
              >
                <title>{name}</title>
                <rect
                  x={n.x}
                  y={n.y}
                  width={n.w}
                  height={n.h}
                  rx={8}
                  fill={picked ? token.colorPrimaryBg : token.colorBgContainer}
                  stroke={stroke[n.kind]}
                  strokeWidth={picked ? 3.5 : 2}
                />
                {n.lines.map((line, i) => (
                  <text
                    key={i}
                    x={n.x + n.w / 2}
                    y={n.y + FIRST_LINE + i * LINE_STEP}
                    textAnchor="middle"
                    fontSize={line.font.size}
                    fontWeight={line.font.weight}
                    fontFamily={token.fontFamily}
                    fill={i === 0 ? token.colorText : token.colorTextSecondary}
                  >
                    {line.text}
                  </text>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <Flex gap={16} wrap justify="center" role="list" aria-label={t('review.topology.legend')}>
        {legend.map((l) => {
          const s = edgeStyle[l.kind];
          return (
            <Flex key={l.kind} gap={6} align="center" role="listitem">
              <svg width={32} height={10} aria-hidden="true">
                <line
                  x1={0}
                  y1={5}
                  x2={32}
                  y2={5}
                  stroke={s.color}
                  strokeWidth={s.width + 0.5}
                  strokeDasharray={s.dash}
                />
              </svg>
              <Typography.Text>{l.text}</Typography.Text>
            </Flex>
          );
        })}
      </Flex>
    </Flex>
  );
}
