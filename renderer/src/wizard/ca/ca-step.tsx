/** Step 2: the certificate authority, created new or imported, and what it will issue. */
import { Divider, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import type { CaMode } from '../../store/wizard-slice';
import { SetupForm } from '../field';
import { StepHeading } from '../step-heading';
import { StepNav } from '../step-nav';
import { CaCreateForm, LeafSettings } from './ca-create-form';
import { CaImportForm } from './ca-import-form';
import { CaSummary } from './ca-summary';

/** The CA step. */
export function CaStep() {
  const { t } = useTranslation();
  const { mode, imported, setMode } = useAppStore(
    useShallow((s) => ({
      mode: s.wizard.caMode,
      imported: s.wizard.caImport,
      setMode: s.setCaMode,
    })),
  );
  return (
    <SetupForm>
      <StepHeading step="ca" title={t('setup.ca.title')} intro={t('setup.ca.intro')} />
      <Radio.Group
        role="radiogroup"
        aria-label={t('setup.ca.mode')}
        optionType="button"
        buttonStyle="solid"
        value={mode}
        onChange={(e) => setMode(e.target.value as CaMode)}
        options={[
          { value: 'create', label: t('setup.ca.modeCreate') },
          { value: 'import', label: t('setup.ca.modeImport') },
        ]}
        style={{ marginBottom: 20 }}
      />
      {mode === 'create' ? (
        <CaCreateForm />
      ) : imported ? (
        <CaSummary imported={imported} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('setup.ca.importIntro')}</Typography.Paragraph>
          <CaImportForm />
        </>
      )}
      <Divider titlePlacement="start">{t('setup.ca.leafTitle')}</Divider>
      <LeafSettings />
      <StepNav step="ca" />
    </SetupForm>
  );
}
