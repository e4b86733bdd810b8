/**
 * Where the CA key goes: into the bundle encrypted with a passphrase typed twice (the default:
 * next year's renewal and every new member need it, and the app keeps no copy), in plain text, or
 * nowhere. Either export requires acknowledging that a lost key or passphrase cannot be
 * recovered; throwing away a CA made here requires confirming that renewal will then be
 * impossible. Passphrases live only in this component's state.
 */
import { Alert, Checkbox, Flex, Form, Input, Progress, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportChoices } from '../../store/export-slice';
import { passphraseStrength } from './passphrase-strength';

/** Shortest passphrase main accepts (electron/export/key-encryption MIN_PASSPHRASE_LENGTH). */
export const MIN_PASSPHRASE = 12;

/** The secret part of the form (never stored). */
export interface CaKeySecrets {
  readonly passphrase: string;
  readonly repeat: string;
  readonly acknowledged: boolean;
  /** "Discard the CA key" confirmed (a CA created here only). */
  readonly discardConfirmed: boolean;
}

/**
 * What keeps Export disabled, as i18n keys under review.export; empty when ready. `createdHere`:
 * the CA was created by the app, so this export is the only chance to keep its key.
 */
export function caKeyProblems(
  caKey: ExportChoices['caKey'],
  s: CaKeySecrets,
  createdHere: boolean,
): string[] {
  const out: string[] = [];
  if (caKey === 'none' && createdHere && !s.discardConfirmed) out.push('discardNeeded');
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
  /** The CA was created by the app (not imported): its key exists nowhere else. */
  readonly createdHere: boolean;
  /** The choices offered; with one (a CA rotation's new key: encrypted), no choice is shown. */
  readonly offer?: readonly ExportChoices['caKey'][];
}

const STRENGTH_COLOR = { weak: '#cf1322', fair: '#d48806', strong: '#389e0d' } as const;

/** The CA key choice with its passphrase fields and acknowledgement. */
export function CaKeyOptions({
  caKey,
  onCaKey,
  secrets,
  onSecrets,
  createdHere,
  offer = ['encrypted', 'plain', 'none'],
}: CaKeyOptionsProps) {
  const { t } = useTranslation();
  const strength = passphraseStrength(secrets.passphrase);
  const short = secrets.passphrase !== '' && [...secrets.passphrase].length < MIN_PASSPHRASE;
  const mismatch = secrets.repeat !== '' && secrets.repeat !== secrets.passphrase;
  return (
    <Flex vertical gap={8}>
      {offer.length > 1 && (
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
              { value: 'encrypted' as const, label: t('review.export.caKeyEncrypted') },
              { value: 'plain' as const, label: t('review.export.caKeyPlain') },
              {
                value: 'none' as const,
                label: createdHere ? t('review.export.caKeyDiscard') : t('review.export.caKeyNone'),
              },
            ].filter((o) => offer.includes(o.value))}
          />
        </Form.Item>
      )}
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
          {secrets.passphrase !== '' && (
            <Flex
              gap={8}
              align="center"
              style={{ marginTop: -8 }}
              data-testid="passphrase-strength"
            >
              <Progress
                percent={Math.min(100, strength.bits)}
                showInfo={false}
                size="small"
                strokeColor={STRENGTH_COLOR[strength.level]}
                style={{ width: 160, margin: 0 }}
                aria-hidden
              />
              <span role="status">
                {t(`review.export.strength.${strength.level}`, { bits: strength.bits })}
              </span>
            </Flex>
          )}
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
      {caKey === 'encrypted' && <Alert type="info" showIcon title={t('review.export.keptWhere')} />}
      {caKey === 'plain' && (
        <Alert type="warning" showIcon title={t('review.export.plainWarning')} />
      )}
      {caKey === 'none' && createdHere && (
        <Alert
          type="error"
          showIcon
          title={t('review.export.discardWarning')}
          description={
            <Checkbox
              checked={secrets.discardConfirmed}
              onChange={(e) => onSecrets({ ...secrets, discardConfirmed: e.target.checked })}
            >
              {t('review.export.discardConfirm')}
            </Checkbox>
          }
        />
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
