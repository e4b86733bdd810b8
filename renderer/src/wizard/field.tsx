/**
 * A labelled form field of the setup steps that shows the plan's own validation message for its
 * path. A problem shows as soon as the field holds something (validation as you type), and for
 * empty fields once Next was pressed on the step.
 */
import { Form, Tag, theme, type TagProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';
import type { WizardStep } from '../store/wizard-slice';
import { draftIssues, fieldIssues, fieldMessage } from './validation';
import { textLanguage } from '../i18n/use-text';

/** Props a field passes to its control so that it is labelled and its error announced. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-label'?: string;
  readonly 'aria-invalid'?: boolean;
  readonly 'aria-describedby'?: string;
  readonly status?: 'error';
}

const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** The message to show for a plan path, or undefined (hidden until typed into or Next pressed). */
export function useFieldError(
  step: WizardStep,
  path: string | undefined,
  label: string,
  value: unknown,
): string | undefined {
  const { t, i18n } = useTranslation();
  const { draft, attempted } = useAppStore(
    useShallow((s) => ({ draft: s.plan.draft, attempted: s.wizard.attempted[step] === true })),
  );
  if (path === undefined || (!attempted && isBlank(value))) return undefined;
  return fieldMessage(fieldIssues(draftIssues(draft), path), label, t, textLanguage(i18n.language));
}

/** Props of Field. */
export interface FieldProps {
  readonly step: WizardStep;
  readonly id: string;
  readonly label: ReactNode;
  /** Text of the label for messages and aria (defaults to `label` when it is a string). */
  readonly labelText?: string;
  /** Plan path whose issues show here (`cluster.members[0].addresses`). */
  readonly path?: string;
  readonly value: unknown;
  /** Always-visible help under the control. */
  readonly extra?: ReactNode;
  /** Another error from the UI itself (e.g. a required upload). */
  readonly error?: string;
  readonly children: (props: ControlProps) => ReactNode;
  readonly style?: React.CSSProperties;
  /** In a table cell the column header labels the control visually: label it by aria only. */
  readonly hideLabel?: boolean;
}

/** A form item with label, control and its validation message. */
export function Field(props: FieldProps) {
  const { step, id, label, path, value, extra, children, style, hideLabel } = props;
  const { t } = useTranslation();
  const text = props.labelText ?? (typeof label === 'string' ? label : id);
  const message =
    useFieldError(step, path, text, value) ??
    (props.error ? t('setup.issue.at', { label: text, text: props.error }) : undefined);
  const errorId = `${id}-error`;
  return (
    <Form.Item
      label={hideLabel ? undefined : label}
      htmlFor={hideLabel ? undefined : id}
      validateStatus={message ? 'error' : undefined}
      help={message ? <span id={errorId}>{message}</span> : undefined}
      extra={extra}
      style={style}
    >
      {children({
        id,
        ...(hideLabel ? { 'aria-label': text } : {}),
        ...(message ? { 'aria-invalid': true, 'aria-describedby': errorId, status: 'error' } : {}),
      })}
    </Form.Item>
  );
}

/** Style that hides text visually but keeps it for screen readers (column headers, labels). */
export const visuallyHidden: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** The setup steps' form layout: labels above controls (no form element; nothing submits). */
export function SetupForm({ children }: { readonly children: ReactNode }) {
  return (
    <Form layout="vertical" component={false}>
      {children}
    </Form>
  );
}

/**
 * A coloured tag whose text keeps the theme's body colour: the preset tag colours (green text
 * on pale green) fall short of WCAG AA contrast; the tint and border still carry the meaning.
 */
export function ContrastTag(props: TagProps) {
  const { token } = theme.useToken();
  // Other props pass through so that a wrapping Tooltip can attach its handlers and ref.
  return <Tag {...props} style={{ ...props.style, color: token.colorText }} />;
}

export { MODAL_ROOT_ID, modalContainer } from './modal-root';
