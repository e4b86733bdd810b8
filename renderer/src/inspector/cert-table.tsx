/**
 * All certificates found, one row each (virtualised for big sets), with a checkbox to pick them
 * for the cards and the side-by-side view; the picked ones (or all, when few) show as cards.
 */
import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { CertificateCard, ValidityTag } from '../components/certificate-card';
import { useAppStore } from '../store';
import { CertFilter } from './cert-filter';
import { useInspection, type CertEntry } from './use-inspection';

/** Up to this many certificates show as cards without picking. */
const ALL_CARDS_UP_TO = 8;

/**
 * Tag for who signed a certificate (the CA whose key verifies its signature), and, when Go
 * refuses its chain for another reason (an expired CA…), that too.
 */
export function IssuerTag({ entry }: { readonly entry: CertEntry }) {
  const { t } = useTranslation();
  const i = entry.report.issuer;
  const chain = entry.report.chain;
  // File paths are long: let the tag wrap instead of overflowing its column.
  const wrap = { whiteSpace: 'normal', wordBreak: 'break-word' } as const;
  const issuer =
    i.status === 'self-signed' ? (
      <Tag style={wrap}>{t('inspect.chain.selfSigned')}</Tag>
    ) : i.status === 'found' ? (
      <Tag color="green" style={wrap}>
        {t('inspect.chain.found', { file: i.file })}
      </Tag>
    ) : i.status === 'wrong' ? (
      <Tag color="red" style={wrap}>
        {t('inspect.chain.wrong', { file: i.candidates.map((c) => c.file).join(', ') })}
      </Tag>
    ) : (
      <Tag color={chain.status === 'unchecked' ? 'gold' : 'red'} style={wrap}>
        {t('inspect.chain.missing', { issuer: i.issuer })}
      </Tag>
    );
  const refused = chain.status === 'untrusted' && i.status === 'found';
  return (
    <Flex vertical gap={2} align="flex-start">
      {issuer}
      {refused && (
        <Tag color="red" style={wrap}>
          {t('inspect.chain.untrusted')}
        </Tag>
      )}
    </Flex>
  );
}

/**
 * Tag for a certificate recognised as not etcd's ("kube-apiserver serving certificate — not
 * used by etcd"), so the user sees why it has no etcd role and no etcd finding.
 */
export function PurposeTag({ entry }: { readonly entry: CertEntry }) {
  const { messages } = useInspection();
  const purpose = entry.report.purpose;
  if (purpose === undefined) return null;
  return (
    <Tag
      color="purple"
      style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}
      data-testid="purpose-tag"
      data-purpose={purpose}
    >
      {messages.purposes[purpose]}
    </Tag>
  );
}

/** Go's text when it refuses the chain, for the places with room to show it. */
export function ChainError({ entry }: { readonly entry: CertEntry }) {
  const chain = entry.report.chain;
  if (chain.status !== 'untrusted') return null;
  return (
    <Typography.Text code style={{ fontSize: 12, wordBreak: 'break-word' }}>
      {chain.error}
    </Typography.Text>
  );
}

/** The certificate list and the cards. */
export function CertTable() {
  const { t } = useTranslation();
  const { entries, visible, byFingerprint, now, messages } = useInspection();
  const compare = useAppStore((s) => s.inspector.compare);
  const setCompare = useAppStore((s) => s.setCompare);
  const columns: ColumnsType<CertEntry> = [
    {
      key: 'name',
      title: t('inspect.certs.name'),
      width: 220,
      render: (_, e) => (
        <Flex vertical>
          <Typography.Text strong>{e.label}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
            {e.report.file}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'roles',
      title: t('inspect.certs.roles'),
      width: 220,
      render: (_, e) => (
        <Flex wrap gap={4}>
          <PurposeTag entry={e} />
          {e.report.verdicts
            .filter((v) => v.ok && e.report.purpose === undefined)
            .map((v) => (
              <Tag key={v.role} color="blue">
                {messages.roleNames[v.role]}
              </Tag>
            ))}
        </Flex>
      ),
    },
    {
      key: 'issuer',
      title: t('inspect.certs.issuer'),
      width: 220,
      render: (_, e) => <IssuerTag entry={e} />,
    },
    {
      key: 'expiry',
      title: t('inspect.certs.expiry'),
      width: 150,
      render: (_, e) => <ValidityTag cert={e.cert} now={now} />,
    },
    {
      key: 'findings',
      title: t('inspect.certs.findings'),
      width: 140,
      render: (_, e) => {
        const errors = e.report.findings.filter((f) => f.severity === 'error').length;
        const warnings = e.report.findings.filter((f) => f.severity === 'warning').length;
        if (errors + warnings === 0) return <Tag color="success">{t('inspect.certs.clean')}</Tag>;
        return (
          <Flex gap={4} wrap>
            {errors > 0 && <Tag color="error">{t('inspect.certs.errors', { count: errors })}</Tag>}
            {warnings > 0 && (
              <Tag color="warning">{t('inspect.certs.warnings', { count: warnings })}</Tag>
            )}
          </Flex>
        );
      },
    },
  ];
  const shown =
    compare.length > 0
      ? compare.map((f) => byFingerprint.get(f)).filter((e): e is CertEntry => e !== undefined)
      : entries.length <= ALL_CARDS_UP_TO
        ? entries
        : [];
  return (
    <Flex vertical gap={16}>
      <CertFilter />
      <Table<CertEntry>
        virtual
        size="small"
        rowKey={(e) => e.cert.fingerprintSha256}
        columns={columns}
        dataSource={[...visible]}
        pagination={false}
        scroll={{ y: 420, x: 950 }}
        aria-label={t('inspect.certs.label')}
        rowSelection={{
          selectedRowKeys: [...compare],
          preserveSelectedRowKeys: true,
          onChange: (keys) => setCompare(keys.map(String)),
          columnTitle: t('inspect.certs.pick'),
          getCheckboxProps: (e) => ({
            'aria-label': t('inspect.certs.pickOne', { name: e.label }),
          }),
        }}
      />
      {shown.length === 0 && (
        <Typography.Text type="secondary">{t('inspect.certs.pickHint')}</Typography.Text>
      )}
      {shown.map((e) => (
        <CertificateCard
          key={e.cert.fingerprintSha256}
          cert={e.cert}
          findings={e.report.findings}
          now={now}
          title={`${e.label} — ${e.report.file}`}
        />
      ))}
    </Flex>
  );
}
