/**
 * A list of hosts typed as text (comma, space or new line between them), told apart and checked
 * as you type: each becomes a tag, blue for an IP address, green for a DNS name, red with the
 * reason for anything the plan would refuse, orange for a repeat.
 */
import { Flex, Input, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContrastTag, type ControlProps } from '../field';
import { addressTags, splitAddresses } from '../validation';
import { addressProblemId } from '../../../../shared/plan/schema';
import { msg } from '../../../../shared/text/text';
import { useText } from '../../i18n/use-text';

/** Props of AddressInput. */
export interface AddressInputProps extends ControlProps {
  readonly value: readonly string[];
  readonly onChange: (addresses: string[]) => void;
  /** Wildcards such as `*.etcd.example.internal` (extra SANs only; members need concrete hosts). */
  readonly allowWildcard?: boolean;
  readonly placeholder?: string;
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The address list input with its per-address tags. */
export function AddressInput(props: AddressInputProps) {
  const { value, onChange, allowWildcard = false, placeholder, ...control } = props;
  const { t } = useTranslation();
  const render = useText();
  // The text keeps what is being typed (a trailing comma, spacing); it is replaced only when the
  // list changes from elsewhere (a plan opened, the StatefulSet shortcut).
  const [text, setText] = useState(value.join(', '));
  const [shown, setShown] = useState<readonly string[]>(value);
  if (!same(shown, value)) {
    setShown(value);
    if (!same(splitAddresses(text), value)) setText(value.join(', '));
  }
  const tags = addressTags(value, allowWildcard);
  return (
    <>
      <Input
        {...control}
        value={text}
        placeholder={placeholder}
        spellCheck={false}
        autoCapitalize="off"
        onChange={(e) => {
          const list = splitAddresses(e.target.value);
          setText(e.target.value);
          setShown(list);
          if (!same(list, value)) onChange(list);
        }}
      />
      {tags.length > 0 && (
        <Flex
          wrap
          gap={4}
          style={{ marginTop: 6 }}
          aria-label={t('setup.address.tags')}
          role="list"
        >
          {tags.map((tag, i) =>
            tag.ok ? (
              <ContrastTag
                key={`${i}:${tag.text}`}
                role="listitem"
                color={tag.duplicate ? 'orange' : tag.address.type === 'ip' ? 'blue' : 'green'}
              >
                {tag.duplicate
                  ? t('setup.address.duplicateTag')
                  : tag.address.type === 'ip'
                    ? 'IP'
                    : 'DNS'}{' '}
                {tag.address.value}
              </ContrastTag>
            ) : (
              <Tooltip
                key={`${i}:${tag.text}`}
                title={render(msg(addressProblemId(tag.problem), { value: tag.text }))}
              >
                <ContrastTag role="listitem" color="red">
                  {t('setup.address.invalidTag')} {tag.text}
                </ContrastTag>
              </Tooltip>
            ),
          )}
        </Flex>
      )}
    </>
  );
}
