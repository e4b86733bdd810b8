/**
 * A bordered panel drawn exactly as Ant Design's Card without a title (the same tokens and
 * rules), for the first screen: Card's module brings its tab bar and skeleton along, which the
 * first screen never shows. Views that load later use Card itself.
 */
import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/** Props of Panel: `style` is the card's, `bodyStyle` its body's (Card's styles.body). */
export interface PanelProps {
  readonly children?: ReactNode;
  readonly style?: CSSProperties;
  readonly bodyStyle?: CSSProperties;
}

/** Card's look: the outer box with the border, the body with the padding. */
export function Panel({ children, style, bodyStyle }: PanelProps) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        boxSizing: 'border-box',
        margin: 0,
        padding: 0,
        color: token.colorText,
        fontSize: token.fontSize,
        lineHeight: token.lineHeight,
        listStyle: 'none',
        fontFamily: token.fontFamily,
        position: 'relative',
        background: token.colorBgContainer,
        borderRadius: token.borderRadiusLG,
        border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
        ...style,
      }}
    >
      <div
        style={{
          boxSizing: 'border-box',
          padding: token.paddingLG,
          borderRadius: token.borderRadiusLG,
          ...bodyStyle,
        }}
      >
        {children}
      </div>
    </div>
  );
}
