/** The wizard (placeholder: the wizard steps are built here). */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Top-level wizard page. */
export function WizardPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="wizard-title">
      <Typography.Title level={2} id="wizard-title">
        {t('wizard.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('wizard.intro')}</Typography.Paragraph>
    </section>
  );
}
