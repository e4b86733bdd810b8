/**
 * The Kubernetes StatefulSet shortcut: asks for replicas and names, previews the members and
 * SANs it will write (see statefulset.ts for why these names), and replaces the member list.
 */
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { modalContainer } from '../modal-root';
import {
  CLUSTER_DOMAIN,
  DEFAULT_STATEFULSET,
  K8S_LABEL,
  applyStatefulSet,
  statefulSetMembers,
  type StatefulSetInput,
} from './statefulset';

type TextKey = Exclude<keyof StatefulSetInput, 'replicas'>;

/** Props of StatefulSetModal. */
export interface StatefulSetModalProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

/** The StatefulSet dialog. */
export function StatefulSetModal({ open, onClose }: StatefulSetModalProps) {
  const { t } = useTranslation();
  const setDraft = useAppStore((s) => s.setDraft);
  const [input, setInput] = useState<StatefulSetInput>(DEFAULT_STATEFULSET);
  const problems: Partial<Record<keyof StatefulSetInput, string>> = {};
  for (const k of ['statefulSet', 'service', 'namespace'] as const)
    if (!K8S_LABEL.test(input[k])) problems[k] = t('setup.sts.badLabel');
  if (!CLUSTER_DOMAIN.test(input.clusterDomain)) problems.clusterDomain = t('setup.sts.badDomain');
  if (!(input.replicas >= 1 && input.replicas <= 99))
    problems.replicas = t('setup.sts.badReplicas');
  const valid = Object.keys(problems).length === 0;
  const preview = valid ? statefulSetMembers(input) : undefined;

  const text = (key: TextKey, label: string) => (
    <Form.Item
      label={label}
      htmlFor={`sts-${key}`}
      validateStatus={problems[key] ? 'error' : undefined}
      help={
        problems[key] ? (
          <span id={`sts-${key}-error`}>{`${label}${t('app.colon')}${problems[key]}`}</span>
        ) : undefined
      }
    >
      <Input
        id={`sts-${key}`}
        value={input[key]}
        spellCheck={false}
        aria-invalid={problems[key] ? true : undefined}
        aria-describedby={problems[key] ? `sts-${key}-error` : undefined}
        onChange={(e) => setInput({ ...input, [key]: e.target.value.trim() })}
      />
    </Form.Item>
  );

  return (
    <Modal
      open={open}
      title={t('setup.sts.title')}
      okText={t('setup.sts.apply')}
      cancelText={t('setup.sts.cancel')}
      okButtonProps={{ disabled: !valid }}
      onOk={() => {
        setDraft((d) => applyStatefulSet(d, input));
        onClose();
      }}
      onCancel={onClose}
      width={720}
      destroyOnHidden
      getContainer={modalContainer}
    >
      <Typography.Paragraph type="secondary">{t('setup.sts.explain')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              label={t('setup.sts.replicas')}
              htmlFor="sts-replicas"
              validateStatus={problems.replicas ? 'error' : undefined}
              help={problems.replicas}
            >
              <InputNumber
                id="sts-replicas"
                min={1}
                max={99}
                precision={0}
                value={input.replicas}
                onChange={(v) => setInput({ ...input, replicas: v ?? 0 })}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            {text('statefulSet', t('setup.sts.name'))}
          </Col>
          <Col xs={24} md={8}>
            {text('service', t('setup.sts.service'))}
          </Col>
          <Col xs={24} md={12}>
            {text('namespace', t('setup.sts.namespace'))}
          </Col>
          <Col xs={24} md={12}>
            {text('clusterDomain', t('setup.sts.domain'))}
          </Col>
        </Row>
      </Form>
      {preview && (
        <section aria-label={t('setup.sts.preview')}>
          <Typography.Text strong>{t('setup.sts.previewMembers')}</Typography.Text>
          <ul style={{ marginTop: 4 }}>
            {preview.members.slice(0, 5).map((m) => (
              <li key={m.name}>
                <Typography.Text code>{m.name}</Typography.Text> →{' '}
                <Typography.Text code>{m.addresses[0]}</Typography.Text>
              </li>
            ))}
            {preview.members.length > 5 && (
              <li>{t('setup.sts.more', { count: preview.members.length - 5 })}</li>
            )}
          </ul>
          <Typography.Text strong>{t('setup.sts.previewSans')}</Typography.Text>
          <ul style={{ marginTop: 4 }}>
            {preview.extraSans.map((s) => (
              <li key={s}>
                <Typography.Text code>{s}</Typography.Text>
              </li>
            ))}
          </ul>
          <Alert type="info" showIcon title={t('setup.sts.replaces')} />
        </section>
      )}
    </Modal>
  );
}
