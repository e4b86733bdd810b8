/**
 * The inspector: drop any certificate, key, CSR, CRL or bundle (files or folders) and see what
 * it is, how the pieces chain, which roles each certificate can play, which endpoints it passes,
 * when it expires and what the linter says. Decoding happens in main; this page only sends bytes.
 */
import { Alert, Flex, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';
import { onMenuCommand } from '../store/menu-commands';
import { DropZone } from './drop-zone';
import { InspectorResults } from './results';
import { useText } from '../i18n/use-text';

/** Top-level inspector page. */
export function InspectorPage() {
  const { t } = useTranslation();
  const text = useText();
  const { status, error, uploadHint } = useAppStore(
    useShallow((s) => ({
      status: s.inspector.status,
      error: s.inspector.error,
      uploadHint: s.inspector.uploadHint,
    })),
  );
  const pick = useAppStore((s) => s.pickInspectFiles);
  // The application menu's Inspect Files (and files opened with the app) land here.
  useEffect(() => onMenuCommand('inspect-files', () => void pick()), [pick]);
  return (
    <section aria-labelledby="inspector-title">
      <Typography.Title level={2} id="inspector-title">
        {t('inspector.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('inspector.intro')}</Typography.Paragraph>
      <Flex vertical gap={16}>
        <DropZone />
        {uploadHint && <Alert type="info" showIcon title={t('inspect.uploadHint')} />}
        {error && <Alert type="error" showIcon title={text(error.text)} />}
        {status === 'reading' && (
          <Flex gap={8} align="center" role="status">
            <Spin size="small" />
            <Typography.Text>{t('inspect.reading')}</Typography.Text>
          </Flex>
        )}
        <InspectorResults />
      </Flex>
    </section>
  );
}
