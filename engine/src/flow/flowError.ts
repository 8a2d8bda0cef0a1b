// Errors of the flow module, with stable codes and messages in Chinese and English.

export type FlowErrorCode = 'INVALID_BUNDLE' | 'SNAPSHOT_INVALID' | 'SNAPSHOT_MISMATCH';

export class FlowError extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(
    readonly code: FlowErrorCode,
    message: { zh: string; en: string },
  ) {
    super(message.en);
    this.name = 'FlowError';
    this.zh = message.zh;
    this.en = message.en;
  }
}
