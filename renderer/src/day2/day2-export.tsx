/**
 * The export of a day-2 change, the same as a first export: choose a new or empty folder, the
 * language and a zip, then write; a CA rotation also asks for the new CA key's passphrase (typed
 * twice, as at first setup) and new .p12 files for a password. The done view is the export
 * step's, with the change's own guide (README section or RUNBOOK.md) before the install steps.
 */
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { lintLocaleOf } from '../components/finding-list';
import { useAppStore } from '../store';
import { CodeView } from '../wizard/review/code-view';
import {
  CaKeyOptions,
  MIN_PASSPHRASE,
  caKeyProblems,
  type CaKeySecrets,
} from '../wizard/export/ca-key-options';
import { BundleDestinationFields } from '../wizard/export/bundle-destination-fields';
import { ExportDone } from '../wizard/export/export-done';
import { Phases } from './change-review';
import { useText } from '../i18n/use-text';

const NO_SECRETS: CaKeySecrets = {
  passphrase: '',
  repeat: '',
  acknowledged: false,
  discardConfirmed: false,
};

/** The guide of a change in the window's language (RUNBOOK.md has both; show one). */
function guideText(text: string, path: string, zh: boolean): string {
  if (path !== 'RUNBOOK.md') return text;
  const parts = text.split(/\n(?=## )/);
  const zhAt = parts.findIndex((p) => /^## .*[\u4e00-\u9fff]/.test(p));
  if (zhAt < 1) return text;
  return (zh ? parts.slice(zhAt) : parts.slice(1, zhAt)).join('\n');
}

/** The export stage. */
export function Day2Export() {
  const { t, i18n } = useTranslation();
  const text = useText();
  const s = useAppStore(
    useShallow((st) => ({
      preview: st.day2.preview,
      folder: st.day2.folder,
      choices: st.day2.choices,
      writing: st.day2.writing,
      result: st.day2.result,
      error: st.day2.writeError,
      opened: st.day2.opened,
      inElectron: st.ui.host?.isElectron ?? false,
      fromBundle: st.day2.bundle?.origin === 'bundle',
    })),
  );
  const actions = useAppStore(
    useShallow((st) => ({
      choose: st.chooseDay2Folder,
      setChoices: st.setDay2Choices,
      write: st.writeDay2Bundle,
      open: st.openDay2Folder,
      setStage: st.setDay2Stage,
    })),
  );
  const [caSecrets, setCaSecrets] = useState<CaKeySecrets>(NO_SECRETS);
  // Loose certificates renewed: the new bundle keeps the CA key (encrypted) unless told not to.
  const [caKey, setCaKey] = useState<'none' | 'encrypted'>('encrypted');
  const [p12, setP12] = useState('');
  if (!s.preview) return null;
  const rotate = s.preview.kind === 'rotate-ca';
  const choice = s.preview.needs.caKeyChoice === true;
  const language = s.choices.language ?? lintLocaleOf(i18n.language);
  const problems = [
    ...(rotate ? caKeyProblems('encrypted', caSecrets, false) : []),
    ...(choice ? caKeyProblems(caKey, caSecrets, false) : []),
    ...(s.preview.needs.p12Password && [...p12].length < MIN_PASSPHRASE ? ['p12'] : []),
  ];
  const canWrite = s.folder !== undefined && problems.length === 0 && s.writing !== 'writing';

  const onWrite = async () => {
    await actions.write(language, {
      ...(rotate ? { newCaPassphrase: caSecrets.passphrase } : {}),
      ...(choice
        ? { caKey, ...(caKey === 'encrypted' ? { caPassphrase: caSecrets.passphrase } : {}) }
        : {}),
      ...(s.preview?.needs.p12Password ? { pkcs12Password: p12 } : {}),
    });
    // Forget the secrets whatever happened; a retry asks again.
    setCaSecrets(NO_SECRETS);
    setP12('');
  };

  if (s.writing === 'done' && s.result) {
    const guide = s.result.guide;
    return (
      <section aria-labelledby="day2-export-title">
        <Typography.Title level={3} id="day2-export-title">
          {t('day2.export.title')}
        </Typography.Title>
        <ExportDone
          result={s.result}
          opened={s.opened}
          inElectron={s.inElectron}
          onOpen={(file) => void actions.open(file)}
          actions={
            s.fromBundle && (
              <Button onClick={() => actions.setStage('change')}>{t('day2.export.another')}</Button>
            )
          }
        >
          {s.result.kind === 'renew' && (
            <Alert type="info" showIcon title={t('day2.export.renewNote')} />
          )}
          {s.preview.phases && <Phases phases={s.preview.phases} />}
          {guide && (
            <section aria-labelledby="day2-guide-title">
              <Typography.Title level={4} id="day2-guide-title">
                {guide.path === 'RUNBOOK.md' ? t('day2.export.runbook') : t('day2.export.guide')}
              </Typography.Title>
              <CodeView
                path={guide.path}
                content={guideText(guide.text, guide.path, i18n.language.startsWith('zh'))}
                wrap
              />
            </section>
          )}
        </ExportDone>
      </section>
    );
  }

  return (
    <section aria-labelledby="day2-export-title">
      <Typography.Title level={3} id="day2-export-title">
        {t('day2.export.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {rotate ? t('day2.export.introRotate') : t('day2.export.intro')}
      </Typography.Paragraph>
      <Form layout="vertical" component="div">
        <BundleDestinationFields
          languageId="day2-bundle-language"
          folder={s.folder}
          language={language}
          zip={s.choices.zip}
          onChoose={actions.choose}
          onChoices={actions.setChoices}
        />
        {s.preview.needs.p12Password && (
          <Form.Item
            label={t('day2.export.p12')}
            htmlFor="day2-p12"
            extra={t('day2.export.p12Help', { min: MIN_PASSPHRASE })}
          >
            <Input.Password
              id="day2-p12"
              autoComplete="new-password"
              value={p12}
              onChange={(e) => setP12(e.target.value)}
              style={{ maxWidth: 360 }}
            />
          </Form.Item>
        )}
        {choice && (
          <CaKeyOptions
            caKey={caKey}
            onCaKey={(k) => setCaKey(k === 'none' ? 'none' : 'encrypted')}
            secrets={caSecrets}
            onSecrets={setCaSecrets}
            createdHere={false}
            offer={['encrypted', 'none']}
          />
        )}
        {rotate && (
          <>
            <Typography.Title level={4}>{t('day2.export.newCa')}</Typography.Title>
            <CaKeyOptions
              caKey="encrypted"
              onCaKey={() => {}}
              secrets={caSecrets}
              onSecrets={setCaSecrets}
              createdHere={false}
              offer={['encrypted']}
            />
          </>
        )}
      </Form>
      {s.writing === 'error' && s.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 16 }}
          title={
            s.error.code === 'destination-not-empty'
              ? t('review.export.notEmpty')
              : t('review.export.failed')
          }
          description={text(s.error.text)}
        />
      )}
      <Flex justify="space-between" style={{ marginTop: 24 }}>
        <Button onClick={() => actions.setStage('review')}>{t('review.back')}</Button>
        <Button
          type="primary"
          disabled={!canWrite}
          loading={s.writing === 'writing'}
          onClick={() => void onWrite()}
        >
          {t('review.export.write')}
        </Button>
      </Flex>
    </section>
  );
}
