import { z } from 'zod';

/** A stable, lower-case kebab-case identifier such as `hong-kong` or `open-data`. */
export const kebabIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "hong-kong"');

export type KebabId = z.infer<typeof kebabIdSchema>;
