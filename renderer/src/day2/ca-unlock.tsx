/**
 * Unlocking the bundle's CA key: the passphrase is typed here and sent to main once; main opens
 * the key, checks that it belongs to the bundle's CA and keeps it. A bundle written without its
 * key takes the key file too. The passphrase lives in this component's state until sent.
 */
import { CheckCircleOutlined, KeyOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { FilePayload } from '../../../shared/ipc/define';
import { keyLabel } from '../components/certificate-fields';
import { useAppStore } from '../store';

/** The unlock card, or the "unlocked" line once main holds the key. */
export function CaUnlock() {
  const { t } = useTranslation();
  const { ca, caKey, dropped, origin } = useAppStore(
    useShallow((s) => ({
      ca: s.day2.ca,
      caKey: s.day2.bundle?.caKey ?? 'none',
      dropped: s.day2.caKeyFile,
      origin: s.day2.bundle?.origin,
    })),
  );
  const unlock = useAppStore((s) => s.unlockDay2Ca);
  const [passphrase, setPassphrase] = useState('');
  // The key dropped on the inspector is filled in; another file can still be chosen.
  const [keyFile, setKeyFile] = useState<FilePayload | undefined>(dropped);
  const input = useRef<HTMLInputElement>(null);
  if (ca.status === 'unlocked')
    return (
      <Alert
        type="success"
        showIcon
        icon={<CheckCircleOutlined />}
        title={t('day2.unlock.unlocked', { key: ca.key ? keyLabel(ca.key) : '' })}
      />
    );
  const needsFile = caKey === 'none';
  const onUnlock = async () => {
    await unlock(passphrase, keyFile);
    // Forget it whatever happened: a retry types it again.
    setPassphrase('');
  };
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <KeyOutlined aria-hidden />
          {t('day2.unlock.title')}
        </Flex>
      }
    >
      <Flex vertical gap={8}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {origin === 'inspection'
            ? t('day2.unlock.bodyDropped')
            : needsFile
              ? t('day2.unlock.bodyNoKey')
              : t('day2.unlock.body')}
        </Typography.Paragraph>
        <Form layout="vertical" component="div">
          {needsFile && (
            <Form.Item label={t('day2.unlock.keyFile')}>
              <Flex gap={8} align="center" wrap>
                <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
                  {t('day2.unlock.chooseKey')}
                </Button>
                {keyFile && <Typography.Text code>{keyFile.name}</Typography.Text>}
              </Flex>
              <input
                ref={input}
                type="file"
                hidden
                aria-label={t('day2.unlock.chooseKey')}
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  e.target.value = '';
                  if (f)
                    void f
                      .arrayBuffer()
                      .then((b) => setKeyFile({ name: f.name, bytes: new Uint8Array(b) }));
                }}
              />
            </Form.Item>
          )}
          <Form.Item label={t('day2.unlock.passphrase')} htmlFor="day2-ca-passphrase">
            <Flex gap={8}>
              <Input.Password
                id="day2-ca-passphrase"
                autoComplete="current-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                onPressEnter={() => void onUnlock()}
                style={{ maxWidth: 360 }}
              />
              <Button
                type="primary"
                loading={ca.status === 'unlocking'}
                disabled={(needsFile ? !keyFile : passphrase === '') || ca.status === 'unlocking'}
                onClick={() => void onUnlock()}
              >
                {t('day2.unlock.unlock')}
              </Button>
            </Flex>
          </Form.Item>
        </Form>
        {ca.error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('day2.unlock.failed')}
            description={ca.error.message}
          />
        )}
      </Flex>
    </Card>
  );
}
