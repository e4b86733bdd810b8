/**
 * Step 3: the etcd members (name and the addresses they are reached at), the StatefulSet
 * shortcut for Kubernetes, and cluster-wide settings.
 */
import { ClusterOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Divider, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { SetupForm } from '../field';
import { useFocusNewRow } from '../focus-new-row';
import { StepHeading } from '../step-heading';
import { StepNav } from '../step-nav';
import { ClusterSettings } from './cluster-settings';
import { addMember } from './member-updates';
import { MembersTable } from './members-table';
import { StatefulSetModal } from './statefulset-modal';

/** The members step. */
export function MembersStep() {
  const { t } = useTranslation();
  const setDraft = useAppStore((s) => s.setDraft);
  const [stsOpen, setStsOpen] = useState(false);
  const count = useAppStore((s) => s.plan.draft.cluster.members.length);
  const focusNew = useFocusNewRow(count, (n) => `member-${n - 1}-name`);
  return (
    <SetupForm>
      <StepHeading
        step="members"
        title={t('setup.members.title')}
        intro={t('setup.members.intro')}
      />
      <MembersTable />
      <Flex gap={8} wrap style={{ marginTop: 12 }}>
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() => {
            focusNew();
            setDraft(addMember);
          }}
        >
          {t('setup.members.add')}
        </Button>
        <Button icon={<ClusterOutlined aria-hidden />} onClick={() => setStsOpen(true)}>
          {t('setup.members.statefulSet')}
        </Button>
      </Flex>
      <StatefulSetModal open={stsOpen} onClose={() => setStsOpen(false)} />
      <Divider titlePlacement="start">{t('setup.members.clusterTitle')}</Divider>
      <ClusterSettings />
      <StepNav step="members" />
    </SetupForm>
  );
}
