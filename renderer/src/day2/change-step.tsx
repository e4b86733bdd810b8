/**
 * The change: renew (all, those that expire within N days, or ticked ones), add a member, remove
 * a member, or rotate the CA; the CA key is unlocked here when the change signs anything. "Show
 * what will change" asks main to prepare it; nothing is written in this step.
 */
import { Alert, Button, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Day2ChangeKind } from '../../../shared/ipc/channels-day2';
import { rotatedCommonName } from '../../../shared/day2/rotation';
import { useNow } from '../components/certificate-card';
import { useAppStore } from '../store';
import { CaUnlock } from './ca-unlock';
import { changeOf, chosenIds, needsCaKey } from './day2-form';

const ACTIONS: readonly Day2ChangeKind[] = ['renew', 'add-member', 'remove-member', 'rotate-ca'];

function RenewFields() {
  const { t } = useTranslation();
  const now = useNow();
  const { bundle, renew } = useAppStore(
    useShallow((s) => ({ bundle: s.day2.bundle!, renew: s.day2.form.renew })),
  );
  const setForm = useAppStore((s) => s.setDay2Form);
  const set = (p: Partial<typeof renew>) => setForm({ renew: { ...renew, ...p } });
  const count = chosenIds(bundle, renew, now).length;
  return (
    <Form.Item label={t('day2.renew.which')} htmlFor="day2-renew-mode">
      <Radio.Group
        id="day2-renew-mode"
        aria-label={t('day2.renew.which')}
        value={renew.mode}
        onChange={(e) => set({ mode: e.target.value as typeof renew.mode })}
      >
        <Flex vertical gap={8}>
          <Radio value="all">{t('day2.renew.all', { count: bundle.certificates.length })}</Radio>
          <Radio value="expiring">
            <Flex gap={8} align="center" wrap>
              {t('day2.renew.expiring')}
              <InputNumber
                aria-label={t('day2.renew.daysLabel')}
                min={1}
                max={3650}
                size="small"
                value={renew.withinDays}
                onChange={(v) => set({ withinDays: v ?? 30, mode: 'expiring' })}
                style={{ width: 88 }}
              />
              {t('day2.renew.days')}
              {renew.mode === 'expiring' && (
                <Typography.Text type="secondary">
                  {t('day2.renew.matching', { count })}
                </Typography.Text>
              )}
            </Flex>
          </Radio>
          <Radio value="chosen">
            {t('day2.renew.chosen')}
            {renew.mode === 'chosen' && (
              <Typography.Text type="secondary">
                {' '}
                ({t('day2.renew.chosenCount', { count })})
              </Typography.Text>
            )}
          </Radio>
        </Flex>
      </Radio.Group>
    </Form.Item>
  );
}

function AddFields() {
  const { t } = useTranslation();
  const add = useAppStore((s) => s.day2.form.add);
  const setForm = useAppStore((s) => s.setDay2Form);
  const set = (p: Partial<typeof add>) => setForm({ add: { ...add, ...p } });
  return (
    <>
      <Form.Item label={t('day2.add.name')} htmlFor="day2-add-name">
        <Input
          id="day2-add-name"
          value={add.name}
          onChange={(e) => set({ name: e.target.value })}
          style={{ maxWidth: 320 }}
        />
      </Form.Item>
      <Form.Item
        label={t('day2.add.addresses')}
        htmlFor="day2-add-addresses"
        extra={t('day2.add.addressesHelp')}
      >
        <Input
          id="day2-add-addresses"
          value={add.addresses}
          onChange={(e) => set({ addresses: e.target.value })}
          style={{ maxWidth: 480 }}
        />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          label={t('day2.add.clientPort')}
          htmlFor="day2-add-client-port"
          extra={t('day2.add.portHelp')}
        >
          <InputNumber
            id="day2-add-client-port"
            min={1}
            max={65535}
            value={add.clientPort ?? null}
            onChange={(v) => set({ clientPort: v ?? undefined })}
          />
        </Form.Item>
        <Form.Item label={t('day2.add.peerPort')} htmlFor="day2-add-peer-port">
          <InputNumber
            id="day2-add-peer-port"
            min={1}
            max={65535}
            value={add.peerPort ?? null}
            onChange={(v) => set({ peerPort: v ?? undefined })}
          />
        </Form.Item>
      </Flex>
    </>
  );
}

