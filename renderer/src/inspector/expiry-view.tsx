/**
 * The expiry view: every certificate on one time axis, soonest end first, with today marked;
 * within 30 days it warns, once past it is an error. The CA's own end date is a row like any other.
 */
import { Alert, Flex, Table, Tag, Typography, theme } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPIRY_WARNING_DAYS } from '../../../shared/lint';
import { ValidityTag } from '../components/certificate-card';
import { daysLeft } from '../components/certificate-fields';
import { LocalTime } from '../format/date-time';
import { PurposeTag } from './cert-table';
import { CertFilter } from './cert-filter';
import { useInspection, type CertEntry } from './use-inspection';

/** The timeline table. */
export function ExpiryView() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { entries, visible, now } = useInspection();
  const sorted = useMemo(
    () => [...entries].sort((a, b) => Date.parse(a.cert.notAfter) - Date.parse(b.cert.notAfter)),
    [entries],
  );
  const start = Math.min(now, ...sorted.map((e) => Date.parse(e.cert.notBefore)));
  const end = Math.max(now, ...sorted.map((e) => Date.parse(e.cert.notAfter)));
  const pos = (ms: number) => `${(((ms - start) / Math.max(1, end - start)) * 100).toFixed(2)}%`;
  const expired = sorted.filter((e) => daysLeft(e.cert, now) < 0).length;
  const soon = sorted.filter((e) => {
    const d = daysLeft(e.cert, now);
    return d >= 0 && d <= EXPIRY_WARNING_DAYS;
  }).length;
  const columns: ColumnsType<CertEntry> = [
    {
      key: 'name',
      title: t('inspect.certs.name'),
      width: 200,
      render: (_, e) => (
        <Flex gap={4} wrap>
          <Typography.Text strong>{e.label}</Typography.Text>
          {e.report.roles.includes('ca') && <Tag color="gold">{t('inspect.card.ca')}</Tag>}
          <PurposeTag entry={e} />
        </Flex>
      ),
    },
    {
      key: 'until',
      title: t('inspect.card.notAfter'),
      width: 190,
      render: (_, e) => <LocalTime iso={e.cert.notAfter} />,
    },
    {
      key: 'left',
      title: t('inspect.expiry.left'),
      width: 150,
      render: (_, e) => <ValidityTag cert={e.cert} now={now} />,
    },
    {
      key: 'bar',
      title: t('inspect.expiry.timeline'),
      render: (_, e) => {
        const d = daysLeft(e.cert, now);
        const color =
          d < 0
            ? token.colorError
            : d <= EXPIRY_WARNING_DAYS
              ? token.colorWarning
              : token.colorSuccess;
        const from = Date.parse(e.cert.notBefore);
        const to = Date.parse(e.cert.notAfter);
        return (
          <div
            style={{
              position: 'relative',
              height: 12,
              background: token.colorFillSecondary,
              borderRadius: 6,
            }}
            aria-hidden
          >
            <div
              style={{
                position: 'absolute',
                left: pos(from),
                width: `calc(${pos(to)} - ${pos(from)})`,
                top: 0,
                bottom: 0,
                background: color,
                borderRadius: 6,
                minWidth: 2,
              }}
            />
            <div
              style={{
                position: 'absolute',
                left: pos(now),
                top: -3,
                bottom: -3,
                width: 2,
                background: token.colorText,
              }}
            />
          </div>
        );
      },
    },
  ];
  return (
    <Flex vertical gap={12}>
      {expired > 0 && (
        <Alert type="error" showIcon title={t('inspect.expiry.expired', { count: expired })} />
      )}
      {soon > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('inspect.expiry.soon', { count: soon, days: EXPIRY_WARNING_DAYS })}
        />
      )}
      {expired + soon === 0 && <Alert type="success" showIcon title={t('inspect.expiry.fine')} />}
      <CertFilter />
      <Table<CertEntry>
        virtual
        size="small"
        rowKey={(e) => e.cert.fingerprintSha256}
        columns={columns}
        dataSource={sorted.filter((e) => visible.includes(e))}
        pagination={false}
        scroll={{ y: 480, x: 900 }}
        aria-label={t('inspect.expiry.label')}
      />
    </Flex>
  );
}
