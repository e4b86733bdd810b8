/**
 * Where a bundle comes in: its folder or its .zip, dropped, uploaded, or (desktop) picked in the
 * system's folder dialog. Files are read in the window and handed to main, which finds the
 * bundle's root (the folder with manifest.json) and checks every file against the manifest.
 */
import {
  FileZipOutlined,
  FolderOpenOutlined,
  InboxOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Alert, Button, Flex, Spin, Typography, theme } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { filesFromInput, toPayloads, type NamedFile } from '../inspector/read-dropped';
import { useFileDrop } from '../inspector/use-file-drop';
import { useAppStore } from '../store';
import { useText } from '../i18n/use-text';

/** The drop zone with its pickers. */
export function OpenBundle() {
  const { t } = useTranslation();
  const text = useText();
  const { token } = theme.useToken();
  const { opening, openError, uploadHint, inElectron } = useAppStore(
    useShallow((s) => ({
      opening: s.day2.opening,
      openError: s.day2.openError,
      uploadHint: s.day2.uploadHint,
      inElectron: s.ui.host?.isElectron ?? false,
    })),
  );
  const open = useAppStore((s) => s.openDay2Bundle);
  const folderInput = useRef<HTMLInputElement>(null);
  const zipInput = useRef<HTMLInputElement>(null);
  const take = async (files: NamedFile[]) => {
    if (files.length > 0) await open(await toPayloads(files));
  };
  const { over, handlers } = useFileDrop(take);
  return (
    <Flex vertical gap={12}>
      <div
        role="region"
        aria-label={t('day2.open.dropLabel')}
        aria-busy={opening}
        {...handlers}
        style={{
          border: `2px dashed ${over ? token.colorPrimary : token.colorBorder}`,
          borderRadius: token.borderRadiusLG,
          background: over ? token.colorPrimaryBg : token.colorFillAlter,
          padding: 32,
          textAlign: 'center',
        }}
      >
        <Spin spinning={opening} description={t('day2.open.reading')}>
          <Flex vertical align="center" gap={8}>
            <InboxOutlined style={{ fontSize: 40, color: token.colorPrimary }} aria-hidden />
            <Typography.Text strong>{t('day2.open.title')}</Typography.Text>
            <Typography.Text type="secondary">{t('day2.open.hint')}</Typography.Text>
            <Flex gap={8} wrap justify="center" style={{ marginTop: 8 }}>
              {inElectron && (
                <Button
                  type="primary"
                  icon={<FolderOpenOutlined />}
                  onClick={() => void open()}
                  disabled={opening}
                >
                  {t('day2.open.chooseFolder')}
                </Button>
              )}
              {!inElectron && (
                <Button
                  type="primary"
                  icon={<UploadOutlined />}
                  onClick={() => folderInput.current?.click()}
                  disabled={opening}
                >
                  {t('day2.open.uploadFolder')}
                </Button>
              )}
              <Button
                icon={<FileZipOutlined />}
                onClick={() => zipInput.current?.click()}
                disabled={opening}
              >
                {t('day2.open.uploadZip')}
              </Button>
            </Flex>
          </Flex>
        </Spin>
        <input
          ref={folderInput}
          type="file"
          hidden
          aria-label={t('day2.open.uploadFolder')}
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(e) => {
            const files = filesFromInput(e.target.files);
            e.target.value = '';
            void take(files);
          }}
        />
        <input
          ref={zipInput}
          type="file"
          accept=".zip,application/zip"
          hidden
          aria-label={t('day2.open.uploadZip')}
          onChange={(e) => {
            const files = filesFromInput(e.target.files);
            e.target.value = '';
            void take(files);
          }}
        />
      </div>
      {uploadHint && <Alert type="info" showIcon title={t('day2.open.uploadHint')} />}
      {openError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('day2.open.failed')}
          description={text(openError.text)}
        />
      )}
    </Flex>
  );
}
