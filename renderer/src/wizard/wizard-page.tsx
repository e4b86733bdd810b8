/**
 * The wizard: Steps across the top, the current step below, Open and Save of the plan file on
 * every step. A step can be reached from the Steps bar only once every step before it is free
 * of problems, the same rule as its Next buttons.
 */
import { Flex, Spin, Steps, theme } from 'antd';
import { Suspense, startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Panel } from '../components/panel';
import { useAppStore } from '../store';
import { WIZARD_STEPS, type WizardStep } from '../store/wizard-slice';
import { lazyView } from '../lazy-view';
import { MODAL_ROOT_ID } from './modal-root';
import type * as PlanChecks from './validation';
import { PlanFileBar, usePlanMenuCommands } from './start/plan-file-bar';
import { StartStep } from './start/start-step';

// The first step is part of the first screen; the others load when opened (or when idle).
const CaStep = lazyView(() => import('./ca/ca-step'), 'CaStep');
const MembersStep = lazyView(() => import('./members/members-step'), 'MembersStep');
const ClientsStep = lazyView(() => import('./clients/clients-step'), 'ClientsStep');
const ReviewStep = lazyView(() => import('./review/review-step'), 'ReviewStep');
const ExportStep = lazyView(() => import('./export/export-step'), 'ExportStep');
const PlanUploadModal = lazyView(() => import('./start/plan-upload-modal'), 'PlanUploadModal');
const PlanFileNotice = lazyView(() => import('./start/plan-file-notice'), 'PlanFileNotice');

/** The plan file notice, loaded with the first one (Node-side texts are not in the first screen). */
function PlanFileNoticeSlot() {
  const shown = useAppStore((s) => s.plan.notice !== undefined);
  return shown ? (
    <Suspense fallback={null}>
      <PlanFileNotice />
    </Suspense>
  ) : null;
}

/** The plan upload dialog, loaded the first time it opens and kept for its closing animation. */
function PlanUploadSlot() {
  const open = useAppStore((s) => s.wizard.planUploadOpen);
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <PlanUploadModal />
    </Suspense>
  ) : null;
}

const STEP_VIEWS: Record<WizardStep, React.ComponentType> = {
  start: StartStep,
  ca: CaStep,
  members: MembersStep,
  clients: ClientsStep,
  review: ReviewStep,
  export: ExportStep,
};

// The plan checks (the plan schema, zod, the address parser) are not part of the first screen:
// they load at its first idle moment, and until then no step ahead of the current one opens.
let planChecks: typeof PlanChecks | undefined;
// zod first, in a task of its own, then the schemas built on it: the two evaluated in one task
// were the longest task of the first load.
const nextIdle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 500 })
      : setTimeout(resolve, 0),
  );
const loadPlanChecks = () =>
  import('./zod-preload')
    .then(nextIdle)
    .then(() => import('./validation'))
    .then((m) => (planChecks = m));

/** Index of the furthest step the user may open: the first step that still has problems. */
function useFurthestStep(current: number): number {
  const { t } = useTranslation();
  const [checks, setChecks] = useState(planChecks);
  useEffect(() => {
    if (checks) return;
    let live = true;
    // As a transition: the Steps bar updates in short slices, not in one task with zod's start.
    const start = () =>
      void loadPlanChecks().then((m) => live && startTransition(() => setChecks(m)));
    // At the first idle moment, like the other views: not in the first screen's busy time.
    if (typeof requestIdleCallback !== 'function') {
      start();
      return () => {
        live = false;
      };
    }
    const id = requestIdleCallback(start, { timeout: 1000 });
    return () => {
      live = false;
      cancelIdleCallback(id);
    };
  }, [checks]);
  const { draft, mode, imported } = useAppStore(
    useShallow((s) => ({
      draft: s.plan.draft,
      mode: s.wizard.caMode,
      imported: s.wizard.caImport !== undefined,
    })),
  );
  if (!checks) return current;
  const blocked = WIZARD_STEPS.findIndex(
    // Only whether a step is blocked counts here, not the words.
    (s) => checks.stepBlockers(s, draft, { mode, imported }, t, 'en').length > 0,
  );
  return blocked === -1 ? WIZARD_STEPS.length - 1 : blocked;
}

/** Top-level wizard page. */
export function WizardPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const step = useAppStore((s) => s.wizard.step);
  const goToStep = useAppStore((s) => s.goToStep);
  const current = WIZARD_STEPS.indexOf(step);
  const furthest = useFurthestStep(current);
  usePlanMenuCommands();
  const View = STEP_VIEWS[step];
  return (
    <>
      <section aria-labelledby="wizard-title">
        <Flex justify="space-between" align="flex-start" wrap gap={12}>
          <h2 className="etw-title" id="wizard-title">
            {t('wizard.title')}
          </h2>
          <PlanFileBar />
        </Flex>
        <p className="etw-paragraph etw-secondary">{t('wizard.intro')}</p>
        <PlanFileNoticeSlot />
        {/* Sticky under the header on wide windows (global.css), so it never scrolls away. */}
        <nav
          aria-label={t('setup.steps.label')}
          className="wizard-steps"
          style={{ background: token.colorBgLayout, marginBottom: 16 }}
        >
          <Steps
            current={current}
            size="small"
            onChange={(i) => goToStep(WIZARD_STEPS[i]!)}
            items={WIZARD_STEPS.map((s, i) => ({
              title: t(`setup.steps.${s}`),
              // Going back is always allowed; forward only up to the first step with problems.
              disabled: i > current && i > furthest,
            }))}
          />
        </nav>
        <Panel>
          <Suspense fallback={<Spin aria-label={t('app.loading')} />}>
            <View />
          </Suspense>
        </Panel>
        <PlanUploadSlot />
      </section>
      <div id={MODAL_ROOT_ID} />
    </>
  );
}
