/**
 * Errors shaped like the ones Office.js rejects `context.sync()` with
 * (OfficeExtension.Error: name "RichApi.Error", a code, debugInfo).
 */

/** The messages Excel gives for the codes the in-memory host raises. */
export const OFFICE_MESSAGES: Record<string, string> = {
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidReference: "This reference isn't valid for the current operation.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidOperationInCellEditMode:
    'The operation is not available while Excel is in Edit cell mode. Exit Edit mode by using the ENTER or TAB keys, or by clicking another cell, and then try again.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
  PropertyNotLoaded: 'The property is not available.',
  UndoNotSupported: 'The operation cannot be undone, so it cannot be grouped in one undo action.',
};

export class OfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message?: string, errorLocation?: string) {
    const msg = message ?? OFFICE_MESSAGES[code] ?? code;
    super(msg);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation ? { code, message: msg, errorLocation } : { code, message: msg };
  }
}

export function officeError(code: string, location?: string, message?: string): OfficeError {
  return new OfficeError(code, message, location);
}

/** The error Office.js throws when reading a property that was not loaded. */
export function propertyNotLoaded(prop: string): OfficeError {
  return new OfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}
