/**
 * Runs a callback once the browser has painted the frame that follows: a task posted from an
 * animation-frame callback runs after that frame's paint. Used to time what the reader sees and to
 * put work off until the first screen is shown. A hidden page paints no frame (and runs no
 * animation-frame callback), so there the callback runs as the next task.
 */
export function afterNextPaint(callback: () => void): void {
  if (document.visibilityState !== 'visible') {
    setTimeout(callback, 0);
    return;
  }
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
  });
}
