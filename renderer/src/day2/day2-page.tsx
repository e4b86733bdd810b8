/**
 * The day-2 page: open a bundle, choose a change, see it before it is made, write the new bundle.
 * Main holds the bundle and its keys; this page holds the summary, the form and the preview.
 */
import { Flex, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import type { Day2Stage } from '../store/day2-slice';
import { BundleOverview } from './bundle-overview';
import { ChangeStep } from './change-step';
import { ChangeReview } from './change-review';
import { Day2Export } from './day2-export';
import { OpenBundle } from './open-bundle';
import { RenewalBannerView } from './renewal-banner';

const STAGES: readonly Day2Stage[] = ['open', 'change', 'review', 'export'];

/** The page. */
export function Day2Page() {
  const { t } = useTranslation();
  const stage = useAppStore((s) => s.day2.stage);
  const hasBundle = useAppStore((s) => s.day2.bundle !== undefined);
  const hasPreview = useAppStore((s) => s.day2.preview !== undefined);
  const setStage = useAppStore((s) => s.setDay2Stage);
  // A stage can be revisited once reached: open always, change with a bundle, review with a preview.
  const reachable = (s: Day2Stage) =>
    s === 'open' || (s === 'change' && hasBundle) || (s === 'review' && hasPreview);
  return (
    <section aria-labelledby="day2-title">
      <Typography.Title level={2} id="day2-title" style={{ marginTop: 0 }}>
        {t('day2.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('day2.intro')}</Typography.Paragraph>
      <nav aria-label={t('day2.steps.label')} style={{ marginBottom: 24 }}>
        <Steps
          size="small"
          current={STAGES.indexOf(stage)}
          onChange={(i) => {
            const to = STAGES[i]!;
            if (reachable(to) && to !== stage) setStage(to);
          }}
          items={STAGES.map((s) => ({
            title: t(`day2.steps.${s}`),
            disabled: !reachable(s) && s !== stage,
          }))}
        />
      </nav>
      <Flex vertical gap={16}>
        {(stage === 'change' || stage === 'review') && <RenewalBannerView />}
        {stage === 'open' && <OpenBundle />}
        {stage === 'change' && (
          <>
            <BundleOverview />
            <ChangeStep />
          </>
        )}
        {stage === 'review' && <ChangeReview />}
        {stage === 'export' && <Day2Export />}
      </Flex>
    </section>
  );
}
