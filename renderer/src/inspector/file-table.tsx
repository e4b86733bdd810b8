/**
 * Every file handed over, with what it holds or why it could not be read: one row each, so a bad
 * file never hides the others. Virtualised: a folder of a thousand files scrolls smoothly.
 */
import { Button, Flex, Input, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { InspectedFile } from '../../../shared/ipc/channels-inspect';
import type { KeyReport } from '../../../shared/lint/inspect-report';
import { keyLabel } from '../components/certificate-fields';
import { useAppStore } from '../store';
import { PasswordDialog } from './password-dialog';

interface Row {
  readonly key: string;
  readonly file: InspectedFile;
  readonly keys: readonly KeyReport[];
}

const needsPassword = (f: InspectedFile) =>
  f.error?.code === 'passphrase-needed' || f.error?.code === 'passphrase-wrong';

/** The files table. */
export function FileTable() {
  const { t } = useTranslation();
  const { files, keys } = useAppStore(
    useShallow((s) => ({ files: s.inspector.files, keys: s.inspector.analysis?.keys })),
  );
  const [asking, setAsking] = useState<string>();
  const [filter, setFilter] = useState('');
  const rows = useMemo(
    () =>
      files
        .filter((f) => f.name.toLowerCase().includes(filter.trim().toLowerCase()))
        .map((file): Row => ({
          key: file.name,
          file,
          keys: (keys ?? []).filter((k) => k.file === file.name),
        })),
    [files, keys, filter],
  );
  const contents = (f: InspectedFile): string => {
    const count = (kind: string) => f.items.filter((i) => i.kind === kind).length;
    const parts = [
      ['certificate', 'inspect.files.certs'],
      ['private-key', 'inspect.files.keys'],
      ['csr', 'inspect.files.csrs'],
      ['crl', 'inspect.files.crls'],
    ] as const;
    return parts
      .filter(([kind]) => count(kind) > 0)
      .map(([kind, key]) => t(key, { count: count(kind) }))
      .join(' · ');
  };
  const columns: ColumnsType<Row> = [
    {
      key: 'name',
      title: t('inspect.files.name'),
      width: 260,
      render: (_, r) => (
        <Typography.Text style={{ wordBreak: 'break-all' }}>{r.file.name}</Typography.Text>
      ),
    },
    {
      key: 'holds',
      title: t('inspect.files.holds'),
      width: 220,
      render: (_, r) =>
        contents(r.file) || (
          <Typography.Text type="secondary">{t('inspect.files.nothing')}</Typography.Text>
        ),
    },
    {
      key: 'result',
      title: t('inspect.files.result'),
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          {r.file.skipped && <Tag>{t('inspect.files.skipped')}</Tag>}
          {(r.file.errors ?? (r.file.error ? [r.file.error] : [])).map((e, i) => (
            <span key={i}>
              <Tag
                color={r.file.skipped ? undefined : r.file.items.length > 0 ? 'warning' : 'error'}
              >
                {t(`inspect.errorCode.${e.code}`, { defaultValue: e.code })}
              </Tag>
              <Typography.Text type={r.file.skipped ? 'secondary' : undefined}>
                {e.message}
              </Typography.Text>
            </span>
          ))}
          {!r.file.error && <Tag color="success">{t('inspect.files.ok')}</Tag>}
          {r.keys.map((k, i) => (
            <Typography.Text key={i} type="secondary">
              {t('inspect.files.keyLine', {
                key: k.key.key ? keyLabel(k.key.key) : t('inspect.files.keyEncrypted'),
              })}{' '}
              {k.certificates.length > 0
                ? t('inspect.files.keyBelongs', {
                    subjects: k.certificates.map((c) => c.subject).join(', '),
                  })
                : t('inspect.files.keyOrphan')}
            </Typography.Text>
          ))}
          {needsPassword(r.file) && (
            <Button
              size="small"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setAsking(r.file.name)}
            >
              {t('inspect.password.enter')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Flex vertical gap={8}>
      <Input.Search
        allowClear
        aria-label={t('inspect.files.filter')}
        placeholder={t('inspect.files.filter')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        style={{ maxWidth: 360 }}
      />
      <Table<Row>
        virtual
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 480, x: 900 }}
        aria-label={t('inspect.files.label')}
      />
      <PasswordDialog name={asking} onClose={() => setAsking(undefined)} />
    </Flex>
  );
}
