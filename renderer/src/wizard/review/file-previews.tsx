/**
 * Live previews of every generated text file (configs, env files, scripts, manifests, README):
 * from the plan with placeholder fingerprints until the certificates are issued, then the exact
 * files export will write. Read-only; keys and certificates are never previewed here.
 */
import { Alert, Flex, Select, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { CodeView } from './code-view';

/** The previews section of the review step. */
export function FilePreviews() {
  const { t } = useTranslation();
  const { preview, sessionId } = useAppStore(
    useShallow((s) => ({ preview: s.issue.preview, sessionId: s.issue.result?.sessionId })),
  );
  const loadPreview = useAppStore((s) => s.loadPreview);
  const files = useMemo(() => preview.result?.files ?? [], [preview.result]);
  const [chosen, setChosen] = useState<string>();
  const current = files.find((f) => f.path === chosen) ?? files[0];

  // Reload when the session changes (issued, re-issued): the files then carry the real values.
  useEffect(() => {
    void loadPreview();
  }, [loadPreview, sessionId]);

  if (preview.status === 'error' && preview.error)
    return (
      <Alert
        type="error"
        showIcon
        title={t('review.files.error')}
        description={preview.error.message}
      />
    );
  if (!current) return <Skeleton active aria-busy="true" />;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <label htmlFor="preview-file">
          <Typography.Text strong>{t('review.files.choose')}</Typography.Text>
        </label>
        <Select
          id="preview-file"
          showSearch
          style={{ minWidth: 320, maxWidth: '100%' }}
          value={current.path}
          onChange={setChosen}
          options={files.map((f) => ({ value: f.path, label: f.path }))}
          aria-label={t('review.files.choose')}
        />
        <Tag variant="outlined">
          {preview.result?.source === 'issued' ? t('review.files.real') : t('review.files.example')}
        </Tag>
        <Typography.Text type="secondary">
          {t('review.files.count', { count: files.length })}
        </Typography.Text>
      </Flex>
      {(preview.result?.warnings.length ?? 0) > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('review.files.warnings')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {preview.result?.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
      <CodeView path={current.path} content={current.content} />
    </Flex>
  );
}
