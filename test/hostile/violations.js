// Loaded first, as a classic script from the same origin (the strict pages allow no inline
// script): records every Content-Security-Policy and Trusted Types violation on the page.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({
    directive: e.violatedDirective,
    effective: e.effectiveDirective,
    blocked: e.blockedURI,
    source: e.sourceFile,
    line: e.lineNumber,
    sample: e.sample,
  });
});
