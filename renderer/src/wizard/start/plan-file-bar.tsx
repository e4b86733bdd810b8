/**
 * Open and Save of the plan file, available on every step, plus the application menu's Open Plan
 * and Save Plan (Electron), and the notice of what the last open or save did.
 */
import { FolderOpenOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { onMenuCommand } from '../../store/menu-commands';
import { pathLabel } from '../field-labels';
import { useText } from '../../i18n/use-text';

/** Registers the menu's plan commands while the wizard is shown. */
export function usePlanMenuCommands(): void {
  const requestOpenPlan = useAppStore((s) => s.requestOpenPlan);
  const savePlan = useAppStore((s) => s.savePlan);
  useEffect(() => {
    const offOpen = onMenuCommand('open-plan', () => void requestOpenPlan());
    const offSave = onMenuCommand('save-plan', () => void savePlan());
    return () => {
      offOpen();
      offSave();
    };
  }, [requestOpenPlan, savePlan]);
}

/** The Open and Save buttons with the current file name. */
export function PlanFileBar() {
  const { t } = useTranslation();
  const fileName = useAppStore((s) => s.plan.fileName);
  const { requestOpenPlan, savePlan } = useAppStore(
    useShallow((s) => ({ requestOpenPlan: s.requestOpenPlan, savePlan: s.savePlan })),
  );
  return (
    <Space wrap>
      {fileName && (
        <Typography.Text type="secondary" aria-label={t('setup.file.current')}>
          {fileName}
        </Typography.Text>
      )}
      <Button icon={<FolderOpenOutlined aria-hidden />} onClick={() => void requestOpenPlan()}>
        {t('setup.file.open')}
      </Button>
      <Button icon={<SaveOutlined aria-hidden />} onClick={() => void savePlan()}>
        {t('setup.file.save')}
      </Button>
    </Space>
  );
}

/** What the last open or save did (an opened plan's problems are listed with their fields). */
export function PlanFileNotice() {
  const { t } = useTranslation();
  const text = useText();
  const notice = useAppStore((s) => s.plan.notice);
  const dismiss = useAppStore((s) => s.dismissPlanNotice);
  if (!notice) return null;
  const common = {
    showIcon: true,
    closable: { 'aria-label': t('setup.file.dismiss') },
    onClose: dismiss,
    style: { marginBottom: 16 },
  };
  if (notice.kind === 'error')
    return (
      <Alert
        {...common}
        type="error"
        role="alert"
        title={t('setup.file.failed')}
        description={text(notice.error.text)}
      />
    );
  if (notice.kind === 'saved')
    return (
      <Alert
        {...common}
        type="success"
        role="status"
        title={t('setup.file.saved', { name: notice.name })}
      />
    );
  if (notice.issues.length === 0)
    return (
      <Alert
        {...common}
        type="success"
        role="status"
        title={t('setup.file.opened', { name: notice.name })}
      />
    );
  return (
    <Alert
      {...common}
      type="warning"
      role="status"
      title={t('setup.file.openedWithIssues', { name: notice.name, count: notice.issues.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {notice.issues.slice(0, 8).map((i) => (
            <li key={`${i.path}:${i.text.id}`}>
              {i.line ? t('setup.file.line', { line: i.line }) : ''}
              {pathLabel(i.path, t)} ({i.path || '/'}): {text(i.text)}
            </li>
          ))}
        </ul>
      }
    />
  );
}
