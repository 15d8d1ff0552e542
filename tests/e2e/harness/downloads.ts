/** Catches the files an extension page offers for download, so a test can read what the reader would get. */
import type { TestPage } from './test-page';

/** A caught download: its name, type and bytes (zips survive), with the bytes read as UTF-8 text. */
export interface CaughtDownload {
  name: string;
  type: string;
  bytes: Uint8Array;
  text: string;
}

interface InPageDownload {
  name: string;
  type: string;
  /** The blob's bytes, base64 (plain data crosses into the test). */
  base64: Promise<string>;
}

/** From now on the page keeps the files it offers (object URLs clicked as download links) instead of saving them. */
export async function catchDownloads(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const caught: InPageDownload[] = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      if (blob instanceof Blob) blobs.set(url, blob);
      return url;
    };
    const base64 = async (blob: Blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    };
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) caught.push({ name: this.download, type: blob.type, base64: base64(blob) });
    };
    (window as unknown as { tfaDownloads: InPageDownload[] }).tfaDownloads = caught;
  });
}

/** Waits for the `index`-th file the page offered since `catchDownloads`. */
export async function caughtDownload(page: TestPage, index: number): Promise<CaughtDownload> {
  const file = await page.waitFor(async (at) => {
    const caught = (window as unknown as { tfaDownloads: InPageDownload[] }).tfaDownloads;
    const offered = caught[at];
    return offered ? { name: offered.name, type: offered.type, base64: await offered.base64 } : undefined;
  }, index);
  const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
  return { name: file.name, type: file.type, bytes, text: Buffer.from(bytes).toString('utf8') };
}
