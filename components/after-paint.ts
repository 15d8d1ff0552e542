/**
 * Runs a callback once the browser has painted the frame that follows: a task posted from an
 * animation-frame callback runs after that frame's paint. Used to time what the reader sees.
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
  });
}
