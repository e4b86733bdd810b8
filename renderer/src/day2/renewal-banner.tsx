/**
 * The banner of a renewal started from the inspector: which certificates are being renewed, what
 * the inspector found that the renewal fixes (in the current language), and the CA it uses.
 */
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { lintLocaleOf, localizeFinding } from '../components/finding-list';
import { useAppStore } from '../store';

/** The banner, when there is one. */
export function RenewalBannerView() {
  const { t, i18n } = useTranslation();
  const banner = useAppStore((s) => s.day2.banner);
  const dismiss = useAppStore((s) => s.dismissDay2Banner);
  if (!banner) return null;
  const locale = lintLocaleOf(i18n.language);
  return (
    <Alert
      type="info"
      showIcon
      closable={{ 'aria-label': t('day2.banner.dismiss'), onClose: dismiss }}
      title={t('day2.banner.title')}
      description={
        <Flex vertical gap={4}>
          <Typography.Text>
            {t('day2.banner.renewing', {
              count: banner.certificates.length,
              names: banner.certificates
                .map((c) => `${c.name} (${t(`day2.bundle.kind.${c.role}`)})`)
                .join(', '),
            })}
          </Typography.Text>
          {banner.fixes.length > 0 ? (
            <>
              <Typography.Text>{t('day2.banner.fixes')}</Typography.Text>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {banner.fixes.map(({ name, role, finding }, i) => {
                  const f = localizeFinding(finding, locale);
                  return (
                    <li key={`${name}-${role}-${f.ruleId}-${i}`}>
                      <Typography.Text strong>
                        {name} ({t(`day2.bundle.kind.${role}`)})
                      </Typography.Text>
                      : {f.title}
                      {f.detail ? ` — ${f.detail}` : ''}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <Typography.Text>{t('day2.banner.fixesNone')}</Typography.Text>
          )}
          {banner.caSubject && (
            <Typography.Text type="secondary">
              {t('day2.banner.caFilled', { subject: banner.caSubject })}
            </Typography.Text>
          )}
        </Flex>
      }
    />
  );
}
