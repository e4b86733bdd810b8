/**
 * A live check's report: a summary, then one card per endpoint with its verdict, each check in
 * the current language (title; for problems the detail, what the tools print and what to do),
 * and the chain the member served as the inspector's certificate cards.
 */
import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  MinusCircleFilled,
} from '@ant-design/icons';
import { Alert, Card, Collapse, Flex, Spin, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { probeMessages, renderProbeCheck } from '../../../shared/probe/messages';
import type {
  EndpointProbe,
  ProbeCheck,
  ProbeReport,
  ProbeStatus,
  ProbeVerdict,
} from '../../../shared/probe/types';
import { CertificateCard } from '../components/certificate-card';
import { lintLocaleOf } from '../components/finding-list';
import { localDateParams } from '../format/date-time';
import type { ProbeRun } from '../store/probe-slice';

const VERDICT_COLOR: Record<ProbeVerdict, string> = { ok: 'green', warn: 'orange', fail: 'red' };

function StatusIcon({ status }: { readonly status: ProbeStatus }) {
  const { token } = theme.useToken();
  if (status === 'pass') return <CheckCircleFilled style={{ color: token.colorSuccess }} />;
  if (status === 'warn') return <ExclamationCircleFilled style={{ color: token.colorWarning }} />;
  if (status === 'fail') return <CloseCircleFilled style={{ color: token.colorError }} />;
  return <MinusCircleFilled style={{ color: token.colorTextTertiary }} />;
}

function CheckRow({ check }: { readonly check: ProbeCheck }) {
  const { t, i18n } = useTranslation();
  const locale = lintLocaleOf(i18n.language);
  // Dates in the sentence in local time; what the tools print (seenAs) as they print it.
  const text = {
    ...renderProbeCheck({ ...check, params: localDateParams(check.params) }, locale),
    seenAs: renderProbeCheck(check, locale).seenAs,
  };
  const quiet = check.status === 'pass';
  return (
    <Flex role="listitem" gap={8} align="start" data-check={check.check} data-code={check.code}>
      <span aria-hidden style={{ paddingTop: 2 }}>
        <StatusIcon status={check.status} />
      </span>
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <span>
          <Typography.Text type="secondary">
            {text.label}
            {t('probe.results.colon')}
          </Typography.Text>
          <Typography.Text strong={!quiet}>{text.title}</Typography.Text>
        </span>
        {!quiet && <Typography.Text>{text.detail}</Typography.Text>}
        {!quiet && text.seenAs && (
          <div>
            <Typography.Text type="secondary">
              {t('probe.results.seenAs')}
              {t('probe.results.colon')}
            </Typography.Text>
            <ul style={{ margin: '2px 0 0', paddingInlineStart: 20 }}>
              {text.seenAs.map((s) => (
                <li key={s}>
                  <Typography.Text code style={{ wordBreak: 'break-word' }}>
                    {s}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          </div>
        )}
        {!quiet && text.fix && (
          <Typography.Text>
            <Typography.Text type="secondary">
              {t('probe.results.fix')}
              {t('probe.results.colon')}
            </Typography.Text>
            {text.fix}
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}

function EndpointCard({
  endpoint: e,
  now,
}: {
  readonly endpoint: EndpointProbe;
  readonly now: number;
}) {
  const { t, i18n } = useTranslation();
  const verdicts = probeMessages(lintLocaleOf(i18n.language)).verdicts;
  const chain = e.chain ?? [];
  return (
    <Card
      size="small"
      role="region"
      aria-label={t('probe.results.endpoint', { url: e.url })}
      data-verdict={e.verdict}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text code>{e.url}</Typography.Text>
          {e.dialled && e.dialled !== e.url && (
            <Typography.Text type="secondary">
              {t('probe.results.dialled', { url: e.dialled })}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        <Flex gap={4} wrap>
          {e.tls && <Tag>{e.tls.version}</Tag>}
          {e.etcdVersion && (
            <Tag color="blue">{t('probe.results.etcd', { version: e.etcdVersion })}</Tag>
          )}
          <Tag color={VERDICT_COLOR[e.verdict]}>{verdicts[e.verdict]}</Tag>
        </Flex>
      }
    >
      <Flex vertical gap={10}>
        <Flex vertical gap={8} role="list">
          {e.checks.map((c, i) => (
            <CheckRow key={`${c.check}-${i}`} check={c} />
          ))}
        </Flex>
        {chain.length > 0 && (
          <Collapse
            size="small"
            items={[
              {
                key: 'chain',
                label: t('probe.results.chain', { count: chain.length }),
                children: (
                  <Flex vertical gap={8}>
                    {chain.map((c) => (
                      <CertificateCard key={c.fingerprintSha256} cert={c} now={now} />
                    ))}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}

function MaterialLine({ report }: { readonly report: ProbeReport }) {
  const { t } = useTranslation();
  const m = report.material;
  const ca =
    m.caSubjects.length > 0
      ? t('probe.results.ca', { subjects: m.caSubjects.join('; ') })
      : t('probe.results.noCa');
  const client = m.client
    ? m.client.from
      ? t('probe.results.clientFrom', { subject: m.client.subject, from: m.client.from })
      : t('probe.results.client', { subject: m.client.subject })
    : t('probe.results.noClient');
  return (
    <Typography.Text type="secondary">
      {ca} · {client}
    </Typography.Text>
  );
}

/** The state of one run: a spinner while checking, the error, or the report. */
export function ProbeResults({ run }: { readonly run: ProbeRun }) {
  const { t } = useTranslation();
  if (run.status === 'idle') return null;
  if (run.status === 'checking')
    return (
      <Flex gap={8} align="center" role="status">
        <Spin size="small" />
        <Typography.Text>{t('probe.results.checking', { count: run.urls.length })}</Typography.Text>
      </Flex>
    );
  if (run.error)
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('probe.results.failed')}
        description={run.error.message}
      />
    );
  const report = run.report;
  if (!report) return null;
  const count = (v: ProbeVerdict) => report.endpoints.filter((e) => e.verdict === v).length;
  const now = Date.parse(report.now);
  return (
    <Flex vertical gap={12} role="region" aria-label={t('probe.results.label')}>
      <Typography.Text role="status" data-testid="probe-summary">
        {t('probe.results.summary', {
          count: report.endpoints.length,
          ok: count('ok'),
          warn: count('warn'),
          fail: count('fail'),
        })}
      </Typography.Text>
      <MaterialLine report={report} />
      {report.endpoints.map((e, i) => (
        <EndpointCard key={`${e.url}-${i}`} endpoint={e} now={now} />
      ))}
    </Flex>
  );
}
