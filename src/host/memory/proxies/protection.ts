/** Excel.WorksheetProtection: a sheet protected or not. */
import type { XlWorksheetProtection } from '../../excel-api';
import type { SheetModel } from '../model';
import { ClientObject, installProps, type Defs } from './client-object';
import { undoable } from './shared';

export class WorksheetProtectionProxy extends ClientObject<SheetModel> implements XlWorksheetProtection {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly protected: Excel.WorksheetProtection['protected'];
  get _class() {
    return 'WorksheetProtection';
  }
  _defs(): Defs<SheetModel> {
    return PROTECTION_DEFS;
  }

  protect(_options?: unknown, _password?: string): void {
    this._call('protect', [_options ?? null], (s, location) => {
      undoable(this, location);
      s.protected = true;
    });
  }

  unprotect(_password?: string): void {
    this._call('unprotect', [], (s, location) => {
      undoable(this, location);
      s.protected = false;
    });
  }
}

const PROTECTION_DEFS: Defs<SheetModel> = {
  protected: { get: (s) => s.protected },
};

installProps(WorksheetProtectionProxy, Object.keys(PROTECTION_DEFS));
