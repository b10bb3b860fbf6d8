/** The engine version stamped on every result's provenance; kept equal to package.json by a test. */
export const ENGINE_VERSION = '0.1.0';
