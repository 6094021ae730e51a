// A built bundle's bytes by the module they come from, read from its source map (as
// `npm run build` writes it): used by module-sizes.mjs (bytes) and profile.mjs (time).
// cifra's own files are named by source (src/…, via dist/lib), dependencies by package.

/** A source path (relative to dist/) → the row it is counted in. */
export function group(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const lib = source.replace(/^(\.\.\/)*(dist\/)?lib\//, '');
  return lib === source ? source : `src/${lib.replace(/\.js$/, '.ts')}`;
}

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
/** The numbers of one mappings segment (base64 VLQ). */
function vlq(str) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of str) {
    const digit = B64[c];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** The start offsets of the lines of `code`. */
export function lineStarts(code) {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') starts.push(i + 1);
  return starts;
}

/** Segments [offset in code, module], sorted by offset; unmapped code is named `unmapped`. */
export function moduleSegments(code, map, unmapped) {
  const starts = lineStarts(code);
  const segments = [];
  let source = 0;
  map.mappings.split(';').forEach((line, lineNo) => {
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const f = vlq(seg);
      col += f[0];
      let name = unmapped;
      if (f.length >= 4) {
        source += f[1];
        name = group(map.sources[source]);
      }
      segments.push([starts[lineNo] + col, name]);
    }
  });
  return segments.sort((a, b) => a[0] - b[0]);
}

/** The module of the byte at `offset` (the last segment at or before it). */
export function moduleAt(segments, offset, unmapped) {
  let lo = 0;
  let hi = segments.length - 1;
  if (hi < 0 || segments[0][0] > offset) return unmapped;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid][0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segments[lo][1];
}
