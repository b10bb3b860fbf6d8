import { config } from 'zod';

// Zod probes for `new Function` support to compile faster parsers; the site's CSP forbids eval,
// so the probe would be reported as a CSP violation. Parse without it. Imported by the modules
// that parse in the browser (and only those), so that pages that never parse never load zod.
config({ jitless: true });
