/**
 * Whether the CA key leaves the app: not at all (the default: the bundle never needs it), encrypted
 * with a passphrase typed twice, or in plain text. Either export requires acknowledging that a
 * lost key or passphrase cannot be recovered. Passphrases live only in this component's state.
 */
import { Alert, Checkbox, Flex, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportChoices } from '../../store/export-slice';

/** Shortest passphrase main accepts (electron/export/key-encryption MIN_PASSPHRASE_LENGTH). */
export const MIN_PASSPHRASE = 12;

/** The secret part of the form (never stored). */
export interface CaKeySecrets {
  readonly passphrase: string;
  readonly repeat: string;
  readonly acknowledged: boolean;
}

/** What keeps Export disabled, as i18n keys under review.export; empty when ready. */
export function caKeyProblems(caKey: ExportChoices['caKey'], s: CaKeySecrets): string[] {
  const out: string[] = [];
  if (caKey === 'encrypted') {
    if ([...s.passphrase].length < MIN_PASSPHRASE) out.push('passphraseShort');
    else if (s.passphrase !== s.repeat) out.push('passphraseMismatch');
  }
  if (caKey !== 'none' && !s.acknowledged) out.push('ackNeeded');
  return out;
}

/** Props of CaKeyOptions. */
export interface CaKeyOptionsProps {
  readonly caKey: ExportChoices['caKey'];
  readonly onCaKey: (k: ExportChoices['caKey']) => void;
  readonly secrets: CaKeySecrets;
  readonly onSecrets: (s: CaKeySecrets) => void;
}

/** The CA key choice with its passphrase fields and acknowledgement. */
export function CaKeyOptions({ caKey, onCaKey, secrets, onSecrets }: CaKeyOptionsProps) {
  const { t } = useTranslation();
  const short = secrets.passphrase !== '' && [...secrets.passphrase].length < MIN_PASSPHRASE;
  const mismatch = secrets.repeat !== '' && secrets.repeat !== secrets.passphrase;
  return (
    <Flex vertical gap={8}>
      <Form.Item
        label={t('review.export.caKey')}
        htmlFor="ca-key-choice"
        style={{ marginBottom: 0 }}
      >
        <Radio.Group
          id="ca-key-choice"
          aria-label={t('review.export.caKey')}
          value={caKey}
          onChange={(e) => onCaKey(e.target.value as ExportChoices['caKey'])}
          options={[
            { value: 'none', label: t('review.export.caKeyNone') },
            { value: 'encrypted', label: t('review.export.caKeyEncrypted') },
            { value: 'plain', label: t('review.export.caKeyPlain') },
          ]}
        />
      </Form.Item>
      {caKey === 'encrypted' && (
        <>
          <Form.Item
            label={t('review.export.passphrase')}
            htmlFor="ca-passphrase"
            validateStatus={short ? 'error' : undefined}
            help={
              short
                ? t('review.export.passphraseShort', { min: MIN_PASSPHRASE })
                : t('review.export.passphraseHelp', { min: MIN_PASSPHRASE })
            }
          >
            <Input.Password
              id="ca-passphrase"
              autoComplete="new-password"
              value={secrets.passphrase}
              onChange={(e) => onSecrets({ ...secrets, passphrase: e.target.value })}
            />
          </Form.Item>
          <Form.Item
            label={t('review.export.repeat')}
            htmlFor="ca-passphrase-repeat"
            validateStatus={mismatch ? 'error' : undefined}
            help={mismatch ? t('review.export.passphraseMismatch') : undefined}
          >
            <Input.Password
              id="ca-passphrase-repeat"
              autoComplete="new-password"
              value={secrets.repeat}
              onChange={(e) => onSecrets({ ...secrets, repeat: e.target.value })}
            />
          </Form.Item>
        </>
      )}
      {caKey === 'plain' && (
        <Alert type="warning" showIcon title={t('review.export.plainWarning')} />
      )}
      {caKey !== 'none' && (
        <Checkbox
          checked={secrets.acknowledged}
          onChange={(e) => onSecrets({ ...secrets, acknowledged: e.target.checked })}
        >
          {caKey === 'encrypted' ? t('review.export.ackEncrypted') : t('review.export.ackPlain')}
        </Checkbox>
      )}
    </Flex>
  );
}
