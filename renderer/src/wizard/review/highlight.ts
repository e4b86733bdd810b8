/**
 * A small line tokenizer for the files the bundle holds (YAML, shell, env/systemd ini, Markdown),
 * so that previews are highlighted without a library that injects styles (CSP stays strict).
 * Tokens always concatenate back to the exact input line.
 */

/** What a piece of text is. */
export type TokenType =
  | 'plain'
  | 'comment'
  | 'key'
  | 'string'
  | 'number'
  | 'keyword'
  | 'variable'
  | 'flag'
  | 'section'
  | 'punct';

/** One highlighted piece of a line. */
export interface Token {
  readonly type: TokenType;
  readonly text: string;
}

/** Languages the previews know. */
export type Language = 'yaml' | 'shell' | 'ini' | 'markdown' | 'text';

/** The language of a bundle file, by its name. */
export function languageOf(path: string): Language {
  const name = path.split('/').pop() ?? path;
  if (/\.ya?ml$/.test(name)) return 'yaml';
  if (/\.sh$/.test(name) || name === 'etcdctl.flags' || /\.flags$/.test(name)) return 'shell';
  if (/\.(env|service|conf|ini)$/.test(name)) return 'ini';
  if (/\.md$/.test(name)) return 'markdown';
  return 'text';
}

type Rule = readonly [RegExp, TokenType];

/** Applies sticky rules left to right; unmatched characters become plain text. */
function scan(line: string, rules: readonly Rule[]): Token[] {
  const out: Token[] = [];
  const push = (type: TokenType, text: string) => {
    const last = out[out.length - 1];
    if (last && last.type === type) out[out.length - 1] = { type, text: last.text + text };
    else out.push({ type, text });
  };
  let i = 0;
  outer: while (i < line.length) {
    for (const [re, type] of rules) {
      re.lastIndex = i;
      const m = re.exec(line);
      if (m && m[0].length > 0) {
        push(type, m[0]);
        i += m[0].length;
        continue outer;
      }
    }
    push('plain', line[i]!);
    i += 1;
  }
  return out;
}

const r = (src: string): RegExp => new RegExp(src, 'y');

const VALUE_RULES: readonly Rule[] = [
  [r(`\\s+#.*$`), 'comment'],
  [r(`"(?:[^"\\\\]|\\\\.)*"|'[^']*'`), 'string'],
  [r(`\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*`), 'variable'],
  [r(`(?<![\\w.-])-?\\d+(?:\\.\\d+)?(?![\\w.:-])`), 'number'],
  [r(`(?<![\\w-])(?:true|false|null|yes|no|on|off)(?![\\w-])`), 'keyword'],
  [r(`[\\[\\]{},]`), 'punct'],
  [r(`[^\\s"'$\\[\\]{},#]+|\\s+`), 'plain'],
];

function yamlLine(line: string): Token[] {
  if (/^\s*#/.test(line)) return [{ type: 'comment', text: line }];
  if (/^(---|\.\.\.)\s*$/.test(line)) return [{ type: 'punct', text: line }];
  const m = /^(\s*(?:-\s+)*)((?:"[^"]*"|'[^']*'|[^\s:#"'][^:#]*?)\s*)(:)(?=\s|$)/.exec(line);
  if (m) {
    const [, lead = '', key = '', colon = ''] = m;
    const dash = lead.replace(/\s/g, '')
      ? [{ type: 'punct' as const, text: lead }]
      : lead
        ? [{ type: 'plain' as const, text: lead }]
        : [];
    return [
      ...dash,
      { type: 'key', text: key },
      { type: 'punct', text: colon },
      ...scan(line.slice(m[0].length), VALUE_RULES),
    ];
  }
  const item = /^(\s*-)(\s|$)/.exec(line);
  if (item)
    return [{ type: 'punct', text: item[1]! }, ...scan(line.slice(item[1]!.length), VALUE_RULES)];
  return scan(line, VALUE_RULES);
}

const SHELL_KEYWORDS =
  'if|then|else|elif|fi|for|in|do|done|while|case|esac|export|set|local|return|exit|function';
const SHELL_RULES: readonly Rule[] = [
  [r(`(?:^|(?<=\\s))#.*$`), 'comment'],
  [r(`"(?:[^"\\\\]|\\\\.)*"|'[^']*'`), 'string'],
  [r(`\\$\\{[^}]*\\}|\\$\\(|\\$[A-Za-z_0-9?@#*]+`), 'variable'],
  [r(`(?<![\\w-])--?[A-Za-z][\\w-]*`), 'flag'],
  [r(`(?<![\\w-])(?:${SHELL_KEYWORDS})(?![\\w-])`), 'keyword'],
  [r(`^\\s*[A-Za-z_][A-Za-z0-9_]*(?==)`), 'key'],
  [r(`[|&;<>()\\\\]`), 'punct'],
  [r(`[^\\s"'$#|&;<>()\\\\-]+|\\s+|-`), 'plain'],
];

function iniLine(line: string): Token[] {
  if (/^\s*[#;]/.test(line)) return [{ type: 'comment', text: line }];
  if (/^\s*\[[^\]]*\]\s*$/.test(line)) return [{ type: 'section', text: line }];
  const m = /^(\s*[A-Za-z_][\w.-]*)(=)/.exec(line);
  if (m)
    return [
      { type: 'key', text: m[1]! },
      { type: 'punct', text: m[2]! },
      ...scan(line.slice(m[0].length), SHELL_RULES.slice(1)),
    ];
  return scan(line, SHELL_RULES);
}

const MD_RULES: readonly Rule[] = [
  [r('`[^`]+`'), 'string'],
  [r('\\*\\*[^*]+\\*\\*'), 'keyword'],
  [r('[^`*]+|\\*'), 'plain'],
];

/** Tokenizes a whole file; one token list per line (fenced Markdown code is highlighted as code). */
export function tokenize(text: string, language: Language): Token[][] {
  const lines = text.split('\n');
  let fence: Language | undefined;
  return lines.map((line) => {
    if (language === 'markdown') {
      const f = /^\s*```\s*(\w*)/.exec(line);
      if (f) {
        fence = fence === undefined ? fenceLanguage(f[1] ?? '') : undefined;
        return [{ type: 'punct', text: line }];
      }
      if (fence !== undefined)
        return fence === 'text' ? [{ type: 'string', text: line }] : lineTokens(line, fence);
      if (/^#{1,6}\s/.test(line)) return [{ type: 'section', text: line }];
      return line ? scan(line, MD_RULES) : [];
    }
    return lineTokens(line, language);
  });
}

function fenceLanguage(tag: string): Language {
  if (/^(ya?ml)$/.test(tag)) return 'yaml';
  if (/^(sh|bash|shell|console)$/.test(tag)) return 'shell';
  if (/^(ini|env|systemd)$/.test(tag)) return 'ini';
  return 'text';
}

function lineTokens(line: string, language: Language): Token[] {
  if (line === '') return [];
  switch (language) {
    case 'yaml':
      return yamlLine(line);
    case 'shell':
      return scan(line, SHELL_RULES);
    case 'ini':
      return iniLine(line);
    default:
      return [{ type: 'plain', text: line }];
  }
}
