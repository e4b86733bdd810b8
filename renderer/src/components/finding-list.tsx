/**
 * Lint findings of one certificate, in the current UI language. Findings carry their texts in the
 * language they were made in; the rule id and params let us render them again in the other one,
 * so switching the language never needs a new round trip to the main process.
 */
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fillTemplate, lintMessages, type Finding, type LintLocale } from '../../../shared/lint';
import { localDateParams } from '../format/date-time';

/**
 * A finding's texts in the given language (falls back to the texts it came with). Dates among
 * its params (notAfter, caNotAfter…) come as ISO instants and are shown in local time; quoted
 * tool output (goError) keeps the instants Go prints.
 */
export function localizeFinding(finding: Finding, locale: LintLocale): Finding {
  const text = lintMessages(locale).rules[finding.ruleId];
  if (!text) return finding;
  return {
    ...finding,
    title: text.title,
    explanation: text.explanation,
    seenAs: text.seenAs,
    fix: text.fix,
    detail: fillTemplate(text.detail, localDateParams(finding.params)),
  };
}

/** The lint locale matching an i18next language tag. */
export const lintLocaleOf = (language: string): LintLocale =>
  language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

const ALERT_TYPE = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Renders findings as alerts: title, this certificate's detail, what the user sees, what to do. */
export function FindingList({ findings }: { readonly findings: readonly Finding[] }) {
  const { t, i18n } = useTranslation();
  const locale = lintLocaleOf(i18n.language);
  if (findings.length === 0) return null;
  return (
    <Flex vertical gap={8} role="list" aria-label={t('inspect.card.findings')}>
      {findings.map((raw, i) => {
        const f = localizeFinding(raw, locale);
        return (
          <div role="listitem" key={`${f.ruleId}-${f.role}-${i}`}>
            <Alert
              type={ALERT_TYPE[f.severity]}
              showIcon
              title={`${t(`inspect.severity.${f.severity}`)}${t('app.colon')}${f.title}`}
              description={
                <Flex vertical gap={2}>
                  {f.detail && <Typography.Text>{f.detail}</Typography.Text>}
                  <Typography.Text type="secondary">
                    {t('inspect.card.seenAs')}
                    {t('app.colon')}
                    <Typography.Text code>{f.seenAs}</Typography.Text>
                  </Typography.Text>
                  <Typography.Text>
                    {t('inspect.card.fix')}
                    {t('app.colon')}
                    {f.fix}
                  </Typography.Text>
                </Flex>
              }
            />
          </div>
        );
      })}
    </Flex>
  );
}
