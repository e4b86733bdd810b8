/**
 * Open and Save of the plan file, available on every step, plus the application menu's Open Plan
 * and Save Plan (Electron). The notice of what the last open or save did is plan-file-notice.tsx.
 */
import { FolderOpenOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { onMenuCommand } from '../../store/menu-commands';

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
        <span className="etw-secondary" aria-label={t('setup.file.current')}>
          {fileName}
        </span>
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
