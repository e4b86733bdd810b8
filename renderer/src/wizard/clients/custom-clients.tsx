/** Custom clients: any other program that talks to etcd with its own certificate. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { visuallyHidden } from '../field';
import { useFocusNewRow } from '../focus-new-row';
import { TextField } from '../fields/basic-fields';
import {
  addCustom,
  clientsOf,
  customIndices,
  removeClient,
  updateCustom,
  type ClientObject,
} from './client-updates';

interface Row {
  readonly key: number;
  /** Position among the custom clients, for labels. */
  readonly n: number;
  readonly client: ClientObject;
}

/** The custom clients table and its Add button. */
export function CustomClients() {
  const { t } = useTranslation();
  const draft = useAppStore((s) => s.plan.draft);
  const setDraft = useAppStore((s) => s.setDraft);
  const list = clientsOf(draft);
  const focusNew = useFocusNewRow(customIndices(draft).length, (n) => `custom-${n}-name`);
  const rows: Row[] = customIndices(draft).map((i, n) => ({
    key: i,
    n: n + 1,
    client: list[i] as ClientObject,
  }));
  const text = (
    key: 'name' | 'commonName' | 'organization',
    label: 'setup.field.customName' | 'setup.field.customCn' | 'setup.field.customO',
    path?: string,
  ) =>
    function Cell(_v: unknown, { key: i, n, client }: Row) {
      return (
        <TextField
          step="clients"
          hideLabel
          id={`custom-${n}-${key}`}
          label={t(label, { n })}
          path={path ? `clients[${i}].${path}` : undefined}
          value={client[key]}
          style={{ marginBottom: 0 }}
          spellCheck={false}
          placeholder={key === 'commonName' ? client.name : undefined}
          onChange={(v) => setDraft(updateCustom(i, { [key]: v }))}
        />
      );
    };
  return (
    <>
      {rows.length > 0 && (
        <Table<Row>
          dataSource={rows}
          pagination={false}
          size="small"
          aria-label={t('setup.clients.customTitle')}
          style={{ marginBottom: 12 }}
          columns={[
            {
              key: 'name',
              title: t('setup.clients.customName'),
              render: text('name', 'setup.field.customName', 'name'),
            },
            {
              key: 'cn',
              title: t('setup.clients.customCn'),
              render: text('commonName', 'setup.field.customCn', 'commonName'),
            },
            {
              key: 'o',
              title: t('setup.clients.customO'),
              render: text('organization', 'setup.field.customO', 'organization'),
            },
            {
              key: 'remove',
              width: 56,
              title: <span style={visuallyHidden}>{t('setup.members.actions')}</span>,
              render: (_v, { key: i, client }) => (
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('setup.clients.remove', { name: client.name })}
                  onClick={() => setDraft(removeClient(i))}
                />
              ),
            },
          ]}
        />
      )}
      <Button
        icon={<PlusOutlined aria-hidden />}
        onClick={() => {
          focusNew();
          setDraft(addCustom);
        }}
      >
        {t('setup.clients.addCustom')}
      </Button>
    </>
  );
}
