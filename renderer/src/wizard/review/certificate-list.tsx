/**
 * Every issued certificate as a card (the shared CertificateCard) with its lint findings, the
 * one-click fixes the plan allows, and a Compare switch: with two chosen, both open side by side
 * with their differences highlighted.
 */
import { Button, Card, Checkbox, Col, Flex, Row, Typography } from 'antd';
import { memo, startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedCertSummary } from '../../../../shared/ipc/channels-pki';
import type { Finding } from '../../../../shared/lint/types';
import { CertificateCard } from '../../components/certificate-card';
import { CertificateCompare } from '../../components/certificate-compare';
import { useAppStore } from '../../store';
import { fixFor, type PlanFix } from './review-fixes';
import type { ReviewFindings } from './review-lint';

/** Props of CertificateList. */
export interface CertificateListProps {
  readonly certs: readonly IssuedCertSummary[];
  readonly findings: ReviewFindings;
  readonly now: Date;
}

/** The title of a card: role and name, e.g. "Server certificate · etcd0". */
export function useCertTitle(): (c: IssuedCertSummary) => string {
  const { t } = useTranslation();
  return (c) =>
    c.role === 'ca' ? t('review.role.ca') : `${t(`review.role.${c.role}`)} · ${c.name}`;
}

/**
 * Cards added per render: each batch is its own commit, so a big plan's hundreds of cards never
 * make one long task. Ten (a 3 + 3 plan's all) commit in one short task; batches of four made
 * three commits, each laying out the whole step again, and the last card came later.
 */
const BATCH = 10;
const NO_FINDINGS: readonly Finding[] = [];
const NO_FIXES: readonly PlanFix[] = [];

interface CardItemProps {
  readonly cert: IssuedCertSummary;
  readonly title: string;
  readonly findings: readonly Finding[];
  readonly fixes: readonly PlanFix[];
  readonly chosen: boolean;
  readonly running: boolean;
  readonly onChoose: (id: string, on: boolean) => void;
  readonly onFix: (fix: PlanFix) => void;
}

/**
 * One card with its Compare box and fixes. Memoised: adding a batch of cards, or ticking one
 * box, renders only the cards whose props changed.
 */
const CardItem = memo(function CardItem(p: CardItemProps) {
  const { t } = useTranslation();
  const c = p.cert;
  return (
    <Col xs={24} xl={12}>
      <Flex vertical gap={8}>
        <CertificateCard cert={c.certificate} findings={p.findings} title={p.title} />
        <Flex gap={8} wrap align="center">
          <Checkbox checked={p.chosen} onChange={(e) => p.onChoose(c.id, e.target.checked)}>
            {t('review.compare.choose', { name: p.title })}
          </Checkbox>
          <Typography.Text type="secondary">
            {t('review.files.at', { path: `${c.fileBase}.crt` })}
          </Typography.Text>
          {p.fixes.map((fix) => (
            <Button
              key={fix.id}
              type="primary"
              size="small"
              disabled={p.running}
              onClick={() => p.onFix(fix)}
            >
              {t(`review.fix.${fix.label}`, fix.values)}
            </Button>
          ))}
        </Flex>
      </Flex>
    </Col>
  );
});

/** The certificate cards. */
export function CertificateList({ certs, findings, now }: CertificateListProps) {
  const { t } = useTranslation();
  const [count, setCount] = useState(BATCH);
  useEffect(() => {
    if (count < certs.length) startTransition(() => setCount((n) => n + BATCH));
  }, [count, certs.length]);
  const titleOf = useCertTitle();
  const applyFix = useAppStore((s) => s.applyFix);
  const running = useAppStore((s) => s.issue.status === 'running');
  const [chosen, setChosen] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const ca = certs.find((c) => c.role === 'ca');
  const fixes = useMemo(() => {
    const m = new Map<string, PlanFix[]>();
    for (const c of certs) {
      const seen = new Set<string>();
      const list: PlanFix[] = [];
      for (const f of findings.get(c.id) ?? []) {
        const fix = fixFor(f, c, ca, now);
        if (!fix || seen.has(fix.id)) continue;
        seen.add(fix.id);
        list.push(fix);
      }
      m.set(c.id, list);
    }
    return m;
  }, [certs, findings, ca, now]);
  const toggle = useCallback(
    (id: string, on: boolean) =>
      setChosen((prev) =>
        on ? [...prev.filter((x) => x !== id), id].slice(-2) : prev.filter((x) => x !== id),
      ),
    [],
  );
  const fix = useCallback((f: PlanFix) => void applyFix(f.apply), [applyFix]);
  const pair = chosen.map((id) => certs.find((c) => c.id === id)).filter((c) => c !== undefined);

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text type="secondary">{t('review.compare.hint')}</Typography.Text>
        <Button disabled={pair.length !== 2} onClick={() => setOpen(true)}>
          {t('review.compare.open', { count: pair.length })}
        </Button>
      </Flex>
      {open && pair.length === 2 && (
        // Inline rather than in a Modal: the Modal's scroll lock injects a <style> without the
        // CSP nonce, which the page's policy blocks.
        <Card
          size="small"
          role="region"
          aria-label={t('review.compare.title')}
          title={t('review.compare.title')}
          extra={<Button onClick={() => setOpen(false)}>{t('review.compare.close')}</Button>}
        >
          <CertificateCompare certs={pair.map((c) => c.certificate)} titles={pair.map(titleOf)} />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        {certs.slice(0, count).map((c) => (
          <CardItem
            key={c.id}
            cert={c}
            title={titleOf(c)}
            findings={findings.get(c.id) ?? NO_FINDINGS}
            fixes={fixes.get(c.id) ?? NO_FIXES}
            chosen={chosen.includes(c.id)}
            running={running}
            onChoose={toggle}
            onFix={fix}
          />
        ))}
      </Row>
    </Flex>
  );
}
