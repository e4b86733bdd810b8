/**
 * Where files come in: drop files or whole folders, or pick them. Config files (etcd flags or
 * YAML, APISIX config.yaml) dropped here feed the endpoint grid instead of the decoder.
 */
import { FolderOpenOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, theme } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { endpointsFromConfigFile, type EndpointHint } from './endpoints';
import { filesFromInput, toPayloads, type NamedFile } from './read-dropped';
import { useFileDrop } from './use-file-drop';

const CONFIG_NAME = /\.(ya?ml|conf|env|flags|service|sh|json|toml)$|(^|\/)etcd\.conf/i;

/** Splits config files (endpoints and what they say about them) from PKI files (decoded by main). */
async function route(files: NamedFile[]): Promise<{
  pki: NamedFile[];
  endpoints: string[];
  hints: Record<string, EndpointHint>;
}> {
  const pki: NamedFile[] = [];
  const endpoints: string[] = [];
  const hints: Record<string, EndpointHint> = {};
  for (const f of files) {
    // A bundle's own records stay with it: renewal reads the bundle through them.
    const record = /(^|\/)(plan\.yaml|manifest\.json)$/.test(f.name);
    if (!record && CONFIG_NAME.test(f.name) && f.file.size < 1024 * 1024) {
      const text = await f.file.text();
      const found = text.includes('-----BEGIN')
        ? { endpoints: [], hints: {} }
        : endpointsFromConfigFile(f.name, text);
      if (found.endpoints.length > 0) {
        endpoints.push(...found.endpoints);
        Object.assign(hints, found.hints);
        continue;
      }
    }
    pki.push(f);
  }
  return { pki, endpoints, hints };
}

/** The drop zone with its two pickers. */
export function DropZone() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const inspectFiles = useAppStore((s) => s.inspectFiles);
  const setEndpoints = useAppStore((s) => s.setInspectEndpoints);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const take = async (files: NamedFile[]) => {
    const { pki, endpoints, hints } = await route(files);
    if (endpoints.length > 0) {
      const cur = useAppStore.getState().inspector.endpoints;
      setEndpoints([...new Set([...cur, ...endpoints])], hints);
    }
    if (pki.length > 0) await inspectFiles(await toPayloads(pki));
  };
  const { over, handlers } = useFileDrop(take);
  return (
    <div
      role="region"
      aria-label={t('inspect.drop.label')}
      data-testid="inspect-drop"
      {...handlers}
      style={{
        border: `2px dashed ${over ? token.colorPrimary : token.colorBorder}`,
        borderRadius: token.borderRadiusLG,
        background: over ? token.colorPrimaryBg : token.colorFillAlter,
        padding: 24,
        textAlign: 'center',
      }}
    >
      <Flex vertical align="center" gap={8}>
        <InboxOutlined style={{ fontSize: 40, color: token.colorPrimary }} aria-hidden />
        <Typography.Text strong>{t('inspect.drop.title')}</Typography.Text>
        <Typography.Text type="secondary">{t('inspect.drop.hint')}</Typography.Text>
        <Flex gap={8} wrap justify="center">
          <Button icon={<UploadOutlined />} onClick={() => filesInput.current?.click()}>
            {t('inspect.drop.files')}
          </Button>
          <Button icon={<FolderOpenOutlined />} onClick={() => folderInput.current?.click()}>
            {t('inspect.drop.folder')}
          </Button>
        </Flex>
      </Flex>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        aria-label={t('inspect.drop.files')}
        onChange={(e) => {
          const files = filesFromInput(e.target.files);
          e.target.value = '';
          void take(files);
        }}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        aria-label={t('inspect.drop.folder')}
        {...{ webkitdirectory: '', directory: '' }}
        onChange={(e) => {
          const files = filesFromInput(e.target.files);
          e.target.value = '';
          void take(files);
        }}
      />
    </div>
  );
}
