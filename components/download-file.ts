/** Starts a download of generated data from an extension page (Blob + `<a download>`; no permission needed). */

/** How long the object URL is kept after the click: the browser has copied the data by then. */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
