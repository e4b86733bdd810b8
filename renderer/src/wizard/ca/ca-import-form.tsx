/**
 * Importing an existing CA: its certificate and key files (PEM or DER; the key may be encrypted,
 * then with its passphrase). The files go to main once, on Import; main keeps the key and answers
 * with an id and the decoded certificate. Nothing here is stored or persisted after that.
 */
import { InboxOutlined, LoadingOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Input, Row, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { FilePayload } from '../../../../shared/ipc/define';
import { useAppStore } from '../../store';
import { Field } from '../field';
import { useText } from '../../i18n/use-text';

/**
 * The Import button's busy state, with its own spinner. Ant Design's default loading icon leaves
 * through a CSS width/opacity motion that waits for transitionend with no deadline; when main
 * answers before the enter motion has run (a warm host answers in tens of milliseconds), the
 * leave has nothing to transition, never ends, and the hidden icon stays in the button for good:
 * its name stays "loading Import CA" and the button looks busy to assistive technology and tests.
 * A custom icon is rendered only while loading, with no motion, so it goes when the answer comes.
 */
const BUSY = { icon: <LoadingOutlined aria-hidden /> } as const;

interface PickerProps {
  /** Which of the two files; names the zone's id, label and hint. */
  readonly which: 'cert' | 'key';
  readonly file?: FilePayload | undefined;
  readonly onFile: (f: FilePayload) => void;
}

/** One file drop zone (the Dragger is a labelled button; the chosen file is named below). */
function FilePicker({ which, file, onFile }: PickerProps) {
  const { t } = useTranslation();
  const id = `ca-import-${which}`;
  return (
    <Field step="ca" id={id} label={t(`setup.ca.${which}File`)} value={file?.name}>
      {() => (
        <div id={id}>
          <Upload.Dragger
            multiple={false}
            showUploadList={false}
            beforeUpload={(f) => {
              void f.arrayBuffer().then((b) => onFile({ name: f.name, bytes: new Uint8Array(b) }));
              return false;
            }}
          >
            <p className="ant-upload-drag-icon" style={{ marginBottom: 8 }}>
              <InboxOutlined aria-hidden />
            </p>
            <Typography.Text>{t(`setup.ca.${which}Hint`)}</Typography.Text>
          </Upload.Dragger>
          <Typography.Text
            type="secondary"
            style={{ display: 'block', marginTop: 4 }}
            aria-live="polite"
          >
            {file ? t('setup.ca.chosen', { name: file.name }) : t('setup.ca.noneChosen')}
          </Typography.Text>
        </div>
      )}
    </Field>
  );
}

/** The import form; shows the error main answered with, at the file or passphrase it is about. */
export function CaImportForm() {
  const { t } = useTranslation();
  const text = useText();
  const [files, setFiles] = useState<Partial<Record<'cert' | 'key', FilePayload>>>({});
  const { cert, key } = files;
  const [passphrase, setPassphrase] = useState('');
  const { status, error, importCa } = useAppStore(
    useShallow((s) => ({
      status: s.wizard.caImportStatus,
      error: s.wizard.caImportError,
      importCa: s.importCa,
    })),
  );
  const passphraseProblem =
    error?.code === 'passphrase-needed' || error?.code === 'passphrase-wrong'
      ? text(error.text)
      : undefined;
  return (
    <>
      <Row gutter={16}>
        {(['cert', 'key'] as const).map((which) => (
          <Col xs={24} md={12} key={which}>
            <FilePicker
              which={which}
              file={files[which]}
              onFile={(f) => setFiles((x) => ({ ...x, [which]: f }))}
            />
          </Col>
        ))}
      </Row>
      <Field
        step="ca"
        id="ca-import-passphrase"
        label={t('setup.ca.passphrase')}
        value={passphrase}
        error={passphraseProblem}
        extra={t('setup.ca.passphraseHelp')}
      >
        {(p) => (
          <Input.Password
            {...p}
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            style={{ maxWidth: 420 }}
          />
        )}
      </Field>
      {error && !passphraseProblem && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('setup.ca.importFailed')}
          description={text(error.text)}
        />
      )}
      <Flex gap={8} align="center">
        <Button
          type="primary"
          loading={status === 'importing' ? BUSY : false}
          aria-busy={status === 'importing'}
          disabled={!cert || !key}
          onClick={() => {
            if (!cert || !key) return;
            void importCa({ cert, key, passphrase }).then((done) => {
              // The passphrase is not kept once main has the key.
              if (done) setPassphrase('');
            });
          }}
        >
          {t('setup.ca.importAction')}
        </Button>
        {(!cert || !key) && (
          <Typography.Text type="secondary">{t('setup.ca.importNeedsBoth')}</Typography.Text>
        )}
      </Flex>
    </>
  );
}
