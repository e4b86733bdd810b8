/**
 * One certificate with every decoded field, the way the review step and the inspector show it.
 *
 * The fields are a plain table, code values plain <code> and the address types plain labels,
 * styled in global.css (`.cert-fields`, `.cert-code`, `.cert-san-type`) from Ant Design's theme
 * variables so they look like its Descriptions, Typography code and Tag in both themes. The card
 * is drawn ten to hundreds of times at once (Review, the inspector) and those components are
 * several React components each: the Review step's ten cards showed about 45 ms sooner without
 * them (interleaved cold clicks in Chromium).
 */
import { Card, Flex, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Finding } from '../../../shared/lint';
import type { DecodedCertificate } from '../../../shared/pki/model';
import {
  CERT_FIELD_KEYS,
  certificateFieldValues,
  colonHex,
  daysLeft,
  type CertFieldKey,
} from './certificate-fields';
import { LocalTime } from '../format/date-time';
import { FindingList } from './finding-list';

/** Props of CertificateCard. */
export interface CertificateCardProps {
  readonly cert: DecodedCertificate;
  readonly findings?: readonly Finding[];
  readonly title?: ReactNode;
  /** Clock for "days left"; defaults to the current time. */
  readonly now?: number;
}

/** The time the component first rendered: a stable clock for "days left". */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}

/** Expiry tag: red when expired, orange within 30 days, green otherwise. */
export function ValidityTag({
  cert,
  now,
}: {
  readonly cert: DecodedCertificate;
  readonly now: number;
}) {
  const { t } = useTranslation();
  return validityTag(cert, now, t);
}

// Fields are drawn by functions with the card's own `t`, not by a component each: useTranslation
// in some 180 small components was a good part of the Review step's render of ten cards.

function validityTag(cert: DecodedCertificate, now: number, t: TFunction): ReactNode {
  const days = daysLeft(cert, now);
  if (Date.parse(cert.notBefore) > now)
    return <Tag color="red">{t('inspect.card.notYetValid')}</Tag>;
  if (days < 0) return <Tag color="red">{t('inspect.card.expiredDaysAgo', { count: -days })}</Tag>;
  return (
    <Tag color={days <= 30 ? 'orange' : 'green'}>{t('inspect.card.daysLeft', { count: days })}</Tag>
  );
}

function sanTags(cert: DecodedCertificate, t: TFunction): ReactNode {
  if (cert.sans.length === 0)
    return <Typography.Text type="secondary">{t('inspect.card.none')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {cert.sans.map((san, i) => (
        <span key={`${san.type}-${san.value}-${i}`}>
          <span className={`cert-san-type cert-san-type-${san.type}`}>
            {san.type === 'other' ? t('inspect.card.sanOther') : san.type.toUpperCase()}
          </span>
          <code className="cert-code">{san.value}</code>
        </span>
      ))}
    </Flex>
  );
}

/**
 * The value cell of a field, richer than the comparable string where that helps; drawn with the
 * caller's `t` (the card's, the compare table's).
 */
export function certificateFieldValue(
  key: CertFieldKey,
  cert: DecodedCertificate,
  now: number,
  t: TFunction,
): ReactNode {
  const text = certificateFieldValues(cert)[key];
  switch (key) {
    case 'sans':
      return sanTags(cert, t);
    case 'notBefore':
      return <LocalTime iso={text} />;
    case 'notAfter':
      return (
        <Flex wrap gap={8} align="center">
          <LocalTime iso={text} />
          {validityTag(cert, now, t)}
        </Flex>
      );
    case 'serial':
      return <code className="cert-code">{colonHex(text)}</code>;
    case 'fingerprint':
      return (
        <Typography.Text code copyable={{ text }} style={{ wordBreak: 'break-all' }}>
          {text}
        </Typography.Text>
      );
    case 'subjectKeyId':
    case 'authorityKeyId':
      return text ? (
        <code className="cert-code cert-code-long">{text}</code>
      ) : (
        t('inspect.card.none')
      );
    default:
      return text || <Typography.Text type="secondary">{t('inspect.card.none')}</Typography.Text>;
  }
}

/** A certificate card: title, status tags, every decoded field, then its lint findings. */
export function CertificateCard({ cert, findings, title, now }: CertificateCardProps) {
  const { t } = useTranslation();
  const mounted = useNow();
  const clock = now ?? mounted;
  const name = title ?? cert.subject.commonName ?? cert.subject.text;
  const rows = CERT_FIELD_KEYS.map((key) => (
    <tr key={key}>
      <th scope="row">{t(`inspect.card.${key}`)}</th>
      <td>{certificateFieldValue(key, cert, clock, t)}</td>
    </tr>
  ));
  return (
    <Card
      size="small"
      title={<span title={cert.subject.text}>{name}</span>}
      aria-label={t('inspect.card.label', { name: cert.subject.commonName ?? cert.subject.text })}
      role="region"
      extra={
        <Flex gap={4} wrap>
          {cert.basicConstraints?.ca && <Tag color="gold">{t('inspect.card.ca')}</Tag>}
          {cert.selfSigned && <Tag>{t('inspect.card.selfSigned')}</Tag>}
          {validityTag(cert, clock, t)}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <div className="cert-fields">
          <table>
            <tbody>{rows}</tbody>
          </table>
        </div>
        {findings && <FindingList findings={findings} />}
      </Flex>
    </Card>
  );
}
