/**
 * Two or more certificates side by side, one row per decoded field, with the rows whose values
 * differ highlighted: the quickest way to see why one member's certificate works and another's not.
 */
import { Table, Tag, Typography, theme } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecodedCertificate } from '../../../shared/pki/model';
import { certificateFieldValue, useNow } from './certificate-card';
import { CERT_FIELD_KEYS, differingFields, type CertFieldKey } from './certificate-fields';

/** Props of CertificateCompare. */
export interface CertificateCompareProps {
  readonly certs: readonly DecodedCertificate[];
  /** Column titles; default to each certificate's CN. */
  readonly titles?: readonly string[];
  /** Show only the differing rows. */
  readonly onlyDifferences?: boolean;
  /** Clock for "days left"; defaults to the current time. */
  readonly now?: number;
}

interface Row {
  readonly key: CertFieldKey;
  readonly differs: boolean;
}

/** The side-by-side table. */
export function CertificateCompare({
  certs,
  titles,
  onlyDifferences,
  now,
}: CertificateCompareProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const mounted = useNow();
  const clock = now ?? mounted;
  const differing = useMemo(() => differingFields(certs), [certs]);
  const rows: Row[] = CERT_FIELD_KEYS.filter((k) => !onlyDifferences || differing.has(k)).map(
    (key) => ({ key, differs: differing.has(key) }),
  );
  const cellStyle = (row: Row) => ({
    style: row.differs
      ? { background: token.colorWarningBg, verticalAlign: 'top' }
      : { verticalAlign: 'top' },
  });
  const columns: ColumnsType<Row> = [
    {
      key: 'field',
      title: t('inspect.compare.field'),
      fixed: 'left',
      width: 170,
      onCell: cellStyle,
      render: (_, row) => (
        <span>
          <Typography.Text strong>{t(`inspect.card.${row.key}`)}</Typography.Text>
          {row.differs && (
            <>
              {' '}
              <Tag color="warning">{t('inspect.card.differs')}</Tag>
            </>
          )}
        </span>
      ),
    },
    ...certs.map((cert, i) => ({
      key: `cert-${i}`,
      title: titles?.[i] ?? cert.subject.commonName ?? cert.subject.text,
      width: 280,
      onCell: cellStyle,
      render: (_: unknown, row: Row) => certificateFieldValue(row.key, cert, clock, t),
    })),
  ];
  return (
    <Table<Row>
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 170 + certs.length * 280 }}
      aria-label={t('inspect.compare.label', { count: certs.length })}
      rowClassName={(row) => (row.differs ? 'cert-compare-differs' : '')}
    />
  );
}
