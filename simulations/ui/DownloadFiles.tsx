// A labelled group of buttons that each download one generated text file (configs, rules, manifests), with a status line.
import { useState } from 'react';
import { DownloadIcon } from './DownloadIcon';
import { saveFile } from './save-file';

export interface DownloadableFile {
  id: string;
  /** The button's text, e.g. "Prometheus alert rules (YAML)". */
  label: string;
  fileName: string;
  /** MIME type without charset. */
  type: string;
  /** Called on each press, so the file matches the settings as they are now. */
  text(): string;
}

export interface DownloadFilesProps {
  /** The group's accessible name, e.g. "Export these drift checks". */
  label: string;
  /** One sentence above the buttons: what the files are for. */
  description: string;
  files: readonly DownloadableFile[];
  className?: string | undefined;
  /** Injectable for tests; defaults to a Blob download. */
  save?: ((fileName: string, text: string, type: string) => void) | undefined;
}

export function DownloadFiles({ label, description, files, className, save = saveFile }: DownloadFilesProps) {
  const [message, setMessage] = useState('');
  return (
    <div className={`sim-download sim-download-files${className ? ` ${className}` : ''}`} role="group" aria-label={label}>
      <p className="sim-help">{description}</p>
      {files.map((file) => (
        <button
          key={file.id}
          type="button"
          className="sim-button"
          data-export={file.id}
          onClick={() => {
            save(file.fileName, file.text(), `${file.type};charset=utf-8`);
            setMessage(`Downloaded ${file.fileName}.`);
          }}
        >
          <DownloadIcon />
          <span>{file.label}</span>
        </button>
      ))}
      <p className="sim-status" role="status">
        {message}
      </p>
    </div>
  );
}
