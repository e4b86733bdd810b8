/**
 * Back and Next of a setup step. Next is the validation gate: while the step's part of the plan
 * has problems it does not move on, and instead lists every problem (field and what is wrong)
 * and turns on the messages of fields not yet typed into.
 */
import { Alert, Button, Flex } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';
import { WIZARD_STEPS, type WizardStep } from '../store/wizard-slice';
import { stepBlockers } from './validation';
import { textLanguage } from '../i18n/use-text';

/** The problems that keep a step from moving on, in the user's language (empty: free to go). */
export function useStepBlockers(step: WizardStep): string[] {
  const { t, i18n } = useTranslation();
  const { draft, mode, imported } = useAppStore(
    useShallow((s) => ({
      draft: s.plan.draft,
      mode: s.wizard.caMode,
      imported: s.wizard.caImport !== undefined,
    })),
  );
  // i18n.language is a dependency so that the texts follow a language switch.
  return useMemo(
    () => stepBlockers(step, draft, { mode, imported }, t, textLanguage(i18n.language)),
    [step, draft, mode, imported, t, i18n.language],
  );
}

/** Props of StepNav. */
export interface StepNavProps {
  readonly step: WizardStep;
}

/** The step's Back and Next buttons, with the summary of what blocks Next. */
export function StepNav({ step }: StepNavProps) {
  const { t } = useTranslation();
  const blockers = useStepBlockers(step);
  const attempted = useAppStore((s) => s.wizard.attempted[step] === true);
  const goToStep = useAppStore((s) => s.goToStep);
  const markAttempted = useAppStore((s) => s.markAttempted);
  const index = WIZARD_STEPS.indexOf(step);
  const prev = WIZARD_STEPS[index - 1];
  const next = WIZARD_STEPS[index + 1];
  const showBlockers = attempted && blockers.length > 0;

  const onNext = () => {
    if (blockers.length > 0) {
      markAttempted(step);
      return;
    }
    if (next) goToStep(next);
  };

  return (
    <Flex vertical gap={16} style={{ marginTop: 24 }}>
      {showBlockers && (
        <Alert
          type="error"
          showIcon
          role="alert"
          id={`${step}-blockers`}
          title={t('setup.nav.blocked', { count: blockers.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          }
        />
      )}
      <Flex justify="space-between">
        {prev ? <Button onClick={() => goToStep(prev)}>{t('setup.nav.back')}</Button> : <span />}
        {next && (
          <Button
            type="primary"
            onClick={onNext}
            aria-describedby={showBlockers ? `${step}-blockers` : undefined}
          >
            {t('setup.nav.next')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
