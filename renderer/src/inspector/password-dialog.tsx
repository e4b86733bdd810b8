/** Asks for a PKCS#12 password; the file is read again with it (the password stays in memory). */
import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

/** The dialog for one file; `name` undefined closes it. */
export function PasswordDialog({
  name,
  onClose,
}: {
  readonly name?: string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const setPassword = useAppStore((s) => s.setInspectPassword);
  const [value, setValue] = useState('');
  const submit = () => {
    if (name === undefined) return;
    void setPassword(name, value);
    setValue('');
    onClose();
  };
  return (
    <Modal
      open={name !== undefined}
      title={t('inspect.password.title', { name: name ?? '' })}
      okText={t('inspect.password.ok')}
      cancelText={t('inspect.password.cancel')}
      onOk={submit}
      onCancel={() => (setValue(''), onClose())}
      destroyOnHidden
    >
      <Form layout="vertical" onFinish={submit}>
        <Form.Item label={t('inspect.password.label')} htmlFor="inspect-p12-password">
          <Input.Password
            id="inspect-p12-password"
            autoFocus
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onPressEnter={submit}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
