// Saves text or a Blob as a file in the browser: Blob, object URL, a temporary download link, then revoke.
/**
 * Revoking right after click() can cancel the download in some browsers (FileSaver.js waits 40 s
 * for this reason); run files are small, so holding the Blob that long costs little.
 */
export const REVOKE_AFTER_MS = 40_000;

export function saveFile(fileName: string, data: string | Blob, type: string): void {
  const url = URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type }) : data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
