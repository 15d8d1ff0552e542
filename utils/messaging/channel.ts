/**
 * The tag on every message envelope, so stray messages from other code are ignored, not misread.
 * Alone in its module so the smallest content script can address the worker without the schemas.
 */
export const CHANNEL = 'techflow-annotator/v1';
