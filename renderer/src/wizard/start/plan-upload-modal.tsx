/**
 * The browser host cannot open a native dialog: opening a plan there asks for an upload, read
 * here as text and handed to the same plan:open channel (which parses and validates it).
 */
import { InboxOutlined } from '@ant-design/icons';
import { Modal, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { modalContainer } from '../modal-root';

/** The plan upload dialog. */
export function PlanUploadModal() {
  const { t } = useTranslation();
  const { open, setOpen, openPlan } = useAppStore(
    useShallow((s) => ({
      open: s.wizard.planUploadOpen,
      setOpen: s.setPlanUploadOpen,
      openPlan: s.openPlan,
    })),
  );
  return (
    <Modal
      open={open}
      title={t('setup.file.uploadTitle')}
      onCancel={() => setOpen(false)}
      footer={null}
      destroyOnHidden
      getContainer={modalContainer}
    >
      <Upload.Dragger
        accept=".yaml,.yml,application/yaml,text/yaml"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          void file.text().then(async (text) => {
            const outcome = await openPlan({ name: file.name, text });
            if (outcome !== 'opened') setOpen(false);
          });
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <Typography.Paragraph>{t('setup.file.uploadHint')}</Typography.Paragraph>
      </Upload.Dragger>
    </Modal>
  );
}
