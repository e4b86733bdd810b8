/**
 * Wizard step 6, Export: choose a folder (it must be new or empty), choose a zip and what happens
 * to the CA key, write, then see the written tree, open the folder and, once the files are
 * installed, check the running cluster. Passphrases stay in this step's state and are cleared as
 * soon as the bundle is written.
 */
import { Alert, Button, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { isIssuedFresh } from '../../store/issue-slice';
import { VerifyCluster } from '../../probe/verify-cluster';
import { StepHeading } from '../step-heading';
import { lintLocaleOf } from '../../components/finding-list';
import { CaKeyOptions, caKeyProblems, type CaKeySecrets } from './ca-key-options';
import { BundleDestinationFields } from './bundle-destination-fields';
import { ExportDone } from './export-done';
import { Pkcs12Options, pkcs12Problems, type Pkcs12Secrets } from './pkcs12-options';
import { useText } from '../../i18n/use-text';

const NO_SECRETS: CaKeySecrets = {
  passphrase: '',
  repeat: '',
  acknowledged: false,
  discardConfirmed: false,
};
const NO_P12: Pkcs12Secrets = { password: '', repeat: '' };

/** Step 6 of the wizard. */
export function ExportStep() {
  const { t, i18n } = useTranslation();
  const text = useText();
  const { exporting, fresh, inElectron, createdHere } = useAppStore(
    useShallow((s) => ({
      exporting: s.exporting,
      fresh: isIssuedFresh(s),
      inElectron: s.ui.host?.isElectron ?? false,
      createdHere: s.wizard.caMode === 'create',
    })),
  );
  const actions = useAppStore(
    useShallow((s) => ({
      choose: s.chooseExportFolder,
      setChoices: s.setExportChoices,
      write: s.writeBundle,
      open: s.openExportFolder,
      goToStep: s.goToStep,
    })),
  );
  const [secrets, setSecrets] = useState<CaKeySecrets>(NO_SECRETS);
  const [p12, setP12] = useState<Pkcs12Secrets>(NO_P12);
  const { folder, choices, status, result, error, opened } = exporting;
  const problems = [
    ...caKeyProblems(choices.caKey, secrets, createdHere),
    ...pkcs12Problems(choices.pkcs12, p12),
  ];
  const canWrite = fresh && folder !== undefined && problems.length === 0 && status !== 'writing';
  const language = choices.language ?? lintLocaleOf(i18n.language);

  const onWrite = async () => {
    const ok = await actions.write(language, {
      ...(choices.caKey === 'encrypted' ? { passphrase: secrets.passphrase } : {}),
      ...(choices.pkcs12 ? { pkcs12Password: p12.password } : {}),
    });
    // Forget the passwords whatever happened; a retry asks for them again.
    setSecrets(NO_SECRETS);
    setP12(NO_P12);
    return ok;
  };

  if (status === 'done' && result)
    return (
      <section aria-labelledby="step-export-title">
        <StepHeading step="export" title={t('review.export.title')} />
        <ExportDone
          result={result}
          opened={opened}
          inElectron={inElectron}
          onOpen={(file) => void actions.open(file)}
          actions={
            <Button onClick={() => actions.goToStep('review')}>
              {t('review.export.backToReview')}
            </Button>
          }
          footer={<VerifyCluster />}
        />
      </section>
    );

  return (
    <section aria-labelledby="step-export-title">
      <StepHeading
        step="export"
        title={t('review.export.title')}
        intro={t('review.export.intro')}
      />
      {!fresh && (
        <Alert
          type="warning"
          showIcon
          title={t('review.export.notIssued')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form layout="vertical" component="div">
        <BundleDestinationFields
          languageId="bundle-language"
          folder={folder}
          language={language}
          zip={choices.zip}
          onChoose={actions.choose}
          onChoices={actions.setChoices}
        />
        <Pkcs12Options
          on={choices.pkcs12}
          onToggle={(pkcs12) => actions.setChoices({ pkcs12 })}
          secrets={p12}
          onSecrets={setP12}
        />
        <CaKeyOptions
          caKey={choices.caKey}
          onCaKey={(caKey) => actions.setChoices({ caKey })}
          secrets={secrets}
          onSecrets={setSecrets}
          createdHere={createdHere}
        />
      </Form>
      {status === 'error' && error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 16 }}
          title={
            error.code === 'destination-not-empty'
              ? t('review.export.notEmpty')
              : t('review.export.failed')
          }
          description={text(error.text)}
        />
      )}
      <Flex justify="space-between" style={{ marginTop: 24 }}>
        <Button onClick={() => actions.goToStep('review')}>{t('review.back')}</Button>
        <Button
          type="primary"
          disabled={!canWrite}
          loading={status === 'writing'}
          onClick={() => void onWrite()}
        >
          {t('review.export.write')}
        </Button>
      </Flex>
    </section>
  );
}
