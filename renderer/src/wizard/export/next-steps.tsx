/**
 * After export: what to copy to which machine and what to run there, in the order that works.
 * The steps come from main with the written bundle (shared/generate/install-steps.ts, the same
 * commands as the README); this component only chooses the words and adds copy buttons.
 */
import { Button, Flex, Steps, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { copyCommand, type InstallStep } from '../../../../shared/generate/install-steps';

/** Props of NextSteps. */
export interface NextStepsProps {
  readonly steps: readonly InstallStep[];
  readonly onOpenReadme: () => void;
}

/** Kinds whose commands run where kubectl works, with no files copied to a server. */
const KUBECTL_KINDS: ReadonlySet<InstallStep['kind']> = new Set(['kubernetes', 'apisix-discovery']);

/** A block of commands with a copy button (the button copies exactly what is shown). */
function Commands({ lines, label }: { readonly lines: readonly string[]; readonly label: string }) {
  const text = lines.join('\n');
  return (
    <Typography.Paragraph
      copyable={{ text, tooltips: false }}
      aria-label={label}
      style={{ marginBottom: 8 }}
    >
      <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{text}</pre>
    </Typography.Paragraph>
  );
}

/** The numbered list of steps after export. */
export function NextSteps({ steps, onOpenReadme }: NextStepsProps) {
  const { t } = useTranslation();
  const items = steps.map((step) => {
    const kubectl = KUBECTL_KINDS.has(step.kind);
    const host = step.host ?? t(`review.export.next.host.${step.kind}`, { machine: step.machine });
    const copy = kubectl ? undefined : copyCommand(step, host);
    const title = t(`review.export.next.kind.${step.kind}`, { machine: step.machine });
    return {
      // Strong: the Steps list is all "waiting", which greys titles out as if they did not apply.
      title: <Typography.Text strong>{title}</Typography.Text>,
      description: (
        <Flex vertical gap={4}>
          {copy && (
            <>
              <Typography.Text>
                {t('review.export.next.copyTo', {
                  folders: step.copy.join(', '),
                  host,
                  target: step.target ?? '~/etcd-tls',
                })}
              </Typography.Text>
              <Commands
                lines={[copy]}
                label={`${title}${t('app.colon')}${t('review.export.next.copyLabel')}`}
              />
            </>
          )}
          <Typography.Text>
            {kubectl
              ? t('review.export.next.runKubectl')
              : t('review.export.next.runOn', { machine: step.machine })}
          </Typography.Text>
          <Commands
            lines={kubectl ? step.commands : ['cd ~/etcd-tls', ...step.commands]}
            label={`${title}${t('app.colon')}${t('review.export.next.runLabel')}`}
          />
        </Flex>
      ),
    };
  });
  return (
    <section aria-labelledby="next-steps-title">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} id="next-steps-title" style={{ margin: 0 }}>
          {t('review.export.next.title')}
        </Typography.Title>
        <Button icon={<FileTextOutlined />} onClick={onOpenReadme}>
          {t('review.export.next.openReadme')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('review.export.next.intro')}
      </Typography.Paragraph>
      <Steps direction="vertical" size="small" current={-1} items={items} />
    </section>
  );
}
