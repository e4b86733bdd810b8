/**
 * A warning alert listing texts from the Node side (issuance and generator warnings, day-2
 * notes), each rendered in the UI language: the export result, the Review previews and the day-2
 * review show the same list.
 */
import { Alert } from 'antd';
import type { AppText } from '../../../shared/text/text';
import { useText } from '../i18n/use-text';

/** The alert, or nothing when there is no text to show. */
export function TextListAlert({
  title,
  texts,
}: {
  readonly title: string;
  readonly texts: readonly AppText[];
}) {
  const text = useText();
  if (texts.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {texts.map((w) => (
            <li key={JSON.stringify(w)}>{text(w)}</li>
          ))}
        </ul>
      }
    />
  );
}
