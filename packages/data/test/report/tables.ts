/** The printed tables of the 2020 report by id, each located by the start of its header line. */
export const tableHeaders = {
  overall: 'Level\tCity',
  '2-1': 'CITY\tMobile Phone',
  '2-2': 'CITY\tInteractive Design',
  '2-3': 'CITY\tOnline healthcare',
  '2-4': 'CITY\tData Openness',
  '2-5': 'CITY\tStrength of Colleges',
  '2-6': 'city\tNumber of literature',
} as const;

/** A printed table's id. */
export type TableId = keyof typeof tableHeaders;
