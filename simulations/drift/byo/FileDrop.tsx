// A labelled file input that also takes a dropped file; keyboard and screen-reader users get the native picker.
import { useId, useState, type DragEvent } from 'react';

export interface FileDropProps {
  label: string;
  file: File | null;
  onFile(file: File | null): void;
}

const sizeText = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`);

export function FileDrop({ label, file, onFile }: FileDropProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <div
      className="drift-drop"
      data-over={over || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept=".csv,text/csv" className="drift-file" aria-describedby={`${id}-chosen`} onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)} />
      <p id={`${id}-chosen`} className="sim-help">
        {file ? `${file.name}, ${sizeText(file.size)}` : 'Drop a CSV file here, or choose one.'}
      </p>
    </div>
  );
}
