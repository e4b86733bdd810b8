/**
 * The APISIX host names with a tag per host saying whether every etcd server certificate it
 * can reach would cover it (Go's rules on the SANs issuance will write), plus the warnings the
 * APISIX generator will print, so they are seen before anything is issued.
 */
import { Alert, Flex, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { apisixTarget } from '../../../../shared/generate/apisix-hosts';
import { validatePlan } from '../../../../shared/plan/plan';
import { useAppStore } from '../../store';
import { ContrastTag } from '../field';
import { clusterOf, hostCoverage } from './host-coverage';

/** Coverage of each APISIX host and the generator's warnings. */
export function HostCoverageList() {
  const { t, i18n } = useTranslation();
  const draft = useAppStore((s) => s.plan.draft);
  const { coverage, target } = useMemo(() => {
    const cluster = clusterOf(draft);
    const withApisix = validatePlan({
      version: 1,
      cluster: draft.cluster,
      apisix: draft.apisix,
      etcd: draft.etcd,
    }).plan;
    return {
      coverage: cluster
        ? (draft.apisix?.hosts ?? []).map((h) => hostCoverage(cluster, h))
        : undefined,
      target: withApisix ? apisixTarget(withApisix) : undefined,
    };
  }, [draft]);
  if (!coverage) return <Alert type="info" showIcon title={t('setup.apisix.membersFirst')} />;
  const zh = i18n.language === 'zh-CN';
  return (
    <Flex vertical gap={8}>
      {coverage.length === 0 && target && (
        <Typography.Text type="secondary">
          {t('setup.apisix.defaultHosts')}{' '}
          <Typography.Text code>{target.hosts.join(', ')}</Typography.Text>
        </Typography.Text>
      )}
      {coverage.length > 0 && (
        <ul
          aria-label={t('setup.apisix.coverage')}
          style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}
        >
          {coverage.map((c, i) => (
            <li key={`${i}:${c.host}`} style={{ marginBottom: 4 }}>
              <Typography.Text code>{c.host}</Typography.Text>{' '}
              {c.status === 'invalid' ? (
                <ContrastTag color="red">
                  {t(`setup.address.${c.problem}`, { value: c.host })}
                </ContrastTag>
              ) : c.status === 'covered' ? (
                <ContrastTag color="green">{t('setup.apisix.covered')}</ContrastTag>
              ) : (
                <Tooltip
                  title={c.failures.map((f) => `${f.member}${t('app.colon')}${f.error}`).join('\n')}
                >
                  <ContrastTag color="orange">
                    {t('setup.apisix.notCovered', {
                      members: c.failures.map((f) => f.member).join(', '),
                    })}
                  </ContrastTag>
                </Tooltip>
              )}
              {c.status !== 'invalid' && c.type === 'ip' && !target?.sni && (
                <ContrastTag color="orange">{t('setup.apisix.ipHost')}</ContrastTag>
              )}
            </li>
          ))}
        </ul>
      )}
      {target?.sni && target.sni !== draft.apisix?.sni && (
        <Typography.Text type="secondary">
          {t('setup.apisix.autoSni', { sni: target.sni })}
        </Typography.Text>
      )}
      {/* Per-host warnings are the tags above; the rest (SNI) show here. */}
      {target?.warnings
        .filter((w) => !w.en.startsWith('APISIX host '))
        .map((w) => (
          <Alert key={w.en} type="warning" showIcon title={zh ? w.zh : w.en} />
        ))}
    </Flex>
  );
}
