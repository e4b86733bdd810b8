/** The side-by-side view of the certificates picked in the list, differing fields highlighted. */
import { Empty, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CertificateCompare } from '../components/certificate-compare';
import { useAppStore } from '../store';
import { useInspection, type CertEntry } from './use-inspection';

/** Compare tab. */
export function CompareView() {
  const { t } = useTranslation();
  const { byFingerprint, now } = useInspection();
  const compare = useAppStore((s) => s.inspector.compare);
  const [onlyDiff, setOnlyDiff] = useState(false);
  const picked = compare
    .map((f) => byFingerprint.get(f))
    .filter((e): e is CertEntry => e !== undefined);
  if (picked.length < 2) return <Empty description={t('inspect.compare.pickTwo')} />;
  return (
    <Flex vertical gap={12}>
      <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <Switch checked={onlyDiff} onChange={setOnlyDiff} />
        <Typography.Text>{t('inspect.compare.onlyDiff')}</Typography.Text>
      </label>
      <CertificateCompare
        certs={picked.map((e) => e.cert)}
        titles={picked.map((e) => e.label)}
        onlyDifferences={onlyDiff}
        now={now}
      />
    </Flex>
  );
}
