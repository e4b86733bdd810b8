/**
 * The setup forms' field kinds (text, number, port, choice, on/off): Field with its control
 * wired once, so that every form shows, labels and clears values the same way.
 */
import { Input, InputNumber, Select, Switch } from 'antd';
import type { CSSProperties } from 'react';
import { Field, type FieldProps } from '../field';

/** What every field kind passes through to Field (all but the control and the value). */
export type FieldBaseProps = Omit<FieldProps, 'children' | 'value'>;

/** Props of TextField. */
export interface TextFieldProps extends FieldBaseProps {
  readonly value: string | undefined;
  /** The text as typed ('' when cleared); the caller decides whether '' removes the key. */
  readonly onChange: (text: string) => void;
  readonly placeholder?: string;
  /** Off for names and hosts, where the browser's spelling marks are noise. */
  readonly spellCheck?: boolean;
  readonly inputStyle?: CSSProperties;
}

/** A single-line text field. */
export function TextField(props: TextFieldProps) {
  const { value, onChange, placeholder, spellCheck, inputStyle, ...field } = props;
  return (
    <Field {...field} value={value}>
      {(p) => (
        <Input
          {...p}
          spellCheck={spellCheck}
          value={value ?? ''}
          placeholder={placeholder}
          style={inputStyle}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** Props of NumberField. */
export interface NumberFieldProps extends FieldBaseProps {
  readonly value: number | undefined;
  /** The whole number, or undefined when cleared (back to the plan's default). */
  readonly onChange: (value: number | undefined) => void;
  readonly min: number;
  readonly max: number;
  readonly placeholder?: string;
}

/** A whole-number field as wide as its column. */
export function NumberField(props: NumberFieldProps) {
  const { value, onChange, min, max, placeholder, ...field } = props;
  return (
    <Field {...field} value={value}>
      {(p) => (
        <InputNumber
          {...p}
          min={min}
          max={max}
          precision={0}
          placeholder={placeholder}
          style={{ width: '100%' }}
          value={value ?? null}
          onChange={(v) => onChange(v ?? undefined)}
        />
      )}
    </Field>
  );
}

/** A TCP port field (1 to 65535). */
export function PortField(props: Omit<NumberFieldProps, 'min' | 'max'>) {
  return <NumberField {...props} min={1} max={65535} />;
}

/** The two ports of an etcd member, their plan keys and the id stem of their fields. */
export const PORTS = [
  { key: 'clientPort', id: 'client-port', memberLabel: 'memberClientPort' },
  { key: 'peerPort', id: 'peer-port', memberLabel: 'memberPeerPort' },
] as const;

/** Props of SelectField. */
export interface SelectFieldProps<T extends string> extends FieldBaseProps {
  /** The draft's value; undefined shows `fallback`, the plan's default, without writing it. */
  readonly value: T | undefined;
  readonly fallback: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}

/** A drop-down choice of one of a fixed set of values. */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { value, fallback, options, onChange, ...field } = props;
  return (
    <Field {...field} value={value}>
      {(p) => (
        <Select<T>
          {...p}
          value={value ?? fallback}
          options={[...options]}
          onChange={(v) => onChange(v)}
        />
      )}
    </Field>
  );
}

/** Props of SwitchField. */
export interface SwitchFieldProps extends Omit<FieldBaseProps, 'path'> {
  readonly checked: boolean;
  readonly onChange: (on: boolean) => void;
}

/** An on/off field (it cannot be invalid, so it has no plan path). */
export function SwitchField(props: SwitchFieldProps) {
  const { checked, onChange, ...field } = props;
  return (
    <Field {...field} value={undefined}>
      {(p) => <Switch {...p} checked={checked} onChange={(on) => onChange(on)} />}
    </Field>
  );
}
