/**
 * Where issuance stands: a progress bar while keys are generated (main does the work, the UI
 * keeps responding), the error with a retry, or what was issued with a button to issue again.
 */
import { Alert, Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { useText } from '../../i18n/use-text';

/** The status line of the review step. */
export function IssueStatus({ stale }: { readonly stale: boolean }) {
  const { t } = useTranslation();
  const text = useText();
  const { status, progress, error, count } = useAppStore(
    useShallow((s) => ({
      status: s.issue.status,
      progress: s.issue.progress,
      error: s.issue.error,
      count: s.issue.result?.certificates.length ?? 0,
    })),
  );
  const issue = useAppStore((s) => s.issueCertificates);
  if (status === 'running') {
    const percent = progress ? Math.round((progress.done / progress.total) * 100) : 0;
    return (
      <Flex vertical gap={4} role="status" aria-live="polite">
        <Typography.Text>
          {progress
            ? t('review.issue.progress', {
                done: progress.done,
                total: progress.total,
                label: progress.label,
              })
            : t('review.issue.starting')}
        </Typography.Text>
        <Progress percent={percent} status="active" aria-label={t('review.issue.progressLabel')} />
      </Flex>
    );
  }
  if (status === 'error' && error)
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('review.issue.failed')}
        description={error.path ? `${text(error.text)} (${error.path})` : text(error.text)}
        action={<Button onClick={() => void issue()}>{t('review.issue.retry')}</Button>}
      />
    );
  if (status === 'done' && !stale)
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={t('review.issue.done', { count })}
        action={<Button onClick={() => void issue()}>{t('review.issue.again')}</Button>}
      />
    );
  return null;
}
