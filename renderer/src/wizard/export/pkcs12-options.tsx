/**
 * PKCS#12 files for the clients: one .p12 per client (certificate, key and CA) for programs that
 * import a single file. Main applies the same password rules as the command line
 * (electron/export/key-encryption checkPassphrase); the password is typed twice, lives only in the
 * export step's state and is forgotten once the bundle is written.
 */
import { Checkbox, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE } from './ca-key-options';

/** The PKCS#12 password as typed (never stored). */
export interface Pkcs12Secrets {
  readonly password: string;
  readonly repeat: string;
}

/** What keeps Export disabled, as i18n keys under review.export; empty when ready or off. */
export function pkcs12Problems(on: boolean, s: Pkcs12Secrets): string[] {
  if (!on) return [];
  if ([...s.password].length < MIN_PASSPHRASE) return ['passphraseShort'];
  if (s.password !== s.repeat) return ['pkcs12Mismatch'];
  return [];
}

/** Props of Pkcs12Options. */
export interface Pkcs12OptionsProps {
  readonly on: boolean;
  readonly onToggle: (on: boolean) => void;
  readonly secrets: Pkcs12Secrets;
  readonly onSecrets: (s: Pkcs12Secrets) => void;
}

/** The checkbox and, when ticked, the password typed twice. */
export function Pkcs12Options({ on, onToggle, secrets, onSecrets }: Pkcs12OptionsProps) {
  const { t } = useTranslation();
  const short = secrets.password !== '' && [...secrets.password].length < MIN_PASSPHRASE;
  const mismatch = secrets.repeat !== '' && secrets.repeat !== secrets.password;
  return (
    <Flex vertical gap={8}>
      <Form.Item style={{ marginBottom: 0 }}>
        <Checkbox checked={on} onChange={(e) => onToggle(e.target.checked)}>
          {t('review.export.pkcs12')}
        </Checkbox>
      </Form.Item>
      {on && (
        // Room below: the help text may take two lines and must not touch the next label.
        <Flex gap={16} wrap style={{ marginBottom: 16 }}>
          <Form.Item
            label={t('review.export.pkcs12Password')}
            htmlFor="pkcs12-password"
            validateStatus={short ? 'error' : undefined}
            help={
              short
                ? t('review.export.passphraseShort', { min: MIN_PASSPHRASE })
                : t('review.export.pkcs12Help', { min: MIN_PASSPHRASE })
            }
            style={{ flex: '1 1 260px', maxWidth: 420 }}
          >
            <Input.Password
              id="pkcs12-password"
              autoComplete="new-password"
              value={secrets.password}
              onChange={(e) => onSecrets({ ...secrets, password: e.target.value })}
            />
          </Form.Item>
          <Form.Item
            label={t('review.export.pkcs12Repeat')}
            htmlFor="pkcs12-repeat"
            validateStatus={mismatch ? 'error' : undefined}
            help={mismatch ? t('review.export.pkcs12Mismatch') : undefined}
            style={{ flex: '1 1 260px', maxWidth: 420 }}
          >
            <Input.Password
              id="pkcs12-repeat"
              autoComplete="new-password"
              value={secrets.repeat}
              onChange={(e) => onSecrets({ ...secrets, repeat: e.target.value })}
            />
          </Form.Item>
        </Flex>
      )}
    </Flex>
  );
}
