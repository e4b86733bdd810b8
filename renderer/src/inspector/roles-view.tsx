/**
 * The role check: for each certificate, which etcd role it can play (CA, server, peer, client)
 * and, for the others, why not, quoting the error the user would see
 * (docs/go-x509.md#extended-key-usage, docs/go-x509.md#error-texts).
 */
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Flex, Table, Typography, theme } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/pki/model';
import { CertFilter } from './cert-filter';
import { IssuerTag } from './cert-table';
import { useInspection, type CertEntry } from './use-inspection';

const ROLES: readonly Role[] = ['ca', 'etcd-server', 'etcd-peer', 'client'];

/** The role table. */
export function RolesView() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { visible, messages } = useInspection();
  const columns: ColumnsType<CertEntry> = [
    {
      key: 'name',
      title: t('inspect.certs.name'),
      width: 200,
      fixed: 'left',
      render: (_, e) => (
        <Flex vertical gap={4} align="flex-start">
          <Typography.Text strong>{e.label}</Typography.Text>
          <IssuerTag entry={e} />
        </Flex>
      ),
    },
    ...ROLES.map((role) => ({
      key: role,
      title: messages.roleNames[role],
      width: 225,
      render: (_: unknown, e: CertEntry) => {
        const v = e.report.verdicts.find((x) => x.role === role);
        if (!v) return null;
        const label = t(v.ok ? 'inspect.roles.yes' : 'inspect.roles.no');
        return (
          <Flex vertical gap={2} data-role={role} data-ok={v.ok}>
            <span>
              {v.ok ? (
                <CheckCircleFilled style={{ color: token.colorSuccess }} aria-hidden />
              ) : (
                <CloseCircleFilled style={{ color: token.colorError }} aria-hidden />
              )}{' '}
              <Typography.Text strong>{label}</Typography.Text>
            </span>
            <Typography.Text type={v.ok ? 'secondary' : undefined} style={{ fontSize: 12 }}>
              {messages.roleReasons[v.reason]}
            </Typography.Text>
            {v.seenAs && (
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
        scroll={{ y: 560, x: 1100 }}
        aria-label={t('inspect.roles.label')}
      />
    </Flex>
  );
}
