/** Every failure the API can report; the renderer switches on these, people read the message. */
export type ApiErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'no_workspace'
  | 'workspace_incompatible'
  /** The file is a workspace but SQLite finds it damaged: restore a backup. */
  | 'workspace_damaged'
  /** The operating system refused a file operation (disk full, no permission, a file where a folder should be). */
  | 'file_system'
  | 'unsupported'
  | 'unknown_method'
  | 'unauthorized'
  | 'forbidden'
  | 'internal';

/** The error shape every transport returns: a code to branch on, a sentence to show, and the field at fault. */
export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  field?: string;
}

/** The envelope of every API answer, identical over IPC, HTTP and the CLI. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** A failure a handler raises on purpose; its message is shown to the user as is. */
export class AppError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | undefined;

  constructor(code: ApiErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }

  /** The plain body sent over the wire. */
  toBody(): ApiErrorBody {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
  }
}

/** Narrow an unknown thrown value to an AppError. */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
