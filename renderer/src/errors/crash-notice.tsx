/** What replaces the window's content after a render error (the dialog tells the details). */
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** The notice in place of a crashed view. */
export function CrashNotice() {
  const { t } = useTranslation();
  return <Result status="error" title={t('errors.title')} subTitle={t('errors.body')} />;
}
