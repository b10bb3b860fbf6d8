import { config } from 'zod';

// Zod probes for `new Function` support to compile faster parsers; the site's CSP forbids eval,
// so the probe would be reported as a CSP violation. Parse without it.
config({ jitless: true });
