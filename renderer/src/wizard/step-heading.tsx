/**
 * The heading of a wizard step (plain elements drawn as Ant Design's Typography, global.css: it is
 * part of the first screen). It takes focus when the step appears, so that keyboard and
 * screen-reader users land at the top of the new step rather than on a vanished button.
 */
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
      <h3
        className="etw-title"
        id={`step-${step}-title`}
        ref={ref}
        tabIndex={-1}
        style={{ outline: 'none' }}
      >
        {title}
      </h3>
      {intro && <p className="etw-paragraph etw-secondary">{intro}</p>}
    </>
  );
}
