/** What an imported CA is, decoded by main: shown so the user can tell it is the right one. */
import { Alert, Button, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyInfo } from '../../../../shared/pki/model';
import type { CaImport } from '../../store/wizard-slice';
import { useAppStore } from '../../store';
import { ValidityTag } from '../../components/certificate-card';
import { daysUntil, LocalTime } from '../../format/date-time';
import { ContrastTag } from '../field';

/** Key type and size in words, e.g. "EC P-256" or "RSA 4096". */
export function keyText(key: KeyInfo): string {
  if (key.type === 'ec') return `EC ${key.curve ?? `${key.bits ?? '?'} bits`}`;
  if (key.type === 'rsa') return `RSA ${key.bits ?? '?'}`;
  if (key.type === 'ed25519') return 'Ed25519';
  if (key.type === 'ed448') return 'Ed448';
  return key.type;
}

/** The decoded summary of an imported CA, with a Replace button. */
export function CaSummary({ imported }: { readonly imported: CaImport }) {
  const { t } = useTranslation();
  const clear = useAppStore((s) => s.clearCaImport);
  const leafDays = useAppStore((s) => s.plan.draft.leaf?.validityDays ?? 365);
  const c = imported.certificate;
  // Read the clock once per mounted summary: the warning need not tick.
  const [now] = useState(() => Date.now());
  const daysLeft = daysUntil(c.notAfter, now);
  const bc = c.basicConstraints;
  return (
    <section aria-labelledby="ca-summary-title">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} id="ca-summary-title" style={{ margin: 0 }}>
          {t('setup.ca.importedTitle')}
        </Typography.Title>
        <Button onClick={clear}>{t('setup.ca.replace')}</Button>
      </Flex>
      {daysLeft < leafDays && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBlock: 12 }}
          title={t('setup.ca.expiresSoon', { days: Math.max(daysLeft, 0), leafDays })}
        />
      )}
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ marginTop: 12 }}
        items={[
          { key: 'subject', label: t('setup.ca.subject'), children: c.subject.text },
          {
            key: 'issuer',
            label: t('setup.ca.issuer'),
            children: c.selfSigned
              ? `${c.issuer.text} (${t('setup.ca.selfSigned')})`
              : c.issuer.text,
          },
          {
            key: 'validity',
            label: t('setup.ca.validity'),
            children: (
              <Flex wrap gap={8} align="center">
                <span>
                  <LocalTime iso={c.notBefore} /> – <LocalTime iso={c.notAfter} />
                </span>
                <ValidityTag cert={c} now={now} />
              </Flex>
            ),
          },
          { key: 'key', label: t('setup.ca.key'), children: keyText(imported.key) },
          { key: 'sig', label: t('setup.ca.signature'), children: c.signatureAlgorithm },
          {
            key: 'bc',
            label: t('setup.ca.constraints'),
            children: bc?.ca ? (
              <ContrastTag color="green">
                {bc.pathLen === undefined ? 'CA:TRUE' : `CA:TRUE, pathlen:${bc.pathLen}`}
              </ContrastTag>
            ) : (
              <ContrastTag color="red">CA:FALSE</ContrastTag>
            ),
          },
          {
            key: 'ku',
            label: t('setup.ca.keyUsage'),
            children: c.keyUsage?.usages.join(', ') ?? '—',
          },
          {
            key: 'serial',
            label: t('setup.ca.serial'),
            children: <Typography.Text code>{c.serialHex}</Typography.Text>,
          },
          {
            key: 'fp',
            label: t('setup.ca.fingerprint'),
            children: (
              <Typography.Text
                copyable={{ text: c.fingerprintSha256 }}
                style={{ wordBreak: 'break-all', fontFamily: 'monospace', fontSize: 12 }}
              >
                {c.fingerprintSha256}
              </Typography.Text>
            ),
          },
          {
            key: 'files',
            label: t('setup.ca.files'),
            children: `${imported.certName}, ${imported.keyName}`,
          },
        ]}
      />
    </section>
  );
}
