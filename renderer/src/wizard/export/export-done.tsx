/**
 * What a written bundle looks like to the user, the same after a first export and after a day-2
 * change: success with the folder, open it (or its path in the browser host), the zip, warnings,
 * what to do now (install steps with copy buttons) and the tree of written files. Focus moves to
 * the result when it appears, so keyboard and screen-reader users land on it.
 */
import { FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Result, Typography } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenFolderResult, WriteBundleResult } from '../../../../shared/ipc/channels-export';
import { TextListAlert } from '../../components/text-list-alert';
import { NextSteps } from './next-steps';
import { WrittenTree } from './written-tree';

/** Props of ExportDone. */
export interface ExportDoneProps {
  readonly result: WriteBundleResult;
  readonly opened?: OpenFolderResult;
  readonly inElectron: boolean;
  /** Opens the folder, or README.md in it (Electron), or reveals the path (browser host). */
  readonly onOpen: (file?: 'README.md') => void;
  /** Buttons beside "Open folder" (back to review, another change…). */
  readonly actions?: ReactNode;
  /** Shown before the install steps (a day-2 change's own guide). */
  readonly children?: ReactNode;
  /**
   * Shown right after the install steps it checks, above the long list of written files (the
   * live check of the installed cluster).
   */
  readonly footer?: ReactNode;
}

/** The written bundle and what to do with it. */
export function ExportDone({
  result,
  opened,
  inElectron,
  onOpen,
  actions,
  children,
  footer,
}: ExportDoneProps) {
  const { t } = useTranslation();
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => resultRef.current?.focus(), []);
  return (
    <>
      <div ref={resultRef} tabIndex={-1} aria-label={t('review.export.resultLabel')}>
        <Result
          status="success"
          title={t('review.export.written', { count: result.files.length })}
          subTitle={<Typography.Text code>{result.folder}</Typography.Text>}
          extra={
            <Flex gap={8} justify="center" wrap>
              <Button type="primary" icon={<FolderOpenOutlined />} onClick={() => onOpen()}>
                {inElectron ? t('review.export.open') : t('review.export.showPath')}
              </Button>
              {actions}
            </Flex>
          }
        />
      </div>
      <Flex vertical gap={12}>
        {opened?.status === 'path' && (
          <Alert
            type="info"
            showIcon
            title={
              opened.path.endsWith('README.md')
                ? t('review.export.readmeIs')
                : t('review.export.pathIs')
            }
            description={
              <Typography.Text copyable code>
                {opened.path}
              </Typography.Text>
            }
          />
        )}
        {result.zip && (
          <Typography.Paragraph>
            {t('review.export.zipAt')} <Typography.Text code>{result.zip}</Typography.Text>
          </Typography.Paragraph>
        )}
        <TextListAlert title={t('review.files.warnings')} texts={result.warnings ?? []} />
        {children}
        {result.steps.length > 0 && (
          <NextSteps steps={result.steps} onOpenReadme={() => onOpen('README.md')} />
        )}
        {footer}
        <Typography.Title level={4}>{t('review.export.tree')}</Typography.Title>
        <WrittenTree files={result.files} />
      </Flex>
    </>
  );
}
