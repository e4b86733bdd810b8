/**
 * The endpoint check: one row per endpoint answering "will a client dialling this URL accept the
 * certificate served there?" — the certificate a dropped etcd config names, the plan member's, or
 * the one whose SANs name the host, judged by Go's rules (dates, host, chain, usage) with Go's
 * exact error. The every-certificate-by-every-endpoint matrix stays one switch away; below it,
 * the live check of the same endpoints against the running members.
 */
import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  QuestionCircleFilled,
} from '@ant-design/icons';
import { Alert, Button, Divider, Flex, Input, Switch, Table, Tag, Typography, theme } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { goVerify, type GoVerdict } from '../../../shared/lint/trust';
import { LiveCheck } from '../probe/live-check';
import { useAppStore } from '../store';
import { CertFilter } from './cert-filter';
import { judgeEndpoint, servingEntries, type EndpointResult } from './endpoint-match';
import { endpointHintsFromPlan, endpointsFromConfigFile, parseEndpointList } from './endpoints';
import { useInspection, type CertEntry } from './use-inspection';

/** Cells of different heights read best aligned at the top. */
const top = () => ({ style: { verticalAlign: 'top' } as const });

/** A verdict as an icon, a word and Go's text; `unchecked` (no CA among the files) is amber. */
function VerdictCell({
  verdict,
  endpoint,
  extra,
}: {
  readonly verdict: GoVerdict;
  readonly endpoint: string;
  readonly extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const unchecked = !verdict.ok && verdict.stage === 'unchecked';
  const state = verdict.ok ? 'true' : unchecked ? 'unchecked' : 'false';
  const icon = verdict.ok ? (
    <CheckCircleFilled style={{ color: token.colorSuccess }} aria-hidden />
  ) : unchecked ? (
    <QuestionCircleFilled style={{ color: token.colorWarning }} aria-hidden />
  ) : (
    <CloseCircleFilled style={{ color: token.colorError }} aria-hidden />
  );
  return (
    <Flex vertical gap={2} data-endpoint={endpoint} data-ok={state}>
      <span>
        {icon}{' '}
        <Typography.Text strong>
          {t(
            verdict.ok
              ? 'inspect.endpoints.pass'
              : unchecked
                ? 'inspect.endpoints.unchecked'
                : 'inspect.endpoints.fail',
          )}
        </Typography.Text>
      </span>
      {unchecked && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('inspect.endpoints.uncheckedHint')}
        </Typography.Text>
      )}
      {!verdict.ok && !unchecked && (
        <Typography.Text code style={{ fontSize: 12, wordBreak: 'break-word' }}>
          {verdict.error}
        </Typography.Text>
      )}
      {extra}
    </Flex>
  );
}

/** The certificate served at an endpoint: name, file, and how it was found. */
function ServedCell({ result }: { readonly result: EndpointResult }) {
  const { t } = useTranslation();
  if (result.how === 'none')
    return (
      <Typography.Text type="danger">
        {t('inspect.endpoints.none', { host: result.endpoint.host })}
      </Typography.Text>
    );
  const how =
    result.how === 'config'
      ? t('inspect.endpoints.how.config', { file: result.hint?.from ?? '' })
      : result.how === 'plan'
        ? t('inspect.endpoints.how.plan', { member: result.hint?.member ?? '' })
        : t(`inspect.endpoints.how.${result.how}`);
  return (
    <Flex vertical gap={2} align="flex-start">
      <Flex gap={8} wrap align="baseline">
        <Typography.Text strong>{result.entry.label}</Typography.Text>
        <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
          {result.entry.report.file}
        </Typography.Text>
      </Flex>
      <Tag>{how}</Tag>
    </Flex>
  );
}

