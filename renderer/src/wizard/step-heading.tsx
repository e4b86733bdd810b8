/**
 * The heading of a wizard step. It takes focus when the step appears, so that keyboard and
 * screen-reader users land at the top of the new step rather than on a vanished button.
 */
import { Typography } from 'antd';
import { useEffect, useRef } from 'react';
import type { WizardStep } from '../store/wizard-slice';

let shownOnce = false;

/** Props of StepHeading. */
export interface StepHeadingProps {
  readonly step: WizardStep;
  readonly title: string;
  readonly intro?: string;
}

/** A step's title (h3) and introduction. */
export function StepHeading({ step, title, intro }: StepHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Not on the app's first paint: a fresh load keeps focus at the start of the document.
    if (shownOnce) ref.current?.focus();
    shownOnce = true;
  }, [step]);
  return (
    <>
      <Typography.Title
        level={3}
        id={`step-${step}-title`}
        ref={ref}
        tabIndex={-1}
        style={{ marginTop: 0, outline: 'none' }}
      >
        {title}
      </Typography.Title>
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
    </>
  );
}
