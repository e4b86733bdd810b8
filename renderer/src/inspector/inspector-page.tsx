/** The inspector (placeholder: decoding and diagnosis of dropped files is built here). */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Top-level inspector page. */
export function InspectorPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="inspector-title">
      <Typography.Title level={2} id="inspector-title">
        {t('inspector.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('inspector.intro')}</Typography.Paragraph>
    </section>
  );
}
