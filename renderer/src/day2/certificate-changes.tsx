/**
 * Every certificate of a change, now and after, in one table: serial, end date, SANs and
 * extended key usage, with "unchanged" where a renewal keeps them. A changed row expands into the
 * full side-by-side comparison (the inspector's), differing fields highlighted.
 */
import { Checkbox, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateChange } from '../../../shared/ipc/channels-day2';
import { CertificateCompare } from '../components/certificate-compare';
import { certificateFieldValues, colonHex, sanLabel } from '../components/certificate-fields';
import { localDateTime } from '../format/date-time';

const COLOR: Record<CertificateChange['change'], string> = {
  renewed: 'green',
  reissued: 'purple',
  added: 'blue',
  removed: 'red',
  kept: 'default',
};

/** Props of CertificateChanges. */
export interface CertificateChangesProps {
  readonly certificates: readonly CertificateChange[];
}

/** The before/after table. */
export function CertificateChanges({ certificates }: CertificateChangesProps) {
  const { t } = useTranslation();
  const [onlyDiff, setOnlyDiff] = useState(false);
  const none = <Typography.Text type="secondary">{t('day2.review.none')}</Typography.Text>;
  const same = <Typography.Text type="secondary">{t('day2.review.same')}</Typography.Text>;
  /** `old → new`, or one value when only one side exists or nothing changed. */
  const pair = (
    c: CertificateChange,
    show: (v: string) => ReactNode,
    value: (x: NonNullable<CertificateChange['before']>) => string,
  ) => {
    const b = c.before && value(c.before);
    const a = c.after && value(c.after);
    // One side only: a kept certificate is the same, an added one has no past, a removed no future.
    if (c.change === 'kept' || c.change === 'removed') return b !== undefined ? show(b) : none;
    if (c.change === 'added') return a !== undefined ? show(a) : none;
    return (
      <Flex gap={4} align="center" wrap>
        {b !== undefined ? show(b) : none}
        <span aria-hidden>→</span>
        {a !== undefined ? show(a) : none}
      </Flex>
    );
  };
  /** A field that a renewal keeps: "unchanged" when equal, else both values. */
  const kept = (
    c: CertificateChange,
    value: (x: NonNullable<CertificateChange['before']>) => string,
  ) => {
    const b = c.before && value(c.before);
    const a = c.after && value(c.after);
    const show = (v: string) =>
      v ? <Typography.Text style={{ fontSize: 12 }}>{v}</Typography.Text> : none;
    if (b !== undefined && a !== undefined && b === a)
      return (
        <Flex vertical gap={2}>
          {show(b)}
          {c.change !== 'kept' && same}
        </Flex>
      );
    return pair(c, show, value);
  };
  const columns: ColumnsType<CertificateChange> = [
    {
      key: 'name',
      title: t('day2.review.colName'),
      width: 170,
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{c.name}</Typography.Text>
          <Typography.Text type="secondary">{t(`day2.bundle.kind.${c.role}`)}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'change',
      title: t('day2.review.colChange'),
      width: 100,
      render: (_, c) => <Tag color={COLOR[c.change]}>{t(`day2.review.change.${c.change}`)}</Tag>,
    },
    {
      key: 'serial',
      title: t('day2.review.colSerial'),
      render: (_, c) =>
        pair(
          c,
          (v) => (
            <Typography.Text code title={colonHex(v)} style={{ fontSize: 12 }}>
              {colonHex(v).slice(0, 11)}…
            </Typography.Text>
          ),
          (x) => x.serialHex,
        ),
    },
    {
      key: 'until',
      title: t('day2.review.colNotAfter'),
      render: (_, c) =>
        pair(
          c,
          (v) => <span>{v}</span>,
          (x) => localDateTime(x.notAfter),
        ),
    },
    {
      key: 'sans',
      title: t('day2.review.colSans'),
      render: (_, c) => kept(c, (x) => x.sans.map(sanLabel).join(', ')),
    },
    {
      key: 'eku',
      title: t('day2.review.colEku'),
      width: 150,
      render: (_, c) => kept(c, (x) => certificateFieldValues(x).extKeyUsage),
    },
  ];
  const expandable = (c: CertificateChange) => c.change !== 'kept';
  // What changes first, in bundle order; what is kept after it.
  const rows = [
    ...certificates.filter((c) => c.change !== 'kept'),
    ...certificates.filter((c) => c.change === 'kept'),
  ];
  const first = rows.find(expandable);
  return (
    <Flex vertical gap={8}>
      <Checkbox checked={onlyDiff} onChange={(e) => setOnlyDiff(e.target.checked)}>
        {t('day2.review.onlyDiff')}
      </Checkbox>
      <Table<CertificateChange>
        size="small"
        pagination={false}
        rowKey="id"
        columns={columns}
        dataSource={rows}
        aria-label={t('day2.review.tableLabel')}
        expandable={{
          rowExpandable: expandable,
          defaultExpandedRowKeys: first ? [first.id] : [],
          expandedRowRender: (c) => {
            const sides = [
              ...(c.before ? [[c.before, t('day2.review.compareNow')] as const] : []),
              ...(c.after ? [[c.after, t('day2.review.compareAfter')] as const] : []),
            ];
            return (
              <CertificateCompare
                certs={sides.map(([cert]) => cert)}
                titles={sides.map(([, title]) => title)}
                onlyDifferences={onlyDiff && sides.length > 1}
              />
            );
          },
        }}
      />
    </Flex>
  );
}
