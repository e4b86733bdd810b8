/** What the inspection found: a summary, renewal, and one tab per view. */
import { Alert, Button, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';
import { CertTable } from './cert-table';
import { CompareView } from './compare-view';
import { EndpointGrid } from './endpoint-grid';
import { ExpiryView } from './expiry-view';
import { FileTable } from './file-table';
import { FindingsView } from './findings-view';
import { RolesView } from './roles-view';

/** The results area. */
export function InspectorResults() {
  const { t } = useTranslation();
  const { files, analysis, compare } = useAppStore(
    useShallow((s) => ({
      files: s.inspector.files,
      analysis: s.inspector.analysis,
      compare: s.inspector.compare,
    })),
  );
  const startRenewal = useAppStore((s) => s.startRenewal);
  const resetInspector = useAppStore((s) => s.resetInspector);
  const [tab, setTab] = useState('files');
  if (!analysis) return null;
  const skipped = files.filter((f) => f.skipped).length;
  const bad = files.filter((f) => f.error && !f.skipped).length;
  const canRenew = analysis.certificates.some(
    (c) => !c.roles.includes('ca') && c.purpose === undefined,
  );
  // Zero problems are left out, so what needs attention stands out.
  const summary = [
    t('inspect.summary.files', { count: files.length }),
    t('inspect.summary.certs', { count: analysis.certificates.length }),
    ...(analysis.notEtcd > 0 ? [t('inspect.summary.notEtcd', { count: analysis.notEtcd })] : []),
    t('inspect.summary.keys', { count: analysis.keys.length }),
    t('inspect.summary.errors', { count: analysis.lintErrors }),
    t('inspect.summary.warnings', { count: analysis.lintWarnings }),
    ...(analysis.lintNotes > 0 ? [t('inspect.summary.notes', { count: analysis.lintNotes })] : []),
    ...(bad > 0 ? [t('inspect.summary.bad', { count: bad })] : []),
    ...(skipped > 0 ? [t('inspect.summary.skipped', { count: skipped })] : []),
  ].join(' · ');
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text role="status" data-testid="inspect-summary">
          {summary}
        </Typography.Text>
        <Flex gap={8}>
          {canRenew && (
            <Button onClick={() => void startRenewal()}>{t('inspect.renew.button')}</Button>
          )}
          <Button onClick={resetInspector}>{t('inspect.clear')}</Button>
        </Flex>
      </Flex>
      {canRenew && <Alert type="info" showIcon title={t('inspect.renew.hint')} />}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'files', label: t('inspect.tabs.files'), children: <FileTable /> },
          { key: 'certs', label: t('inspect.tabs.certs'), children: <CertTable /> },
          {
            key: 'compare',
            label: t('inspect.tabs.compare', { count: compare.length }),
            children: <CompareView />,
          },
          { key: 'roles', label: t('inspect.tabs.roles'), children: <RolesView /> },
          { key: 'endpoints', label: t('inspect.tabs.endpoints'), children: <EndpointGrid /> },
          { key: 'expiry', label: t('inspect.tabs.expiry'), children: <ExpiryView /> },
          { key: 'findings', label: t('inspect.tabs.findings'), children: <FindingsView /> },
        ]}
      />
    </Flex>
  );
}
