/**
 * A field holding a list of hosts (member addresses, extra SANs, the hosts APISIX dials): the
 * typed-as-text address input with its per-address tags, inside a labelled Field.
 */
import { Field } from '../field';
import { AddressInput } from '../members/address-input';
import type { FieldBaseProps } from './basic-fields';

/** Props of AddressField. */
export interface AddressFieldProps extends FieldBaseProps {
  /** The draft's list; undefined (left out of the plan) shows as empty. */
  readonly value: readonly string[] | undefined;
  readonly onChange: (addresses: string[]) => void;
  /** Wildcards such as `*.etcd.example.internal` (extra SANs only). */
  readonly allowWildcard?: boolean;
  readonly placeholder?: string;
}

/** A list-of-addresses field. */
export function AddressField(props: AddressFieldProps) {
  const { value, onChange, allowWildcard, placeholder, ...field } = props;
  return (
    <Field {...field} value={value}>
      {(p) => (
        <AddressInput
          {...p}
          allowWildcard={allowWildcard}
          value={value ?? []}
          placeholder={placeholder}
          onChange={onChange}
        />
      )}
    </Field>
  );
}
