/**
 * A read-only, highlighted view of one generated file with a copy button. Colours are picked per
 * theme for at least 4.5:1 contrast on the code background; they are set through React's style
 * property (CSSOM), which the page's strict CSP allows, rather than an injected stylesheet.
 */
import { CopyOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, message as antMessage, theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDark } from '../../shell/use-color-scheme';
import { useAppStore } from '../../store';
import { languageOf, tokenize, type TokenType } from './highlight';

const LIGHT: Record<TokenType, string | undefined> = {
  plain: undefined,
  comment: '#5b6169',
  key: '#1d5d9b',
  string: '#23651b',
  number: '#9c4112',
  keyword: '#8a2a8a',
  variable: '#7a4b00',
  flag: '#1d5d9b',
  section: '#8a2a8a',
  punct: '#5b6169',
};
const DARK: Record<TokenType, string | undefined> = {
  plain: undefined,
  comment: '#a3a9b1',
  key: '#7cc4fa',
  string: '#a6dba0',
  number: '#f5b88a',
  keyword: '#e3a8f0',
  variable: '#f2d27a',
  flag: '#7cc4fa',
  section: '#e3a8f0',
  punct: '#a3a9b1',
};

/** Props of CodeView. */
export interface CodeViewProps {
  readonly path: string;
  readonly content: string;
  /** Wrap long lines (prose such as a runbook) instead of scrolling sideways. */
  readonly wrap?: boolean;
}

/** The highlighted file with its copy button. */
export function CodeView({ path, content, wrap }: CodeViewProps) {
  const dark = useDark(useAppStore((s) => s.ui.theme));
  const { t } = useTranslation();
  const { token } = theme.useToken();
  // Its own holder (not App.useApp): the app root does without Ant Design's App.
  const [message, messageHolder] = antMessage.useMessage();
  const lines = useMemo(() => tokenize(content, languageOf(path)), [content, path]);
  const palette = dark ? DARK : LIGHT;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(content);
      void message.success(t('review.files.copied', { path }));
    } catch {
      void message.error(t('review.files.copyFailed'));
    }
  };
  return (
    <Flex vertical gap={8}>
      {messageHolder}
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text code>{path}</Typography.Text>
        <Button
          icon={<CopyOutlined />}
          onClick={() => void copy()}
          aria-label={t('review.files.copyLabel', { path })}
        >
          {t('review.files.copy')}
        </Button>
      </Flex>
      <pre
        tabIndex={0}
        aria-label={t('review.files.contentLabel', { path })}
        style={{
          margin: 0,
          padding: 12,
          maxHeight: 480,
          overflow: 'auto',
          ...(wrap ? { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } : {}),
          background: dark ? '#1b1b1f' : '#f6f7f9',
          color: dark ? '#e6e6e6' : '#1f2328',
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadius,
          fontSize: 12.5,
          lineHeight: 1.5,
          fontFamily: token.fontFamilyCode,
        }}
      >
        <code>
          {lines.map((line, i) => (
            <span key={i}>
              {line.map((tok, j) =>
                palette[tok.type] ? (
                  <span key={j} style={{ color: palette[tok.type] }}>
                    {tok.text}
                  </span>
                ) : (
                  tok.text
                ),
              )}
              {i < lines.length - 1 ? '\n' : ''}
            </span>
          ))}
        </code>
      </pre>
    </Flex>
  );
}
