// Control for the strict pages: breaks each policy on purpose, so that a test proves the
// headers are enforced and the violation listener sees it.
try {
  // Trusted Types: a string into an HTML sink is refused (and reported) when required.
  document.getElementById('sink').innerHTML = '<b>canary</b>';
} catch {
  window.__ttBlocked = true;
}
