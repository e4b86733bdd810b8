/**
 * The question before "Create a new PKI" replaces a draft. A chunk of its own: Ant Design's
 * Popconfirm brings the popup machinery, which the first screen otherwise never needs.
 */
import { Popconfirm } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of ReplaceDraftConfirm: the button it asks for, and what a yes does. */
export interface ReplaceDraftConfirmProps {
  readonly children: ReactElement;
  readonly onConfirm: () => void;
}

/** Asks before the draft is replaced by a new plan. */
export function ReplaceDraftConfirm({ children, onConfirm }: ReplaceDraftConfirmProps) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={t('setup.start.replaceTitle')}
      description={t('setup.start.replaceBody')}
      okText={t('setup.start.replaceOk')}
      cancelText={t('setup.start.replaceCancel')}
      onConfirm={onConfirm}
    >
      {children}
    </Popconfirm>
  );
}
