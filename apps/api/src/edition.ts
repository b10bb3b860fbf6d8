import { edition2020 } from '@smartcities/data';

/** The edition the API serves (the report's 2020 data). */
export const edition = edition2020;

/** What every cached body of this edition depends on: its id and content hash. */
export const editionKey = `${edition.ref.id}@${edition.ref.hash}`;
