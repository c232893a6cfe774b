/** Excel.WorksheetFreezePanes: the rows kept in view at the top of a sheet while it scrolls. */
import type { XlWorksheetFreezePanes } from '../../excel-api';
import { MAX_COLS, MAX_ROWS, type SheetModel } from '../model';
import { officeError } from '../office-error';
import { ClientObject, type Defs } from './client-object';
import { RangeProxy } from './range';
import { invalid, isInt } from './shared';

export class WorksheetFreezePanesProxy extends ClientObject<SheetModel> implements XlWorksheetFreezePanes {
  get _class() {
    return 'WorksheetFreezePanes';
  }
  _defs(): Defs<SheetModel> {
    return {};
  }

  /** Keep the top `count` rows in view (1 when not given), as View → Freeze Panes does. */
  freezeRows(count?: number): void {
    this._call('freezeRows', [count ?? null], (s, location) => {
      const n = count === undefined ? 1 : count;
      if (!isInt(n) || n < 1 || n >= MAX_ROWS) invalid(location);
      if (s.deleted) throw officeError('ItemNotFound', location);
      s.frozenRows = n;
    });
  }

  unfreeze(): void {
    this._call('unfreeze', [], (s, location) => {
      if (s.deleted) throw officeError('ItemNotFound', location);
      s.frozenRows = 0;
    });
  }

  /** The frozen rows as a range (whole rows), or a null object when none are. */
  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getLocationOrNullObject()`, () => {
      const s = this._resolve();
      return s && s.frozenRows > 0 ? { sheet: s, area: { top: 0, left: 0, bottom: s.frozenRows - 1, right: MAX_COLS - 1 } } : null;
    })._instantiate();
  }
}
