/**
 * What each certificate can do: CA, etcd server, peer, client. A "no" is a failure (red, with
 * the error the user would see) only for a role the certificate is meant for; a leaf that is no
 * CA, or a client certificate that cannot serve, is simply what it is (grey). Who signed it, and
 * Go's verdict on its chain, sit under its name; so does what a certificate recognised as not
 * etcd's is (kube-apiserver's own…), whose etcd roles are then none of its job.
 */
import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Flex, Table, Typography, theme } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/pki/model';
import { CertFilter } from './cert-filter';
import { ChainError, IssuerTag, PurposeTag } from './cert-table';
import { useInspection, type CertEntry } from './use-inspection';

const ROLES: readonly Role[] = ['ca', 'etcd-server', 'etcd-peer', 'client'];
/** Column widths that fit the content area of a 1280-pixel window without scrolling. */
const NAME_WIDTH = 240;
const ROLE_WIDTH = 210;
/** Cells of different heights read best aligned at the top. */
const top = () => ({ style: { verticalAlign: 'top' } as const });

/** The role table. */
export function RolesView() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { visible, messages } = useInspection();
  const columns: ColumnsType<CertEntry> = [
    {
      key: 'name',
      title: t('inspect.certs.name'),
      width: NAME_WIDTH,
      onCell: top,
      render: (_, e) => (
        <Flex vertical gap={4} align="flex-start">
          <Typography.Text strong>{e.label}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
            {e.report.file}
          </Typography.Text>
          <PurposeTag entry={e} />
          <IssuerTag entry={e} />
          <ChainError entry={e} />
        </Flex>
      ),
    },
    ...ROLES.map((role) => ({
      key: role,
      title: messages.roleNames[role],
      width: ROLE_WIDTH,
      onCell: top,
      render: (_: unknown, e: CertEntry) => {
        const v = e.report.verdicts.find((x) => x.role === role);
        if (!v) return null;
        const failed = !v.ok && v.intended;
        const label = t(
          v.ok ? 'inspect.roles.yes' : failed ? 'inspect.roles.no' : 'inspect.roles.notMeant',
        );
        return (
          <Flex vertical gap={2} data-role={role} data-ok={v.ok} data-intended={v.intended}>
            <span>
              {v.ok ? (
                <CheckCircleFilled style={{ color: token.colorSuccess }} aria-hidden />
              ) : failed ? (
                <CloseCircleFilled style={{ color: token.colorError }} aria-hidden />
              ) : (
                <MinusCircleOutlined style={{ color: token.colorTextTertiary }} aria-hidden />
              )}{' '}
              <Typography.Text
                strong={v.ok || failed}
                type={failed || v.ok ? undefined : 'secondary'}
              >
                {label}
              </Typography.Text>
            </span>
            <Typography.Text type={failed ? undefined : 'secondary'} style={{ fontSize: 12 }}>
              {messages.roleReasons[v.reason]}
            </Typography.Text>
            {failed && v.seenAs && (
              <Typography.Text code style={{ fontSize: 12, wordBreak: 'break-word' }}>
                {v.seenAs}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    })),
  ];
  return (
    <Flex vertical gap={8}>
      <CertFilter />
      <Table<CertEntry>
        virtual
        size="small"
        bordered
        rowKey={(e) => e.cert.fingerprintSha256}
        columns={columns}
        dataSource={[...visible]}
        pagination={false}
        scroll={{ y: 560, x: NAME_WIDTH + ROLES.length * ROLE_WIDTH }}
        aria-label={t('inspect.roles.label')}
      />
    </Flex>
  );
}
