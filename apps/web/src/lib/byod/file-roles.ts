/** A user's file, as the loaders take it. */
export interface NamedSource {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Which loader reads the chosen files, and in which role each file goes. */
export type FileRoles =
  | { layout: 'ours'; units: NamedSource; framework?: NamedSource }
  | { layout: 'coinr'; iData: NamedSource; iMeta: NamedSource }
  | { layout: 'none'; message: string };

const named = (files: readonly NamedSource[], word: string) =>
  files.find((f) => f.name.toLowerCase().includes(word));

/**
 * Assigns one or two chosen files to the loaders: one file is a units table (or a whole workbook);
 * two files are COINr's iData and iMeta when so named, else units plus the one named "framework".
 * @example fileRoles([units, framework]) // { layout: 'ours', units, framework }
 */
export function fileRoles(files: readonly NamedSource[]): FileRoles {
  if (files.length === 0) return { layout: 'none', message: 'choose a file to score' };
  if (files.length > 2) return { layout: 'none', message: `choose one or two files, not ${files.length}` };
  const [first, second] = files as [NamedSource, NamedSource | undefined];
  if (!second) return { layout: 'ours', units: first };
  const [iData, iMeta] = [named(files, 'idata'), named(files, 'imeta')];
  if (iData && iMeta && iData !== iMeta) return { layout: 'coinr', iData, iMeta };
  const framework = named(files, 'framework');
  if (!framework)
    return {
      layout: 'none',
      message: 'with two files, name one "framework" (our layout) or name them iData and iMeta (COINr)',
    };
  return { layout: 'ours', units: framework === first ? second : first, framework };
}
