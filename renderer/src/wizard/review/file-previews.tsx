/**
 * Live previews of every generated text file (configs, env files, scripts, manifests, README):
 * from the plan with placeholder fingerprints until the certificates are issued, then the exact
 * files export will write. Grouped by the machine each file goes to; picking a box of the
 * topology picks its machine here. Read-only; keys and certificates are never previewed here.
 */
import { Alert, Flex, Radio, Select, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Plan } from '../../../../shared/plan/schema';
import { lintLocaleOf } from '../../components/finding-list';
import { useAppStore } from '../../store';
import { CodeView } from './code-view';
import { groupFiles, groupOfNode, type FileGroup } from './file-groups';
import { TextListAlert } from '../../components/text-list-alert';
import { useText } from '../../i18n/use-text';

/** Props of FilePreviews. */
export interface FilePreviewsProps {
  readonly plan: Plan;
  /** The machine to show: a group id or a topology node id (`member:etcd0`, `ca`…). */
  readonly machine?: string;
  readonly onMachine: (id: string) => void;
  /**
   * Certificates are being issued or their cards drawn: the previews wait (a placeholder
   * holds their place), so that the files are asked for and laid out once, with the real
   * values, after the cards rather than twice in their way.
   */
  readonly hold?: boolean;
}

/** The previews section of the review step. */
export function FilePreviews({ plan, machine, onMachine, hold = false }: FilePreviewsProps) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const { preview, sessionId } = useAppStore(
    useShallow((s) => ({ preview: s.issue.preview, sessionId: s.issue.result?.sessionId })),
  );
  const loadPreview = useAppStore((s) => s.loadPreview);
  // The language export will write in: the one picked there, else the window's.
  const language = useAppStore((s) => s.exporting.choices.language) ?? lintLocaleOf(i18n.language);
  const files = useMemo(() => preview.result?.files ?? [], [preview.result]);
  const groups = useMemo(() => groupFiles(plan, files), [plan, files]);
  const [chosen, setChosen] = useState<string>();
  const group = machine === undefined ? groups[0] : groupOfNode(groups, machine);
  const current = group?.files.find((f) => f.path === chosen) ?? group?.files[0];
  const label = (g: FileGroup<unknown>) =>
    t(`review.files.group.${g.kind}`, { machine: g.machine ?? '' });

  // Reload when the session changes (issued, re-issued): the files then carry the real values;
  // and when the language changes, so the comments read as the bundle will.
  useEffect(() => {
    if (!hold) void loadPreview(language);
  }, [loadPreview, sessionId, language, hold]);

  if (preview.status === 'error' && preview.error)
    return (
      <Alert
        type="error"
        showIcon
        title={t('review.files.error')}
        description={text(preview.error.text)}
      />
    );
  if (hold || groups.length === 0) return <Skeleton active aria-busy="true" />;
  const pickFile = (path: string) => {
    const owner = groups.find((g) => g.files.some((f) => f.path === path));
    if (owner) onMachine(owner.id);
    setChosen(path);
  };
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong id="preview-machine-label">
          {t('review.files.machine')}
        </Typography.Text>
        <Radio.Group
          aria-labelledby="preview-machine-label"
          optionType="button"
          size="small"
          value={group?.id}
          onChange={(e) => onMachine(e.target.value as string)}
          options={groups.map((g) => ({ value: g.id, label: label(g) }))}
        />
      </Flex>
      <Flex gap={8} align="center" wrap>
        <label htmlFor="preview-file">
          <Typography.Text strong>{t('review.files.choose')}</Typography.Text>
        </label>
        <Select
          id="preview-file"
          showSearch
          style={{ minWidth: 320, maxWidth: '100%' }}
          value={current?.path}
          onChange={pickFile}
          options={groups.map((g) => ({
            label: label(g),
            title: label(g),
            options: g.files.map((f) => ({ value: f.path, label: f.path })),
          }))}
          aria-label={t('review.files.choose')}
        />
        <Tag variant="outlined">
          {preview.result?.source === 'issued' ? t('review.files.real') : t('review.files.example')}
        </Tag>
        <Typography.Text type="secondary">
          {t('review.files.count', { count: files.length })}
        </Typography.Text>
      </Flex>
      <TextListAlert title={t('review.files.warnings')} texts={preview.result?.warnings ?? []} />
      {current ? (
        <CodeView path={current.path} content={current.content} />
      ) : (
        <Alert
          type="info"
          showIcon
          role="status"
          title={t('review.files.onlyPem', { machine: machine?.replace(/^\w+:/, '') ?? '' })}
        />
      )}
    </Flex>
  );
}
