/** The interactive reference's stylesheet (served by the API itself, no CDN). */
export const docsStyle = `
:root { color-scheme: light dark; --line: #8884; --accent: #1f6feb; font-family: system-ui, sans-serif; }
body { margin: 0 auto; max-width: 64rem; padding: 1rem 1.5rem 4rem; line-height: 1.45; }
h1 { margin-bottom: 0.25rem; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; margin-top: 2rem; }
details.op { border: 1px solid var(--line); border-radius: 6px; margin: 0.5rem 0; }
details.op > summary { cursor: pointer; padding: 0.5rem 0.75rem; display: flex; gap: 0.75rem; align-items: baseline; }
details.op[open] > summary { border-bottom: 1px solid var(--line); }
.op-body { padding: 0.5rem 0.75rem 0.75rem; }
.method { font: 600 0.8rem ui-monospace, monospace; padding: 0.1rem 0.4rem; border-radius: 4px; color: #fff; background: #2da44e; min-width: 3rem; text-align: center; }
.method.post { background: var(--accent); }
.path { font-family: ui-monospace, monospace; }
.summary { color: #888; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
td, th { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
input, select, textarea { font: inherit; width: 100%; box-sizing: border-box; }
textarea { font-family: ui-monospace, monospace; min-height: 8rem; }
button { font: inherit; padding: 0.35rem 1rem; margin-top: 0.5rem; cursor: pointer; }
pre { background: #8881; padding: 0.75rem; overflow: auto; max-height: 28rem; border-radius: 4px; }
.status { font-weight: 600; }
.status.bad { color: #cf222e; }
code { font-family: ui-monospace, monospace; }
`;
