/**
 * APISIX settings: version, the etcd host names it will dial (checked against the server
 * certificates), an optional TLS server name, etcd authentication (which decides the CN of its
 * certificate) and optional Kubernetes service discovery.
 */
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { AddressField } from '../fields/address-field';
import { SelectField, SwitchField, TextField } from '../fields/basic-fields';
import { updateApisix, updateDiscovery } from './client-updates';
import { HostCoverageList } from './host-list';

const DISCOVERY_FIELDS = [
  ['apiServerHost', 'discoveryHost', '${KUBERNETES_SERVICE_HOST}'],
  ['apiServerPort', 'discoveryPort', '${KUBERNETES_SERVICE_PORT}'],
  ['namespace', 'discoveryNamespace', 'apisix'],
  ['serviceAccount', 'discoveryAccount', 'apisix-discovery'],
] as const;

const VERSION_OPTIONS = [
  { value: '3', label: 'APISIX 3.x' },
  { value: '2', label: 'APISIX 2.x' },
] as const;

function Discovery() {
  const { t } = useTranslation();
  const discovery = useAppStore((s) => s.plan.draft.apisix?.discovery);
  const setDraft = useAppStore((s) => s.setDraft);
  return (
    <>
      <SwitchField
        step="clients"
        id="apisix-discovery"
        label={t('setup.apisix.discovery')}
        extra={t('setup.apisix.discoveryHelp')}
        checked={discovery !== undefined}
        onChange={(on) => setDraft(updateApisix({ discovery: on ? {} : undefined }))}
      />
      {discovery && (
        <Row gutter={16}>
          {DISCOVERY_FIELDS.map(([key, label, placeholder]) => (
            <Col xs={24} md={12} key={key}>
              <TextField
                step="clients"
                id={`discovery-${key}`}
                label={t(`setup.field.${label}`)}
                path={`apisix.discovery.${key}`}
                value={discovery[key]}
                spellCheck={false}
                placeholder={placeholder}
                onChange={(v) => setDraft(updateDiscovery({ [key]: v }))}
              />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}

/** The APISIX card's fields. */
export function ApisixSettings() {
  const { t } = useTranslation();
  const apisix = useAppStore((s) => s.plan.draft.apisix) ?? {};
  const auth = useAppStore((s) => s.plan.draft.etcd?.auth ?? false);
  const setDraft = useAppStore((s) => s.setDraft);
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <SelectField
            step="clients"
            id="apisix-version"
            label={t('setup.field.apisixVersion')}
            value={apisix.version}
            fallback="3"
            options={VERSION_OPTIONS}
            onChange={(version) => setDraft(updateApisix({ version }))}
          />
        </Col>
        <Col xs={24} md={16}>
          <SwitchField
            step="clients"
            id="etcd-auth"
            label={t('setup.apisix.auth')}
            extra={t('setup.apisix.authHelp')}
            checked={auth}
            onChange={(on) => setDraft((d) => ({ ...d, etcd: { ...d.etcd, auth: on } }))}
          />
        </Col>
      </Row>
      <AddressField
        step="clients"
        id="apisix-hosts"
        label={t('setup.field.apisixHosts')}
        path="apisix.hosts"
        value={apisix.hosts}
        extra={t('setup.apisix.hostsHelp')}
        placeholder={t('setup.apisix.hostsPlaceholder')}
        onChange={(hosts) => setDraft(updateApisix({ hosts: hosts.length ? hosts : undefined }))}
      />
      <HostCoverageList />
      <TextField
        step="clients"
        id="apisix-sni"
        label={t('setup.field.apisixSni')}
        path="apisix.sni"
        value={apisix.sni}
        extra={t('setup.apisix.sniHelp')}
        style={{ marginTop: 16 }}
        spellCheck={false}
        inputStyle={{ maxWidth: 420 }}
        onChange={(v) => setDraft(updateApisix({ sni: v.trim() || undefined }))}
      />
      <Discovery />
    </>
  );
}
