/**
 * Sending to the background when the browser stops the MV3 worker mid-answer: the reply is lost,
 * the request goes again (writes are idempotent) and the caller gets the answer; an orphaned
 * script (extension updated or reloaded) gets `extension-reloaded`, never a retry loop.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendToBackground } from '../../../utils/messaging';

const LOST_REPLY = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('sendToBackground', () => {
  it('sends again when the worker stopped before answering, and returns the answer', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error(LOST_REPLY))
      .mockResolvedValueOnce({ ok: true, value: { removed: true } });
    await expect(sendToBackground('unsaveArticle', { key: 'techflow:fr-FR:article:1' })).resolves.toEqual({ removed: true });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[0]).toEqual(send.mock.calls[1]);
  });

  it('gives up with an internal error after a few lost replies instead of looping', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('The message port closed before a response was received.'));
    await expect(sendToBackground('libraryStatus', {})).rejects.toMatchObject({ code: 'internal' });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('says the extension was reloaded, without retrying, when this script is orphaned', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    await expect(sendToBackground('libraryStatus', {})).rejects.toMatchObject({ code: 'extension-reloaded' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('passes an error reply through as its coded error, without retrying', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: false, error: { code: 'quota-exceeded', message: 'full' } });
    await expect(sendToBackground('libraryStatus', {})).rejects.toMatchObject({ code: 'quota-exceeded' });
    expect(send).toHaveBeenCalledTimes(1);
  });
});
