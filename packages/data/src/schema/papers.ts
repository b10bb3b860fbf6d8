import { z } from 'zod';

/** Web of Science papers per city (table 2-6), the input of the smart reputation reference index. */
export const papersSchema = z.record(z.string(), z.number().int().nonnegative());

export type Papers = z.infer<typeof papersSchema>;
