/** The lint findings of the core, grouped by certificate, each with what to do about it. */
import { Card, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { FindingList } from '../components/finding-list';
import { useInspection } from './use-inspection';

/** Findings per certificate (certificates without findings are left out). */
export function FindingsView() {
  const { t } = useTranslation();
  const { entries } = useInspection();
  const withFindings = entries.filter((e) => e.report.findings.length > 0);
  if (withFindings.length === 0) return <Empty description={t('inspect.findings.none')} />;
  return (
    <Flex vertical gap={12}>
      {withFindings.map((e) => (
        <Card
          key={e.cert.fingerprintSha256}
          size="small"
          title={`${e.label} — ${e.report.file}`}
          role="region"
          aria-label={t('inspect.findings.of', { name: e.label })}
        >
          <FindingList findings={e.report.findings} />
        </Card>
      ))}
    </Flex>
  );
}
