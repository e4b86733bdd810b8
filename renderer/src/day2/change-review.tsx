/**
 * What the change will do, before anything is written: counts, members and trust before and
 * after, the phases of a CA rotation, and every certificate now and after (serial, end date,
 * SANs, extended key usage), each expandable into the full side-by-side comparison.
 */
import { Alert, Button, Flex, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { CertificateChange, ChangePreview } from '../../../shared/ipc/channels-day2';
import type { RotationPhase } from '../../../shared/day2/rotation';
import type { DecodedCertificate } from '../../../shared/pki/model';
import { useAppStore } from '../store';
import { CertificateChanges } from './certificate-changes';
import { msg } from '../../../shared/text/text';
import { TextListAlert } from '../components/text-list-alert';

const ORDER: readonly CertificateChange['change'][] = [
  'renewed',
  'reissued',
  'added',
  'removed',
  'kept',
];
const COLOR: Record<CertificateChange['change'], string> = {
  renewed: 'green',
  reissued: 'purple',
  added: 'blue',
  removed: 'red',
  kept: 'default',
};

const caName = (c: DecodedCertificate) => c.subject.commonName ?? c.subject.text;

function Members({ preview }: { readonly preview: ChangePreview }) {
  const { t } = useTranslation();
  const { before, after } = preview.members;
  if (before.join() === after.join()) return null;
  const all = [...before, ...after.filter((m) => !before.includes(m))];
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text strong>{t('day2.review.members')}:</Typography.Text>
      {all.map((m) => (
        <Tag
          key={m}
          color={!before.includes(m) ? 'blue' : !after.includes(m) ? 'red' : 'default'}
          style={!after.includes(m) ? { textDecoration: 'line-through' } : undefined}
        >
          {m}
        </Tag>
      ))}
    </Flex>
  );
}

function Trust({ preview }: { readonly preview: ChangePreview }) {
  const { t } = useTranslation();
  const { before, after } = preview.trust;
  const same =
    before.map((c) => c.fingerprintSha256).join() === after.map((c) => c.fingerprintSha256).join();
  const list = (cs: readonly DecodedCertificate[]) =>
    cs.map((c) => (
      <Tag key={c.fingerprintSha256} title={c.fingerprintSha256}>
        {caName(c)}
      </Tag>
    ));
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text strong>{t('day2.review.trust')}:</Typography.Text>
      {same ? (
        <>
          {list(before)}
          <Typography.Text type="secondary">{t('day2.review.same')}</Typography.Text>
        </>
      ) : (
        <>
          <Typography.Text type="secondary">{t('day2.review.trustNow')}</Typography.Text>
          {list(before)}
          <span aria-hidden>→</span>
          <Typography.Text type="secondary">{t('day2.review.trustAfter')}</Typography.Text>
          {list(after)}
        </>
      )}
    </Flex>
  );
}

/** The three phases of a CA rotation, in order (review and done view). */
export function Phases({ phases }: { readonly phases: readonly RotationPhase[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="day2-phases-title">
      <Typography.Title level={4} id="day2-phases-title">
        {t('day2.review.phases')}
      </Typography.Title>
      <Steps
        direction="vertical"
        size="small"
        current={-1}
        items={phases.map((p) => ({
          title: t(`day2.review.phase.${p.phase}`),
          description: t(`day2.review.phaseBody.${p.phase}`, { folder: `${p.folder}/` }),
        }))}
      />
    </section>
  );
}

/** The review stage. */
export function ChangeReview() {
  const { t } = useTranslation();
  const { preview } = useAppStore(useShallow((s) => ({ preview: s.day2.preview })));
  const setStage = useAppStore((s) => s.setDay2Stage);
  if (!preview) return null;
  const counts = ORDER.map(
    (c) => [c, preview.certificates.filter((x) => x.change === c).length] as const,
  );
  const changes = preview.certificates.some((c) => c.change !== 'kept');
  return (
    <section aria-labelledby="day2-review-title">
      <Typography.Title level={3} id="day2-review-title">
        {t('day2.review.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('day2.review.intro')}</Typography.Paragraph>
      <Flex vertical gap={16}>
        <Flex gap={8} wrap role="status">
          {counts
            .filter(([, n]) => n > 0)
            .map(([c, n]) => (
              <Tag key={c} color={COLOR[c]}>
                {t(`day2.review.count.${c}`, { count: n })}
              </Tag>
            ))}
        </Flex>
        {!changes && <Alert type="info" showIcon title={t('day2.review.nothing')} />}
        <Members preview={preview} />
        <Trust preview={preview} />
        {preview.phases && <Phases phases={preview.phases} />}
        <TextListAlert
          title={t('day2.review.notes')}
          texts={[
            ...preview.notes.map((n) => msg('warn.generated', { en: n.en, zh: n.zh })),
            ...preview.warnings,
          ]}
        />
        <CertificateChanges certificates={preview.certificates} />
        <Flex justify="space-between">
          <Button onClick={() => setStage('change')}>{t('day2.review.back')}</Button>
          <Button type="primary" disabled={!changes} onClick={() => setStage('export')}>
            {t('day2.review.continue')}
          </Button>
        </Flex>
      </Flex>
    </section>
  );
}