function RemoveFields() {
  const { t } = useTranslation();
  const { members, remove } = useAppStore(
    useShallow((s) => ({
      members: s.day2.bundle!.plan.cluster.members.map((m) => m.name),
      remove: s.day2.form.remove,
    })),
  );
  const setForm = useAppStore((s) => s.setDay2Form);
  return (
    <Form.Item label={t('day2.remove.member')} htmlFor="day2-remove-member">
      <Select
        id="day2-remove-member"
        aria-label={t('day2.remove.member')}
        placeholder={t('day2.remove.choose')}
        value={remove}
        onChange={(v: string) => setForm({ remove: v })}
        options={members.map((m) => ({ value: m, label: m }))}
        style={{ maxWidth: 320 }}
      />
    </Form.Item>
  );
}

function RotateFields() {
  const { t } = useTranslation();
  const now = useNow();
  const { caName, value } = useAppStore(
    useShallow((s) => ({
      caName: s.day2.bundle!.plan.ca.commonName,
      value: s.day2.form.rotateName,
    })),
  );
  const setForm = useAppStore((s) => s.setDay2Form);
  const fallback = rotatedCommonName(caName, new Date(now));
  return (
    <Form.Item
      label={t('day2.rotate.commonName')}
      htmlFor="day2-rotate-name"
      extra={t('day2.rotate.commonNameHelp', { name: fallback })}
    >
      <Input
        id="day2-rotate-name"
        placeholder={fallback}
        value={value}
        onChange={(e) => setForm({ rotateName: e.target.value })}
        style={{ maxWidth: 420 }}
      />
    </Form.Item>
  );
}

/** The change step. */
export function ChangeStep() {
  const { t } = useTranslation();
  const now = useNow();
  const { bundle, form, ca, previewing, previewError } = useAppStore(
    useShallow((s) => ({
      bundle: s.day2.bundle,
      form: s.day2.form,
      ca: s.day2.ca.status,
      previewing: s.day2.previewing,
      previewError: s.day2.previewError,
    })),
  );
  const setForm = useAppStore((s) => s.setDay2Form);
  const preview = useAppStore((s) => s.previewDay2Change);
  if (!bundle) return null;
  const signs = needsCaKey(form, bundle, now);
  const ready = changeOf(form) !== undefined && (!signs || ca === 'unlocked');
  return (
    <section aria-labelledby="day2-change-title">
      <Typography.Title level={3} id="day2-change-title">
        {t('day2.action.label')}
      </Typography.Title>
      {bundle.origin === 'inspection' ? (
        <Typography.Paragraph>{t('day2.action.rebuilt')}</Typography.Paragraph>
      ) : (
        <Form layout="vertical" component="div">
          <Form.Item>
            <Radio.Group
              aria-label={t('day2.action.label')}
              optionType="button"
              buttonStyle="solid"
              value={form.action}
              onChange={(e) => setForm({ action: e.target.value as Day2ChangeKind })}
              options={ACTIONS.map((a) => ({ value: a, label: t(`day2.action.${a}`) }))}
            />
          </Form.Item>
          <Typography.Paragraph type="secondary">
            {t(`day2.action.help.${form.action}`)}
          </Typography.Paragraph>
          {form.action === 'renew' && <RenewFields />}
          {form.action === 'add-member' && <AddFields />}
          {form.action === 'remove-member' && <RemoveFields />}
          {form.action === 'rotate-ca' && <RotateFields />}
        </Form>
      )}
      <Flex vertical gap={12}>
        {signs && <CaUnlock />}
        {previewError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('day2.previewFailed')}
            description={previewError.message}
          />
        )}
        <Flex justify="flex-end">
          <Button
            type="primary"
            disabled={!ready}
            loading={previewing}
            onClick={() => void preview()}
          >
            {t('day2.preview')}
          </Button>
        </Flex>
      </Flex>
    </section>
  );
}
