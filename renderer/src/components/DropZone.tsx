import { useRef, useState, type DragEvent } from 'react';
import { t } from '../../../shared/i18n';

type Props = {
  label: string;
  hint: string;
  multiple?: boolean;
  accept?: string;
  onFiles: (files: File[]) => void;
  testId?: string;
  compact?: boolean;
};

/**
 * One drop target that also works from the keyboard: the whole zone is a button that opens
 * the file picker, and dropping files anywhere on it hands them over as File objects.
 */
export function DropZone({ label, hint, multiple = false, accept, onFiles, testId, compact }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const depth = useRef(0);

  const onDragEnter = (e: DragEvent) => {
    e.preventDefault();
    depth.current += 1;
    setOver(true);
  };
  const onDragLeave = (e: DragEvent) => {
    e.preventDefault();
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    depth.current = 0;
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };

  return (
    <div
      className={`dropzone${over ? ' dropzone-over' : ''}${compact ? ' dropzone-compact' : ''}`}
      data-testid={testId}
      onDragEnter={onDragEnter}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <button type="button" className="dropzone-button" onClick={() => input.current?.click()}>
        <span className="dropzone-icon" aria-hidden="true">
          ⇪
        </span>
        <span className="dropzone-label">{label}</span>
        <span className="dropzone-hint">{hint}</span>
        <span className="dropzone-or">{t('ui.drop.orChoose')}</span>
      </button>
      <input
        ref={input}
        type="file"
        hidden
        multiple={multiple}
        accept={accept}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
