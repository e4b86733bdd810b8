/**
 * One certificate with every decoded field, the way the review step and the inspector show it.
 * `highlight` marks fields (by CertFieldKey) that differ from a neighbour or that a finding is about.
 */
import { Card, Descriptions, Flex, Tag, Typography, theme } from 'antd';
import type { DescriptionsItemType } from 'antd/es/descriptions';
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
  /** Field keys (CertFieldKey) to highlight. */
  readonly highlight?: ReadonlySet<string>;
  readonly title?: ReactNode;
  /** Tag shown next to a highlighted field's label; "differs" by default. */
  readonly highlightLabel?: string;
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
          <Tag color={san.type === 'ip' ? 'purple' : san.type === 'dns' ? 'blue' : 'default'}>
            {san.type === 'other' ? t('inspect.card.sanOther') : san.type.toUpperCase()}
          </Tag>
          <Typography.Text code>{san.value}</Typography.Text>
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
      return <Typography.Text code>{colonHex(text)}</Typography.Text>;
    case 'fingerprint':
      return (
        <Typography.Text code copyable={{ text }} style={{ wordBreak: 'break-all' }}>
          {text}
        </Typography.Text>
      );
    case 'subjectKeyId':
    case 'authorityKeyId':
      return text ? (
        <Typography.Text code style={{ wordBreak: 'break-all' }}>
          {text}
        </Typography.Text>
      ) : (
        t('inspect.card.none')
      );
    default:
      return text || <Typography.Text type="secondary">{t('inspect.card.none')}</Typography.Text>;
  }
}

/** A certificate card: title, status tags, every decoded field, then its lint findings. */
export function CertificateCard({
  cert,
  findings,
  highlight,
  title,
  highlightLabel,
  now,
}: CertificateCardProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const mounted = useNow();
  const clock = now ?? mounted;
  const name = title ?? cert.subject.commonName ?? cert.subject.text;
  const items: DescriptionsItemType[] = CERT_FIELD_KEYS.map((key) => {
    const marked = highlight?.has(key) ?? false;
    return {
      key,
      label: marked ? (
        <span>
          {t(`inspect.card.${key}`)}{' '}
          <Tag color="warning">{highlightLabel ?? t('inspect.card.differs')}</Tag>
        </span>
      ) : (
        t(`inspect.card.${key}`)
      ),
      children: certificateFieldValue(key, cert, clock, t),
      styles: marked
        ? {
            content: { background: token.colorWarningBg },
            label: { background: token.colorWarningBg },
          }
        : undefined,
    };
  });
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
        <Descriptions
          size="small"
          bordered
          column={1}
          items={items}
          styles={{ label: { width: '11rem', verticalAlign: 'top' } }}
        />
        {findings && <FindingList findings={findings} />}
      </Flex>
    </Card>
  );
}
