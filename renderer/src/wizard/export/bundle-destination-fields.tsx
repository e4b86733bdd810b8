/**
 * Where a bundle goes and in what form: the folder picker, the bundle's language and the zip
 * choice, shared by the first export and a day-2 change so both ask the same way.
 */
import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BundleLanguage } from '../../store/export-slice';

/** The folder, language and zip fields of an export form, bound to a store's choices. */
export function BundleDestinationFields(props: {
  /** The id of the language field (unique on the page). */
  readonly languageId: string;
  readonly folder: { readonly displayPath: string } | undefined;
  readonly language: BundleLanguage;
  readonly zip: boolean;
  readonly onChoose: () => Promise<void>;
  readonly onChoices: (choices: { language?: BundleLanguage; zip?: boolean }) => void;
}) {
  const { t } = useTranslation();
  const { folder, language, languageId, onChoices } = props;
  return (
    <>
      <Form.Item label={t('review.export.folder')} extra={t('review.export.folderHelp')}>
        <Flex gap={8} align="center" wrap>
          <Button icon={<FolderOpenOutlined />} onClick={() => void props.onChoose()}>
            {folder ? t('review.export.changeFolder') : t('review.export.chooseFolder')}
          </Button>
          {folder ? (
            <Typography.Text code>{folder.displayPath}</Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('review.export.noFolder')}</Typography.Text>
          )}
        </Flex>
      </Form.Item>
      <Form.Item label={t('review.export.language')} htmlFor={languageId}>
        <Radio.Group
          id={languageId}
          aria-label={t('review.export.language')}
          value={language}
          onChange={(e) => onChoices({ language: e.target.value as BundleLanguage })}
          options={[
            { value: 'en', label: 'English' },
            { value: 'zh-CN', label: '中文' },
          ]}
        />
      </Form.Item>
      <Form.Item>
        <Checkbox checked={props.zip} onChange={(e) => onChoices({ zip: e.target.checked })}>
          {t('review.export.zip')}
        </Checkbox>
      </Form.Item>
    </>
  );
}
