/**
 * "Verify my cluster", on the export result: once the user has installed the files and started
 * etcd, the same live check as the inspector's, with the plan's client URLs filled in and the
 * exported bundle's etcdctl files (main finds them by the export folder id; no path crosses).
 */
import { ApiOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberUrls } from '../../../shared/plan/derive';
import { planSchema, type PlanInput } from '../../../shared/plan/schema';
import { splitProbeUrls } from '../../../shared/probe/target';
import { endpointsFromPlan } from '../inspector/endpoints';
import { useAppStore } from '../store';
import { ProbeResults } from './probe-results';

/** The client URLs clients are told to use (the advertise URLs), one per member. */
export function clientUrlsOf(draft: PlanInput): string[] {
  const parsed = planSchema.safeParse(draft);
  if (!parsed.success) return endpointsFromPlan(draft);
  const plan = parsed.data;
  return plan.cluster.members.map((m) => memberUrls(plan, m).client);
}

/** The card below the written bundle. */
export function VerifyCluster() {
  const { t } = useTranslation();
  const run = useAppStore((s) => s.probe.export);
  const verify = useAppStore((s) => s.verifyExported);
  const [text, setText] = useState(() =>
    clientUrlsOf(useAppStore.getState().plan.draft).join('\n'),
  );
  const urls = splitProbeUrls(text);
  return (
    <Card
      role="region"
      aria-labelledby="verify-cluster-title"
      title={
        <span id="verify-cluster-title">
          <ApiOutlined /> {t('probe.verify.title')}
        </span>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text>{t('probe.verify.intro')}</Typography.Text>
        <label htmlFor="verify-cluster-urls">
          <Typography.Text strong>{t('probe.verify.urls')}</Typography.Text>
        </label>
        <Input.TextArea
          id="verify-cluster-urls"
          value={text}
          rows={Math.min(6, Math.max(2, urls.length))}
          onChange={(e) => setText(e.target.value)}
        />
        <Flex gap={12} align="center" wrap>
          <Button
            type="primary"
            icon={<ApiOutlined />}
            disabled={urls.length === 0}
            loading={run.status === 'checking'}
            onClick={() => void verify(urls)}
          >
            {t('probe.verify.run')}
          </Button>
          <Typography.Text type="secondary">{t('probe.live.only')}</Typography.Text>
        </Flex>
        <ProbeResults run={run} />
      </Flex>
    </Card>
  );
}