/** The grid, its input, and the matrix switch. */
export function EndpointGrid() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { entries, visible, now } = useInspection();
  const endpoints = useAppStore((s) => s.inspector.endpoints);
  const hints = useAppStore((s) => s.inspector.endpointHints);
  const setEndpoints = useAppStore((s) => s.setInspectEndpoints);
  const [text, setText] = useState(endpoints.join('\n'));
  const [seen, setSeen] = useState(endpoints);
  const [matrix, setMatrix] = useState(false);
  // Endpoints can also arrive from a dropped config file: show them in the box.
  if (seen !== endpoints) {
    setSeen(endpoints);
    setText(endpoints.join('\n'));
  }
  const parsed = useMemo(() => parseEndpointList(endpoints.join('\n')), [endpoints]);
  const serving = useMemo(() => servingEntries(entries), [entries]);
  const clock = useMemo(() => new Date(now), [now]);
  const results = useMemo(
    () => parsed.map((ep) => judgeEndpoint(ep, hints[ep.text], serving, clock)),
    [parsed, hints, serving, clock],
  );
  const apply = (value: string, more: Parameters<typeof setEndpoints>[1] = {}) =>
    setEndpoints(
      parseEndpointList(value).map((e) => e.text),
      more,
    );

  const columns: ColumnsType<EndpointResult> = [
    {
      key: 'endpoint',
      title: t('inspect.endpoints.endpoint'),
      width: '24%',
      onCell: top,
      render: (_, r) => (
        <Flex vertical gap={2} align="flex-start">
          <Typography.Text code style={{ wordBreak: 'break-all' }}>
            {r.endpoint.text}
          </Typography.Text>
          {r.hint?.openssl && <Tag color="purple">{t('inspect.endpoints.openssl')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'served',
      title: t('inspect.endpoints.served'),
      width: '30%',
      onCell: top,
      render: (_, r) => <ServedCell result={r} />,
    },
    {
      key: 'verdict',
      title: t('inspect.endpoints.verdict'),
      onCell: top,
      render: (_, r) =>
        r.how === 'none' ? (
          <Flex gap={4} data-endpoint={r.endpoint.text} data-ok="false">
            <CloseCircleFilled style={{ color: token.colorError }} aria-hidden />
            <Typography.Text strong>{t('inspect.endpoints.fail')}</Typography.Text>
          </Flex>
        ) : (
          <VerdictCell
            verdict={r.verdict}
            endpoint={r.endpoint.text}
            extra={
              r.opensslMiss && (
                <Typography.Text style={{ fontSize: 12 }}>
                  <ExclamationCircleFilled style={{ color: token.colorWarning }} aria-hidden />{' '}
                  {t('inspect.endpoints.opensslMiss', {
                    san: r.opensslMiss,
                    host: r.endpoint.host,
                  })}
                </Typography.Text>
              )
            }
          />
        ),
    },
  ];

  const matrixServing = serving.filter((e) => visible.includes(e));
  const matrixColumns: ColumnsType<CertEntry> = [
    {
      key: 'cert',
      title: t('inspect.endpoints.cert'),
      width: 220,
      fixed: 'left',
      render: (_, e) => (
        <Flex vertical>
          <Typography.Text strong>{e.label}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
            {e.report.file}
          </Typography.Text>
        </Flex>
      ),
    },
    ...parsed.map((ep) => ({
      key: ep.text,
      title: <Typography.Text code>{ep.text}</Typography.Text>,
      width: 280,
      render: (_: unknown, e: CertEntry) => (
        <VerdictCell
          endpoint={ep.text}
          verdict={goVerify(e.cert, e.report.chain, {
            now: clock,
            host: ep.host,
            usage: 'serverAuth',
          })}
        />
      ),
    })),
  ];

  return (
    <Flex vertical gap={12}>
      <label htmlFor="inspect-endpoints">
        <Typography.Text strong>{t('inspect.endpoints.input')}</Typography.Text>
      </label>
      <Input.TextArea
        id="inspect-endpoints"
        value={text}
        placeholder="https://etcd0-0.etcd:2379"
        rows={3}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => apply(text)}
      />
      <Flex gap={8} wrap align="center">
        <Button onClick={() => apply(text)}>{t('inspect.endpoints.check')}</Button>
        <Button
          onClick={() => {
            const fromPlan = endpointHintsFromPlan(useAppStore.getState().plan.draft);
            apply([text, ...fromPlan.endpoints].join('\n'), fromPlan.hints);
          }}
        >
          {t('inspect.endpoints.fromPlan')}
        </Button>
        <Button
          onClick={() => {
            const input = document.createElement('input');
            input.type = 'file';
            input.onchange = () => {
              const f = input.files?.[0];
              if (f)
                void f.text().then((s) => {
                  const found = endpointsFromConfigFile(f.name, s);
                  apply([text, ...found.endpoints].join('\n'), found.hints);
                });
            };
            input.click();
          }}
        >
          {t('inspect.endpoints.fromConfig')}
        </Button>
        <label style={{ display: 'flex', gap: 8, alignItems: 'center', marginLeft: 'auto' }}>
          <Switch checked={matrix} onChange={setMatrix} />
          <Typography.Text>{t('inspect.endpoints.matrix')}</Typography.Text>
        </label>
      </Flex>
      <Typography.Text type="secondary">{t('inspect.endpoints.hint')}</Typography.Text>
      {parsed.length > 0 && serving.length === 0 && (
        // An alert, not warning-coloured text: that colour fails WCAG contrast on white.
        <Alert type="warning" showIcon title={t('inspect.endpoints.noServing')} />
      )}
      {parsed.length > 0 && !matrix && (
        <Table<EndpointResult>
          size="small"
          bordered
          tableLayout="fixed"
          rowKey={(r) => r.endpoint.text}
          columns={columns}
          dataSource={results}
          pagination={false}
          aria-label={t('inspect.endpoints.label')}
        />
      )}
      {parsed.length > 0 && matrix && (
        <>
          <CertFilter />
          <Table<CertEntry>
            size="small"
            bordered
            rowKey={(e) => e.cert.fingerprintSha256}
            columns={matrixColumns}
            dataSource={matrixServing}
            pagination={false}
            scroll={{ x: 220 + parsed.length * 280 }}
            aria-label={t('inspect.endpoints.matrixLabel')}
          />
        </>
      )}
      <Divider style={{ margin: '8px 0' }} />
      <LiveCheck />
    </Flex>
  );
}
