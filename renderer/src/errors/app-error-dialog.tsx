/** The one dialog for bugs (render errors, uncaught exceptions, unhandled rejections). */
import { Button, Collapse, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

/** Shows the current app error, if any. */
export function AppErrorDialog() {
  const { t } = useTranslation();
  const error = useAppStore((s) => s.ui.appError);
  const dismiss = useAppStore((s) => s.dismissAppError);
  return (
    <Modal
      open={error !== null}
      title={t('errors.title')}
      onCancel={dismiss}
      footer={[
        <Button key="reload" onClick={() => location.reload()}>
          {t('errors.reload')}
        </Button>,
        <Button key="dismiss" type="primary" onClick={dismiss}>
          {t('errors.dismiss')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('errors.body')}</Typography.Paragraph>
      <Typography.Paragraph strong>{error?.message}</Typography.Paragraph>
      {error?.stack && (
        <Collapse
          size="small"
          items={[
            {
              key: 'stack',
              label: t('errors.details'),
              children: (
                <Typography.Text code style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
                  {error.stack}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
