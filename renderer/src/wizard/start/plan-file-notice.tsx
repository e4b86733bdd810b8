/**
 * The notice of what the last open or save of the plan file did. Its own module, loaded with
 * the first notice (or at an idle moment before): it renders the Node side's texts, whose
 * catalogue the first screen does not carry.
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { pathLabel } from '../field-labels';
import { useText } from '../../i18n/use-text';

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
