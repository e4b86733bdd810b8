/**
 * The opened bundle at a glance: where it came from, when it was written, its CA and how the CA
 * key is kept, and every certificate with its serial and end date. When the renewal is "the ones
 * I tick", the table's checkboxes choose them.
 */
import { Button, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Day2Certificate } from '../../../shared/ipc/channels-day2';
import { ValidityTag, useNow } from '../components/certificate-card';
import { colonHex } from '../components/certificate-fields';
import { useAppStore } from '../store';
import { LocalTime } from '../format/date-time';

/** Serial as openssl prints it, shortened for the table (the full one is in the tooltip). */
const shortSerial = (hex: string): string => {
  const c = colonHex(hex);
  return c.length > 23 ? `${c.slice(0, 23)}…` : c;
};

/** The bundle summary and its certificate table. */
export function BundleOverview() {
  const { t } = useTranslation();
  const now = useNow();
  const { bundle, form } = useAppStore(
    useShallow((s) => ({ bundle: s.day2.bundle, form: s.day2.form })),
  );
  const setForm = useAppStore((s) => s.setDay2Form);
  const reset = useAppStore((s) => s.resetDay2);
  if (!bundle) return null;
  const ticking = form.action === 'renew' && form.renew.mode === 'chosen';
  const columns: ColumnsType<Day2Certificate> = [
    {
      key: 'name',
      title: t('day2.bundle.colName'),
      render: (_, c) => <Typography.Text strong>{c.name}</Typography.Text>,
    },
    {
      key: 'kind',
      title: t('day2.bundle.colKind'),
      render: (_, c) => <Tag>{t(`day2.bundle.kind.${c.role}`)}</Tag>,
    },
    {
      key: 'serial',
      title: t('day2.bundle.colSerial'),
      render: (_, c) => (
        <Typography.Text code title={colonHex(c.certificate.serialHex)}>
          {shortSerial(c.certificate.serialHex)}
        </Typography.Text>
      ),
    },
    {
      key: 'until',
      title: t('day2.bundle.colNotAfter'),
      render: (_, c) => (
        <Flex gap={8} align="center" wrap>
          <LocalTime iso={c.certificate.notAfter} />
          <ValidityTag cert={c.certificate} now={now} />
        </Flex>
      ),
    },
  ];
  return (
    <section aria-label={t('day2.bundle.label')}>
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'folder',
              label: t(bundle.origin === 'bundle' ? 'day2.bundle.folder' : 'day2.bundle.found'),
              children: (
                <Flex gap={8} align="center" wrap justify="space-between" style={{ width: '100%' }}>
                  {bundle.origin === 'bundle' ? (
                    <Typography.Text code>{bundle.name}</Typography.Text>
                  ) : (
                    <Typography.Text>{t('day2.bundle.fromInspector')}</Typography.Text>
                  )}
                  <Button size="small" onClick={reset}>
                    {t('day2.open.another')}
                  </Button>
                </Flex>
              ),
              span: { xs: 1, md: 2 },
            },
            ...(bundle.origin === 'bundle'
              ? [
                  {
                    key: 'written',
                    label: t('day2.bundle.written'),
                    children: bundle.createdAt.replace('T', ' ').slice(0, 16),
                  },
                ]
              : []),
            {
              key: 'members',
              label: t('day2.bundle.members'),
              children: bundle.plan.cluster.members.map((m) => m.name).join(', '),
            },
            {
              key: 'ca',
              label: t('day2.bundle.ca'),
              children: (
                <Flex gap={8} align="center" wrap>
                  <span>{bundle.ca.subject.commonName ?? bundle.ca.subject.text}</span>
                  <ValidityTag cert={bundle.ca} now={now} />
                </Flex>
              ),
            },
            {
              key: 'key',
              label: t('day2.bundle.caKey'),
              children: t(
                bundle.origin === 'bundle'
                  ? `day2.bundle.caKeyState.${bundle.caKey}`
                  : 'day2.bundle.caKeyState.dropped',
              ),
            },
            ...(bundle.trust.length > 1
              ? [
                  {
                    key: 'trust',
                    label: t('day2.bundle.trust'),
                    children: bundle.trust
                      .map((c) => c.subject.commonName ?? c.subject.text)
                      .join(', '),
                    span: { xs: 1, md: 2 } as const,
                  },
                ]
              : []),
          ]}
        />
        <Table<Day2Certificate>
          size="small"
          pagination={false}
          rowKey="id"
          columns={columns}
          dataSource={[...bundle.certificates]}
          aria-label={t('day2.bundle.tableLabel')}
          rowSelection={
            ticking
              ? {
                  selectedRowKeys: [...form.renew.ids],
                  onChange: (keys) => setForm({ renew: { ...form.renew, ids: keys.map(String) } }),
                  getCheckboxProps: (c) => ({
                    'aria-label': t('day2.renew.tick', {
                      name: c.name,
                      kind: t(`day2.bundle.kind.${c.role}`),
                    }),
                  }),
                }
              : undefined
          }
        />
      </Flex>
    </section>
  );
}
