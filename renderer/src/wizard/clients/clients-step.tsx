/**
 * Step 4: who talks to etcd. kube-apiserver, etcdctl (also used for health checks) and APISIX
 * are built in with the names and settings they need; anything else is a custom client.
 */
import { Card, Checkbox, Divider, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { SetupForm } from '../field';
import { TextField } from '../fields/basic-fields';
import { StepHeading } from '../step-heading';
import { StepNav } from '../step-nav';
import { ApisixSettings } from './apisix-settings';
import { hasKind, setBuiltin } from './client-updates';
import { CustomClients } from './custom-clients';

const BUILTINS = ['kube-apiserver', 'etcdctl', 'apisix'] as const;

/** The clients step. */
export function ClientsStep() {
  const { t } = useTranslation();
  const draft = useAppStore((s) => s.plan.draft);
  const setDraft = useAppStore((s) => s.setDraft);
  const apisix = hasKind(draft, 'apisix');
  const namespace = draft.kubernetes?.namespace;
  return (
    <SetupForm>
      <StepHeading
        step="clients"
        title={t('setup.clients.title')}
        intro={t('setup.clients.intro')}
      />
      <Flex vertical gap={12} role="group" aria-label={t('setup.clients.builtins')}>
        {BUILTINS.map((kind) => (
          <Card key={kind} size="small">
            <Checkbox
              checked={hasKind(draft, kind)}
              onChange={(e) => setDraft(setBuiltin(kind, e.target.checked))}
            >
              <Typography.Text strong>{t(`setup.clients.${kind}.name`)}</Typography.Text>
            </Checkbox>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0 24px' }}>
              {t(`setup.clients.${kind}.body`)}
            </Typography.Paragraph>
            {kind === 'apisix' && apisix && (
              <div style={{ margin: '16px 0 0 24px' }}>
                <ApisixSettings />
              </div>
            )}
          </Card>
        ))}
      </Flex>
      <Divider titlePlacement="start">{t('setup.clients.customTitle')}</Divider>
      <CustomClients />
      <Divider titlePlacement="start">{t('setup.clients.k8sTitle')}</Divider>
      <TextField
        step="clients"
        id="secret-namespace"
        label={t('setup.field.secretNamespace')}
        path="kubernetes.namespace"
        value={namespace}
        extra={t('setup.clients.secretNamespaceHelp')}
        spellCheck={false}
        placeholder="kube-system"
        inputStyle={{ maxWidth: 320 }}
        onChange={(v) => setDraft((d) => ({ ...d, kubernetes: v ? { namespace: v } : {} }))}
      />
      <StepNav step="clients" />
    </SetupForm>
  );
}
