/**
 * "Endpoints → check live" in the inspector: dial the endpoints of the grid above with a CA file
 * and a client certificate and key taken from the dropped files (guessed from the analysis, or
 * chosen), or added here. Bytes go to main; main dials only the URLs listed.
 */
import { ApiOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { FilePayload } from '../../../shared/ipc/define';
import { useAppStore } from '../store';
import type { ProbeFiles } from '../store/probe-slice';
import { pickProbeFiles, type PickedFiles } from './pick-files';
import { ProbeResults } from './probe-results';

type Slot = keyof PickedFiles;
const SLOTS: readonly Slot[] = ['ca', 'cert', 'key'];
/** FilePayload names are at most 255 characters: keep the end of a long folder path. */
const payloadName = (name: string) => (name.split('/').pop() ?? name).slice(-255) || 'file';

function chooseFiles(onFiles: (files: FilePayload[]) => void) {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.onchange = () =>
    void Promise.all(
      Array.from(input.files ?? []).map(async (f) => ({
        name: f.name,
        bytes: new Uint8Array(await f.arrayBuffer()),
      })),
    ).then(onFiles);
  input.click();
}

/** The live check panel of the endpoint tab. */
export function LiveCheck() {
  const { t } = useTranslation();
  const { inputs, certificates, endpoints, run } = useAppStore(
    useShallow((s) => ({
      inputs: s.inspector.inputs,
      certificates: s.inspector.analysis?.certificates,
      endpoints: s.inspector.endpoints,
      run: s.probe.inspector,
    })),
  );
  const checkLive = useAppStore((s) => s.checkLive);
  const [added, setAdded] = useState<readonly FilePayload[]>([]);
  /** The user's choice per slot; '' means "none", absent means "the guess". */
  const [chosen, setChosen] = useState<Partial<Record<Slot, string>>>({});
  const files = useMemo(() => {
    const byName = new Map<string, FilePayload['bytes']>();
    for (const f of inputs) if (f.bytes.byteLength > 0) byName.set(f.name, f.bytes);
    for (const f of added) byName.set(f.name, f.bytes);
    return byName;
  }, [inputs, added]);
  const guess = useMemo(
    () => pickProbeFiles(certificates ?? [], new Set(files.keys())),
    [certificates, files],
  );
  const selected = (slot: Slot): string | undefined => {
    const name = chosen[slot] ?? guess[slot];
    return name && files.has(name) ? name : undefined;
  };
  const options = [
    { value: '', label: t('probe.live.none') },
    ...[...files.keys()].map((name) => ({ value: name, label: name })),
  ];
  const onRun = () => {
    const payloads: ProbeFiles = {};
    const out = payloads as Record<Slot, FilePayload | undefined>;
    for (const slot of SLOTS) {
      const name = selected(slot);
      if (name) out[slot] = { name: payloadName(name), bytes: files.get(name)! };
    }
    // Read at click time: the endpoint box applies its text on blur, just before this click.
    void checkLive(useAppStore.getState().inspector.endpoints, payloads);
  };
  return (
    <Flex vertical gap={12} role="region" aria-labelledby="probe-live-title">
      <Typography.Title level={4} id="probe-live-title" style={{ marginBottom: 0 }}>
        {t('probe.live.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('probe.live.intro')}</Typography.Text>
      <Form layout="vertical" component="div">
        <Flex gap={12} wrap align="end">
          {SLOTS.map((slot) => (
            <Form.Item
              key={slot}
              label={t(`probe.live.${slot}`)}
              htmlFor={`probe-${slot}`}
              style={{ marginBottom: 0, minWidth: 220 }}
            >
              <Select
                id={`probe-${slot}`}
                aria-label={t(`probe.live.${slot}`)}
                value={selected(slot) ?? ''}
                options={options}
                onChange={(v: string) => setChosen((c) => ({ ...c, [slot]: v }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => chooseFiles((f) => setAdded((a) => [...a, ...f]))}
          >
            {t('probe.live.addFiles')}
          </Button>
        </Flex>
      </Form>
      <Typography.Text type="secondary">{t('probe.live.filesHint')}</Typography.Text>
      <Flex gap={12} align="center" wrap>
        <Button
          type="primary"
          icon={<ApiOutlined />}
          disabled={endpoints.length === 0}
          loading={run.status === 'checking'}
          onClick={onRun}
        >
          {t('probe.live.run')}
        </Button>
        <Typography.Text type="secondary">
          {endpoints.length === 0 ? t('probe.live.noEndpoints') : t('probe.live.only')}
        </Typography.Text>
      </Flex>
      <ProbeResults run={run} />
    </Flex>
  );
}
