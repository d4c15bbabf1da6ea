import { createHash } from 'node:crypto';

// Inline, so the page needs one request besides its script; allowed by its hash in the CSP.
const STYLE = `
:root{font:15px/1.4 system-ui,sans-serif;color:#1f2933;background:#f5f7fa}
body{margin:0}
header{display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:end;padding:1rem 1.5rem;background:#0b4f6c;color:#fff}
h1{font-size:1.25rem;margin:0}
h1 small{display:block;font-weight:400;opacity:.8}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
label{display:flex;flex-direction:column;font-size:.8rem;gap:.15rem}
input,select,button{font:inherit;padding:.3rem .5rem;border:1px solid #9aa5b1;border-radius:4px}
button{background:#fff;cursor:pointer}
#caller{flex-basis:100%;margin:0;font-size:.85rem}
#notice{margin:1rem 1.5rem 0;padding:.6rem 1rem;background:#fde8e8;border-left:4px solid #c81e1e}
main{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,34rem),1fr));gap:1rem;padding:1rem 1.5rem}
figure{margin:0;padding:1rem;background:#fff;border-radius:6px;box-shadow:0 1px 3px #0002;min-width:0}
figcaption{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:start;justify-content:space-between}
figcaption h2{font-size:1rem;margin:0}
figcaption p{margin:.2rem 0 0;font-size:.85rem;color:#52606d}
.actions{display:flex;gap:.5rem;align-items:end;margin-left:auto}
.plot{position:relative;margin-top:.75rem}
.status{font-size:.85rem;color:#52606d;min-height:1.2em}
figure[data-state=error] .status{color:#c81e1e}
figure[data-state=loading] .plot{opacity:.5}
table{border-collapse:collapse;font-size:.85rem;margin-top:.5rem}
th,td{padding:.2rem .6rem;border-bottom:1px solid #e4e7eb;text-align:left}
td.number{text-align:right;font-variant-numeric:tabular-nums}
tr.merged{color:#52606d;font-style:italic}
`;

export interface DashboardPage {
  html: string;
  /** Scripts and connections from this origin only; the one inline style by its hash. */
  contentSecurityPolicy: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page: a header with the sign-in form, and an empty main the script fills with one figure per chart. */
export function dashboardPage(options: { graphqlPath: string; scriptUrl: string }): DashboardPage {
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Satu Graf PMI: analysts' dashboard</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>
</head>
<body data-graphql-path="${escapeAttribute(options.graphqlPath)}">
<header>
<h1>Satu Graf PMI<small>Analysts' dashboard: placements, workers, returnees' businesses, KUR</small></h1>
<form id="session">
<label>Bearer token <input id="token" type="password" autocomplete="off" spellcheck="false" placeholder="none: public statistics"></label>
<label>X-Purpose <input id="purpose" autocomplete="off" placeholder="optional"></label>
<button type="submit">Sign in</button>
<button type="button" id="sign-out">Sign out</button>
<p id="caller" role="status"></p>
</form>
</header>
<p id="notice" role="alert" hidden></p>
<main id="charts"></main>
<noscript><p>The dashboard draws its charts with JavaScript.</p></noscript>
</body>
</html>
`;
  const contentSecurityPolicy = [
    "default-src 'none'",
    "script-src 'self'",
    "connect-src 'self'",
    `style-src 'sha256-${styleHash}'`,
    // The empty data: favicon; the CSV download's object URL is a navigation, not a fetch.
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html, contentSecurityPolicy };
}
