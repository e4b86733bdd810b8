/**
 * The members table: name and addresses edited in place, with per-member client and peer port
 * overrides tucked into each row's expandable part (needed only when members share a host).
 */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Col, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { visuallyHidden } from '../field';
import { AddressField } from '../fields/address-field';
import { PORTS, PortField, TextField } from '../fields/basic-fields';
import { draftIssues } from '../validation';
import { removeMember, updateMember, type DraftMember } from './member-updates';

interface Row {
  readonly key: number;
  readonly member: DraftMember;
}

function MemberPorts({ i, member }: { readonly i: number; readonly member: DraftMember }) {
  const { t } = useTranslation();
  const setDraft = useAppStore((s) => s.setDraft);
  const defaults = useAppStore(
    useShallow((s) => ({
      clientPort: s.plan.draft.cluster.clientPort ?? 2379,
      peerPort: s.plan.draft.cluster.peerPort ?? 2380,
    })),
  );
  const n = i + 1;
  return (
    <Row gutter={16}>
      {PORTS.map(({ key, id, memberLabel }) => (
        <Col xs={24} md={8} key={key}>
          <PortField
            step="members"
            id={`member-${i}-${id}`}
            label={t(`setup.field.${memberLabel}`, { n })}
            path={`cluster.members[${i}].${key}`}
            value={member[key]}
            extra={t('setup.members.portDefault', { port: defaults[key] })}
            placeholder={String(defaults[key])}
            onChange={(port) => setDraft(updateMember(i, { [key]: port }))}
          />
        </Col>
      ))}
    </Row>
  );
}

/** The editable members table. */
export function MembersTable() {
  const { t } = useTranslation();
  const members = useAppStore((s) => s.plan.draft.cluster.members);
  const setDraft = useAppStore((s) => s.setDraft);
  const draft = useAppStore((s) => s.plan.draft);
  const rows: Row[] = members.map((member, key) => ({ key, member }));
  // Port problems live in the collapsed part of a row: flag them in the row itself.
  const portIssue = (i: number) =>
    draftIssues(draft).some(
      (x) => /^cluster\.members\[(\d+)\]\.(clientPort|peerPort)$/.exec(x.path)?.[1] === String(i),
    );
  return (
    <Table<Row>
      dataSource={rows}
      pagination={false}
      size="small"
      aria-label={t('setup.field.members')}
      expandable={{
        expandedRowRender: (r) => <MemberPorts i={r.key} member={r.member} />,
        columnTitle: <span style={visuallyHidden}>{t('setup.members.portsColumn')}</span>,
      }}
      columns={[
        {
          key: 'name',
          title: t('setup.members.name'),
          width: '26%',
          render: (_v, { key: i, member }) => (
            <TextField
              step="members"
              hideLabel
              id={`member-${i}-name`}
              label={t('setup.field.memberName', { n: i + 1 })}
              path={`cluster.members[${i}].name`}
              value={member.name}
              style={{ marginBottom: 0 }}
              spellCheck={false}
              onChange={(name) => setDraft(updateMember(i, { name }))}
            />
          ),
        },
        {
          key: 'addresses',
          title: t('setup.members.addresses'),
          render: (_v, { key: i, member }) => (
            <AddressField
              step="members"
              hideLabel
              id={`member-${i}-addresses`}
              label={t('setup.field.memberAddresses', { n: i + 1 })}
              path={`cluster.members[${i}].addresses`}
              value={member.addresses}
              style={{ marginBottom: 0 }}
              placeholder={t('setup.members.addressesPlaceholder')}
              onChange={(addresses) => setDraft(updateMember(i, { addresses }))}
            />
          ),
        },
        {
          key: 'ports',
          title: t('setup.members.ports'),
          width: 110,
          render: (_v, { key: i, member }) =>
            portIssue(i) ? (
              <Typography.Text type="danger">{t('setup.members.portsProblem')}</Typography.Text>
            ) : (
              <Typography.Text
                type={member.clientPort || member.peerPort ? undefined : 'secondary'}
              >
                {member.clientPort || member.peerPort
                  ? `${member.clientPort ?? '–'} / ${member.peerPort ?? '–'}`
                  : t('setup.members.portsDefault')}
              </Typography.Text>
            ),
        },
        {
          key: 'remove',
          title: <span style={visuallyHidden}>{t('setup.members.actions')}</span>,
          width: 56,
          render: (_v, { key: i, member }) => (
            <Button
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              disabled={members.length === 1}
              aria-label={t('setup.members.remove', { name: member.name || i + 1 })}
              onClick={() => setDraft(removeMember(i))}
            />
          ),
        },
      ]}
    />
  );
}
