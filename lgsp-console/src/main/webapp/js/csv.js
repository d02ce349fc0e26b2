// CSV as the code-list import and export use it (RFC 4180: quoted fields, doubled quotes, CRLF or LF, UTF-8 BOM).
// The server validates an import; this only reads a file the server accepted, for its preview and its diff.

export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter(r => r.length > 1 || r[0] !== '');
}

/** Items of a code-list CSV by their header: {code, name, parent_code, replaced_by, …}. */
export function items(text) {
  const [header, ...rows] = parseCsv(text);
  return rows.map(r => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ''])));
}

/** What a new version changes against the current one, by code. */
export function diff(current, next) {
  const before = new Map(current.map(i => [i.code, i]));
  const after = new Map(next.map(i => [i.code, i]));
  const changes = [];
  for (const [code, item] of after) {
    const old = before.get(code);
    if (!old) changes.push({ kind: 'added', code, text: item.name });
    else if (old.name !== item.name) changes.push({ kind: 'renamed', code, text: old.name + ' → ' + item.name });
    if (item.replaced_by && (!old || old.replaced_by !== item.replaced_by)) {
      changes.push({ kind: 'replaced', code, text: item.replaced_by.split(';').join(', ') });
    }
  }
  for (const [code, item] of before) {
    if (!after.has(code)) changes.push({ kind: 'removed', code, text: item.name });
  }
  return changes;
}
