/**
 * The trust topology as a labelled SVG: who holds which certificate and who connects to whom
 * (clients to every member on the client port, members to each other on the peer port, all signed
 * by the one CA). Colours come from the Ant Design theme, so it reads in light and dark.
 */
import { Flex, Typography, theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/schema';
import { fit, topologyLayout, type TopologyEdge, type TopologyNode } from './topology-layout';

/** Props of TopologyDiagram. */
export interface TopologyDiagramProps {
  readonly plan: Plan;
}

/** The picture, with a legend and a text description for screen readers. */
export function TopologyDiagram({ plan }: TopologyDiagramProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const layout = useMemo(() => topologyLayout(plan), [plan]);
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
          role="img"
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
          {layout.nodes.map((n) => (
            <g key={n.id} data-node={n.kind} data-name={n.label}>
              <title>{`${t(`review.topology.node.${n.kind}`)}: ${n.label} (${n.detail})`}</title>
              <rect
                x={n.x}
                y={n.y}
                width={n.w}
                height={n.h}
                rx={8}
                fill={token.colorBgContainer}
                stroke={stroke[n.kind]}
                strokeWidth={2}
              />
              <text
                x={n.x + n.w / 2}
                y={n.y + 21}
                textAnchor="middle"
                fontSize={14}
                fontWeight={600}
                fill={token.colorText}
              >
                {fit(n.label)}
              </text>
              <text
                x={n.x + n.w / 2}
                y={n.y + 39}
                textAnchor="middle"
                fontSize={11.5}
                fill={token.colorTextSecondary}
              >
                {fit(n.detail, 24)}
              </text>
            </g>
          ))}
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
