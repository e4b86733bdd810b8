/**
 * Step 1: how to begin. A new PKI (the default plan), a saved plan file, an existing bundle
 * (renew, change members, rotate the CA), or the inspector for certificates that already exist.
 * A draft from an earlier session can be continued.
 */
import {
  FileSearchOutlined,
  FolderOutlined,
  FolderOpenOutlined,
  PlusCircleOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { Button } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Panel } from '../../components/panel';
import { useAppStore } from '../../store';
import { INITIAL_DRAFT } from '../../store/plan-slice';
import { lazyView } from '../../lazy-view';
import { StepHeading } from '../step-heading';

// Asked only when a draft would be lost: loaded then (or when idle), not with the first screen.
const ReplaceDraftConfirm = lazyView(
  () => import('./replace-draft-confirm'),
  'ReplaceDraftConfirm',
);

const INITIAL_JSON = JSON.stringify(INITIAL_DRAFT);

interface ChoiceProps {
  readonly icon: ReactNode;
  readonly title: string;
  readonly body: string;
  readonly action: ReactNode;
}

function Choice({ icon, title, body, action }: ChoiceProps) {
  return (
    <Panel
      style={{ height: '100%' }}
      bodyStyle={{ display: 'flex', flexDirection: 'column', height: '100%', gap: 8 }}
    >
      <h4 className="etw-title" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        {icon}
        {title}
      </h4>
      <p className="etw-paragraph etw-secondary" style={{ flex: 1 }}>
        {body}
      </p>
      <div>{action}</div>
    </Panel>
  );
}

/** The start step. */
export function StartStep() {
  const { t } = useTranslation();
  const { hasDraft, fileName, startNewPlan, requestOpenPlan, goToStep, setPage } = useAppStore(
    useShallow((s) => ({
      hasDraft: JSON.stringify(s.plan.draft) !== INITIAL_JSON,
      fileName: s.plan.fileName,
      startNewPlan: s.startNewPlan,
      requestOpenPlan: s.requestOpenPlan,
      goToStep: s.goToStep,
      setPage: s.setPage,
    })),
  );
  const newButton = (
    <Button type={hasDraft ? 'default' : 'primary'} onClick={hasDraft ? undefined : startNewPlan}>
      {t('setup.start.newAction')}
    </Button>
  );
  return (
    <>
      <StepHeading step="start" title={t('setup.start.title')} intro={t('setup.start.intro')} />
      <div className="etw-choices">
        {hasDraft && (
          <Choice
            icon={<RollbackOutlined aria-hidden />}
            title={t('setup.start.continueTitle')}
            body={
              fileName
                ? t('setup.start.continueFile', { name: fileName })
                : t('setup.start.continueBody')
            }
            action={
              <Button type="primary" onClick={() => goToStep('ca')}>
                {t('setup.start.continueAction')}
              </Button>
            }
          />
        )}
        <Choice
          icon={<PlusCircleOutlined aria-hidden />}
          title={t('setup.start.newTitle')}
          body={t('setup.start.newBody')}
          action={
            hasDraft ? (
              // Until the confirmation's code is here, the button shows and does nothing.
              <Suspense fallback={newButton}>
                <ReplaceDraftConfirm onConfirm={startNewPlan}>{newButton}</ReplaceDraftConfirm>
              </Suspense>
            ) : (
              newButton
            )
          }
        />
        <Choice
          icon={<FolderOpenOutlined aria-hidden />}
          title={t('setup.start.openTitle')}
          body={t('setup.start.openBody')}
          action={
            <Button onClick={() => void requestOpenPlan()}>{t('setup.start.openAction')}</Button>
          }
        />
        <Choice
          icon={<FolderOutlined aria-hidden />}
          title={t('setup.start.day2Title')}
          body={t('setup.start.day2Body')}
          action={<Button onClick={() => setPage('day2')}>{t('setup.start.day2Action')}</Button>}
        />
        <Choice
          icon={<FileSearchOutlined aria-hidden />}
          title={t('setup.start.inspectTitle')}
          body={t('setup.start.inspectBody')}
          action={
            <Button onClick={() => setPage('inspector')}>{t('setup.start.inspectAction')}</Button>
          }
        />
      </div>
    </>
  );
}
