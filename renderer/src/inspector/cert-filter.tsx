/** One filter box for the certificate views (list, roles, endpoints, expiry): big sets stay usable. */
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

/** The filter box. */
export function CertFilter() {
  const { t } = useTranslation();
  const value = useAppStore((s) => s.inspector.certFilter);
  const set = useAppStore((s) => s.setCertFilter);
  return (
    <Input.Search
      allowClear
      aria-label={t('inspect.certs.filter')}
      placeholder={t('inspect.certs.filter')}
      value={value}
      onChange={(e) => set(e.target.value)}
      style={{ maxWidth: 360 }}
    />
  );
}
