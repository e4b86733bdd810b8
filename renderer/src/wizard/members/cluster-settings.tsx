/**
 * Cluster-wide settings of the members step: default ports, extra SANs (load balancers, VIPs,
 * Service names, wildcards), loopback SANs, etcd version and cluster token, and the folders the
 * generated configuration points at on the members.
 */
import { Col, Collapse, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ETCD_VERSIONS, type PlanInput } from '../../../../shared/plan/schema';
import { useAppStore } from '../../store';
import { AddressField } from '../fields/address-field';
import { PORTS, PortField, SelectField, SwitchField, TextField } from '../fields/basic-fields';
import { updateCluster, updateEtcd } from './member-updates';

/** The folders on the members: plan key, field id and the path used when left empty. */
const FOLDERS = [
  { key: 'pkiDir', id: 'pki-dir', placeholder: '/etc/etcd/pki' },
  { key: 'dataDir', id: 'data-dir', placeholder: '/var/lib/etcd' },
] as const;

const VERSION_OPTIONS = ETCD_VERSIONS.map((v) => ({ value: v, label: `etcd ${v}` }));

function Folders() {
  const { t } = useTranslation();
  const draft = useAppStore((s) => s.plan.draft);
  const setDraft = useAppStore((s) => s.setDraft);
  const set = (key: 'pkiDir' | 'dataDir', v: string) =>
    setDraft((d) => {
      const next: PlanInput = { ...d };
      if (v === '') delete next[key];
      else next[key] = v;
      return next;
    });
  return (
    <Row gutter={16}>
      {FOLDERS.map(({ key, id, placeholder }) => (
        <Col xs={24} md={12} key={key}>
          <TextField
            step="members"
            id={id}
            label={t(`setup.field.${key}`)}
            path={key}
            value={draft[key]}
            placeholder={placeholder}
            onChange={(v) => set(key, v)}
          />
        </Col>
      ))}
    </Row>
  );
}

/** The cluster settings. */
export function ClusterSettings() {
  const { t } = useTranslation();
  const cluster = useAppStore((s) => s.plan.draft.cluster);
  const etcd = useAppStore((s) => s.plan.draft.etcd) ?? {};
  const setDraft = useAppStore((s) => s.setDraft);
  return (
    <>
      <AddressField
        step="members"
        id="extra-sans"
        label={t('setup.field.extraSans')}
        path="cluster.extraSans"
        value={cluster.extraSans}
        extra={t('setup.members.extraSansHelp')}
        allowWildcard
        placeholder={t('setup.members.extraSansPlaceholder')}
        onChange={(extraSans) => setDraft(updateCluster({ extraSans }))}
      />
      <SwitchField
        step="members"
        id="loopback-sans"
        label={t('setup.field.loopbackSans')}
        extra={t('setup.members.loopbackHelp')}
        checked={cluster.loopbackSans ?? true}
        onChange={(loopbackSans) => setDraft(updateCluster({ loopbackSans }))}
      />
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <SelectField
            step="members"
            id="etcd-version"
            label={t('setup.field.etcdVersion')}
            path="etcd.version"
            value={etcd.version}
            fallback="3.5"
            options={VERSION_OPTIONS}
            onChange={(version) => setDraft(updateEtcd({ version }))}
          />
        </Col>
        <Col xs={24} md={6}>
          <TextField
            step="members"
            id="cluster-token"
            label={t('setup.field.clusterToken')}
            path="etcd.clusterToken"
            value={etcd.clusterToken}
            placeholder="etcd-cluster"
            onChange={(v) => setDraft(updateEtcd({ clusterToken: v || undefined }))}
          />
        </Col>
        {PORTS.map(({ key, id }) => (
          <Col xs={12} md={6} key={key}>
            <PortField
              step="members"
              id={id}
              label={t(`setup.field.${key}`)}
              path={`cluster.${key}`}
              value={cluster[key]}
              onChange={(port) => setDraft(updateCluster({ [key]: port }))}
            />
          </Col>
        ))}
      </Row>
      <Collapse
        size="small"
        items={[{ key: 'folders', label: t('setup.members.folders'), children: <Folders /> }]}
      />
    </>
  );
}
