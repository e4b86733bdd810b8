/** Language and theme switches in the header; both take effect at once and are remembered. */
import { DesktopOutlined, MoonOutlined, SunOutlined } from '@ant-design/icons';
import { Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { resolveLanguage, type Language } from '../i18n';
import { useAppStore } from '../store';
import type { ThemePref } from '../store/ui-slice';

/** The header's right-hand controls. */
export function HeaderControls() {
  const { t } = useTranslation();
  const language = useAppStore((s) => resolveLanguage(s.ui.language));
  const theme = useAppStore((s) => s.ui.theme);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <Space size="middle" wrap={false}>
      <Radio.Group
        role="radiogroup"
        aria-label={t('header.language')}
        size="small"
        optionType="button"
        value={language}
        onChange={(e) => setLanguage(e.target.value as Language)}
        options={[
          { value: 'en', label: <span lang="en">English</span> },
          { value: 'zh-CN', label: <span lang="zh-CN">中文</span> },
        ]}
      />
      <Radio.Group
        role="radiogroup"
        aria-label={t('header.theme')}
        size="small"
        optionType="button"
        value={theme}
        onChange={(e) => setTheme(e.target.value as ThemePref)}
        options={[
          {
            value: 'light',
            label: (
              <>
                <SunOutlined aria-hidden /> {t('header.light')}
              </>
            ),
          },
          {
            value: 'dark',
            label: (
              <>
                <MoonOutlined aria-hidden /> {t('header.dark')}
              </>
            ),
          },
          {
            value: 'system',
            label: (
              <>
                <DesktopOutlined aria-hidden /> {t('header.system')}
              </>
            ),
          },
        ]}
      />
    </Space>
  );
}
