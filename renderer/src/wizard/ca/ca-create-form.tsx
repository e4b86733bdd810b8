/**
 * The new CA's settings (name, organisation, key algorithm, validity) and the settings of the
 * certificates it will issue, which apply to an imported CA as well.
 */
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { KEY_ALGORITHMS } from '../../../../shared/pki/algorithms';
import { useAppStore } from '../../store';
import { NumberField, SelectField, TextField } from '../fields/basic-fields';

/** Key algorithm choices, labelled in the user's language. */
export function useKeyOptions() {
  const { t } = useTranslation();
  return KEY_ALGORITHMS.map((k) => ({ value: k, label: t(`setup.keys.${k}`) }));
}

/** Sets a key of an optional object section of the draft (`undefined` removes it). */
function useSection<K extends 'ca' | 'leaf'>(key: K) {
  const setDraft = useAppStore((s) => s.setDraft);
  return (field: string, value: unknown) =>
    setDraft((d) => {
      const next: Record<string, unknown> = { ...(d[key] ?? {}) };
      if (value === undefined || value === '') delete next[field];
      else next[field] = value;
      return { ...d, [key]: next };
    });
}

/** The validity limit and help of each section: a leaf may not outlive the CA's usual span. */
const VALIDITY = {
  ca: { max: 36500, help: 'setup.ca.validityHelp' },
  leaf: { max: 3650, help: 'setup.ca.leafValidityHelp' },
} as const;

/** Key algorithm and validity of the CA or of the certificates it issues: two columns. */
function KeyAndValidity({ section }: { readonly section: 'ca' | 'leaf' }) {
  const { t } = useTranslation();
  const value = useAppStore((s) => s.plan.draft[section]) ?? {};
  const set = useSection(section);
  const keys = useKeyOptions();
  return (
    <>
      <Col xs={24} md={12}>
        <SelectField
          step="ca"
          id={`${section}-key`}
          label={t(`setup.field.${section}Key`)}
          path={`${section}.key`}
          value={value.key}
          fallback="ecdsa-p256"
          options={keys}
          onChange={(v) => set('key', v)}
        />
      </Col>
      <Col xs={24} md={12}>
        <NumberField
          step="ca"
          id={`${section}-validity`}
          label={t(`setup.field.${section}Validity`)}
          path={`${section}.validityDays`}
          value={value.validityDays}
          extra={t(VALIDITY[section].help)}
          min={1}
          max={VALIDITY[section].max}
          onChange={(v) => set('validityDays', v)}
        />
      </Col>
    </>
  );
}

/** The new CA's subject: plan key, field id, label and help (the organisation is optional). */
const NAME_FIELDS = [
  { key: 'commonName', id: 'ca-common-name', label: 'caCommonName', help: 'commonNameHelp' },
  { key: 'organization', id: 'ca-organization', label: 'caOrganization', help: 'optional' },
] as const;

/** Fields of a new CA. */
export function CaCreateForm() {
  const { t } = useTranslation();
  const ca = useAppStore((s) => s.plan.draft.ca) ?? {};
  const set = useSection('ca');
  return (
    <Row gutter={16}>
      {NAME_FIELDS.map(({ key, id, label, help }) => (
        <Col xs={24} md={12} key={key}>
          <TextField
            step="ca"
            id={id}
            label={t(`setup.field.${label}`)}
            path={`ca.${key}`}
            value={ca[key]}
            extra={t(`setup.ca.${help}`)}
            onChange={(v) => set(key, v)}
          />
        </Col>
      ))}
      <KeyAndValidity section="ca" />
    </Row>
  );
}

/** Fields of the certificates the CA issues (members and clients). */
export function LeafSettings() {
  return (
    <Row gutter={16}>
      <KeyAndValidity section="leaf" />
    </Row>
  );
}
