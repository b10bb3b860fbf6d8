/**
 * Stands in for exceljs in the API's bundles (tsdown alias): the API reads posted JSON and CSV
 * only, so the loader's XLSX reader is never reached; if it were, the loader reports this error
 * as a problem with the file, never a crash.
 */
export class Workbook {
  constructor() {
    throw new Error('XLSX is not read by the API; post JSON or CSV');
  }
}

export default { Workbook };
