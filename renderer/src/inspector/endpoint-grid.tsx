/**
 * The endpoint grid: every certificate that can serve TLS against every endpoint the user typed,
 * pasted, took from the plan or from a dropped config, judged by Go's VerifyHostname with its
 * exact `x509: certificate is valid for …, not …` text on failure; below it, the live check of
 * the same endpoints against the running members.
 */
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Divider, Flex, Input, Table, Typography, theme } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyCertificateHostname } from '../../../shared/pki/hostname';
import { LiveCheck } from '../probe/live-check';
import { useAppStore } from '../store';
import { endpointsFromConfig, endpointsFromPlan, parseEndpointList } from './endpoints';
import { CertFilter } from './cert-filter';
import { useInspection, type CertEntry } from './use-inspection';

/** The grid and its input. */
export function EndpointGrid() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { visible: entries } = useInspection();
  const endpoints = useAppStore((s) => s.inspector.endpoints);
  const setEndpoints = useAppStore((s) => s.setInspectEndpoints);
  const [text, setText] = useState(endpoints.join('\n'));
  const [seen, setSeen] = useState(endpoints);
  // Endpoints can also arrive from a dropped config file: show them in the box.
  if (seen !== endpoints) {
    setSeen(endpoints);
    setText(endpoints.join('\n'));
  }
  const parsed = useMemo(() => parseEndpointList(endpoints.join('\n')), [endpoints]);
  const serving = entries.filter((e) =>
    e.report.verdicts.some((v) => v.ok && (v.role === 'etcd-server' || v.role === 'etcd-peer')),
  );
  const apply = (value: string) => setEndpoints(parseEndpointList(value).map((e) => e.text));
  const columns: ColumnsType<CertEntry> = [
    {
      key: 'cert',
      title: t('inspect.endpoints.cert'),
      width: 200,
      fixed: 'left',
      render: (_, e) => <Typography.Text strong>{e.label}</Typography.Text>,
    },
    ...parsed.map((ep) => ({
      key: ep.text,
      title: <Typography.Text code>{ep.text}</Typography.Text>,
      width: 280,
      render: (_: unknown, e: CertEntry) => {
        const r = verifyCertificateHostname(e.cert, ep.host);
        return (
          <Flex vertical gap={2} data-endpoint={ep.text} data-ok={r.ok}>
            <span>
              {r.ok ? (
                <CheckCircleFilled style={{ color: token.colorSuccess }} aria-hidden />
              ) : (
                <CloseCircleFilled style={{ color: token.colorError }} aria-hidden />
              )}{' '}
              <Typography.Text strong>
                {t(r.ok ? 'inspect.endpoints.pass' : 'inspect.endpoints.fail')}
              </Typography.Text>
            </span>
            {!r.ok && (
              <Typography.Text code style={{ fontSize: 12, wordBreak: 'break-word' }}>
                {r.error}
              </Typography.Text>
            )}
          </Flex>
        );
      },
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
        rows={4}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => apply(text)}
      />
      <Flex gap={8} wrap>
        <Button onClick={() => apply(text)}>{t('inspect.endpoints.check')}</Button>
        <Button
          onClick={() =>
            apply([text, ...endpointsFromPlan(useAppStore.getState().plan.draft)].join('\n'))
          }
        >
          {t('inspect.endpoints.fromPlan')}
        </Button>
        <Button
          onClick={() => {
            const input = document.createElement('input');
            input.type = 'file';
            input.onchange = () => {
              const f = input.files?.[0];
              if (f) void f.text().then((s) => apply([text, ...endpointsFromConfig(s)].join('\n')));
            };
            input.click();
          }}
        >
          {t('inspect.endpoints.fromConfig')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('inspect.endpoints.hint')}</Typography.Text>
      <CertFilter />
      {parsed.length > 0 && serving.length === 0 && (
        // An alert, not warning-coloured text: that colour fails WCAG contrast on white.
        <Alert type="warning" showIcon title={t('inspect.endpoints.noServing')} />
      )}
      {parsed.length > 0 && serving.length > 0 && (
        <Table<CertEntry>
          size="small"
          bordered
          rowKey={(e) => e.cert.fingerprintSha256}
          columns={columns}
          dataSource={serving}
          pagination={false}
          scroll={{ x: 200 + parsed.length * 280 }}
          aria-label={t('inspect.endpoints.label')}
        />
      )}
      <Divider style={{ margin: '8px 0' }} />
      <LiveCheck />
    </Flex>
  );
}
