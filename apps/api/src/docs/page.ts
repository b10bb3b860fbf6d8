/**
 * The interactive reference's page. Every URL in it is relative, so it works wherever the API is
 * mounted (`/docs` next to `/openapi.json`, or `/api/docs` next to `/api/openapi.json`).
 */
export const docsPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Smart Cities Index API reference</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="docs/app.css">
<script type="module" src="docs/app.js"></script>
</head>
<body>
<header><h1>Smart Cities Index API</h1><p id="intro">Loading the OpenAPI document…</p></header>
<main id="operations" aria-live="polite"></main>
<noscript>This reference needs JavaScript; the raw description is at <a href="openapi.json">openapi.json</a>.</noscript>
</body>
</html>
`;
