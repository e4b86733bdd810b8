/**
 * Wizard step 5, Review: issues the planned certificates (progress while keys are generated),
 * then shows the trust topology, every certificate with its lint findings and one-click fixes,
 * and live previews of every generated file. Next leads to the export.
 */
import { Alert, Button, Flex, Typography } from 'antd';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { validatePlan } from '../../../../shared/plan/plan';
import { lintLocaleOf } from '../../components/finding-list';
import { useNow } from '../../components/certificate-card';
import { useAppStore, type AppState } from '../../store';
import { issueKey } from '../../store/issue-slice';
import { registerIssueStarter } from '../../store/issue-early';
import { StepHeading } from '../step-heading';
import { TopologyDiagram } from '../topology/topology-diagram';
import { CertificateList } from './certificate-list';
import { FilePreviews } from './file-previews';
import { IssueStatus } from './issue-status';
import { lintIssued } from './review-lint';
import { useText } from '../../i18n/use-text';

/** An imported CA was chosen but none is loaded yet. */
const importMissingOf = (s: AppState): boolean =>
  s.wizard.caMode === 'import' && s.wizard.caImport === undefined;

/** Whether arriving at Review (with a valid plan) issues: nothing running, nothing fresh. */
const issuesOnArrival = (s: AppState): boolean =>
  !importMissingOf(s) && s.issue.status !== 'running' && s.issue.key !== issueKey(s);

// The click that opens the step starts issuing at once (wizard-slice's goToStep), so the request
// does not wait for the step's first render; the step's effect below is the fallback.
registerIssueStarter(() => {
  const s = useAppStore.getState();
  if (issuesOnArrival(s) && validatePlan(s.plan.draft).plan) void s.issueCertificates();
});

/** Step 5 of the wizard. */
export function ReviewStep() {
  const { t, i18n } = useTranslation();
  const text = useText();
  const now = useNow();
  const { draft, status, key, currentKey, result, importMissing } = useAppStore(
    useShallow((s) => ({
      draft: s.plan.draft,
      status: s.issue.status,
      key: s.issue.key,
      currentKey: issueKey(s),
      result: s.issue.result,
      importMissing: importMissingOf(s),
    })),
  );
  const issue = useAppStore((s) => s.issueCertificates);
  // The step opens with its status line (and starts issuing) at once; the topology and the file
  // previews follow in a deferred render that React cuts into short slices.
  const settled = useDeferredValue(true, false);
  const goToStep = useAppStore((s) => s.goToStep);
  const checked = useMemo(() => validatePlan(draft), [draft]);
  const plan = checked.plan;
  const stale = key !== currentKey;
  const fresh = status === 'done' && !stale && result !== undefined;

  // Issue on arrival and whenever the plan changed since: review always shows the real thing.
  // (Arrival by a click has usually started it already: see registerIssueStarter above.)
  useEffect(() => {
    if (plan && issuesOnArrival(useAppStore.getState())) void issue();
  }, [plan, importMissing, status, stale, issue]);

  // The cards and their lint follow the result as a deferred update: the status line answers
  // at once, the ten-odd cards render in short slices instead of one long task.
  const shown = useDeferredValue(fresh ? result : undefined);
  const findings = useMemo(
    () =>
      plan && shown
        ? lintIssued(plan, shown.certificates, new Date(now), lintLocaleOf(i18n.language))
        : new Map(),
    [plan, shown, now, i18n.language],
  );
  const problems = [...findings.values()].flat().filter((f) => f.severity === 'error').length;
  // The machine whose files are previewed: picked in the topology or above the previews.
  const [machine, setMachine] = useState<string>();
  const filesRef = useRef<HTMLElement>(null);
  const pickNode = (id: string) => {
    setMachine(id);
    filesRef.current?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <section aria-labelledby="step-review-title">
      <StepHeading step="review" title={t('review.title')} intro={t('review.intro')} />
      <Flex vertical gap={24}>
        {!plan && (
          <Alert
            type="error"
            showIcon
            title={t('review.invalid')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {checked.issues.map((i) => (
                  <li key={`${i.path}-${i.text.id}`}>
                    <Typography.Text code>{i.path}</Typography.Text> {text(i.text)}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {importMissing && <Alert type="warning" showIcon title={t('review.importMissing')} />}
        <IssueStatus stale={stale} />
        {plan && settled && (
          <section aria-labelledby="review-topology">
            <Typography.Title level={4} id="review-topology">
              {t('review.topology.heading')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              {t('review.topology.hint')}
            </Typography.Paragraph>
            <TopologyDiagram
              plan={plan}
              // Until one is picked, the previews show the first member's files.
              selected={machine ?? `member:${plan.cluster.members[0]?.name ?? ''}`}
              onSelect={pickNode}
            />
          </section>
        )}
        {plan && settled && (
          <section aria-labelledby="review-files" ref={filesRef}>
            <Typography.Title level={4} id="review-files">
              {t('review.files.heading')}
            </Typography.Title>
            <FilePreviews
              plan={plan}
              machine={machine}
              onMachine={setMachine}
              hold={status === 'running' || (fresh && shown === undefined)}
            />
          </section>
        )}
        {fresh && plan && shown && (
          <section aria-labelledby="review-certs">
            <Typography.Title level={4} id="review-certs">
              {t('review.certs.heading', { count: shown.certificates.length })}
            </Typography.Title>
            {problems > 0 && (
              <Alert
                type="error"
                showIcon
                title={t('review.certs.problems', { count: problems })}
                style={{ marginBottom: 12 }}
              />
            )}
            <CertificateList certs={shown.certificates} findings={findings} now={new Date(now)} />
          </section>
        )}
        <Flex justify="space-between">
          <Button onClick={() => goToStep('clients')}>{t('review.back')}</Button>
          <Button type="primary" disabled={!fresh} onClick={() => goToStep('export')}>
            {t('review.next')}
          </Button>
        </Flex>
      </Flex>
    </section>
  );
}
