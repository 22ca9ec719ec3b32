#!/usr/bin/env node
/**
 * Codemod of issue #23 items 2 and 6: moves files and renames identifiers of the plumbing to
 * English, folder by folder, one commit per group, no behaviour change. Driven by map.mjs.
 *
 *   node tools/rename-23/rename.mjs <worktree> [--no-commit] [--only id[,id]] [--dry]
 *
 * The worktree must be clean. Uses the worktree's own `typescript` (LanguageService over the
 * three programs: tsconfig.json, src/admin/tsconfig.json, tsconfig.tests.json) for imports
 * (getEditsForFileRename), references (findRenameLocations) and declaration moves ("Move to
 * file"); then a text pass over every tracked text file for paths named in prose, scripts and
 * comments. Anything it cannot do as mapped (a name no longer there, a collision, a leftover) is
 * reported; a hard failure stops before that group's commit.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rootArg = args.find(
  (a, i) => !a.startsWith('--') && args[i - 1] !== '--only' && args[i - 1] !== '--map',
);
if (!rootArg) {
  console.error('usage: node rename.mjs <worktree> [--no-commit] [--only id,id] [--map map.mjs]');
  process.exit(2);
}
const ROOT = path.resolve(rootArg);
const here = path.dirname(fileURLToPath(import.meta.url));
const mapFile = path.resolve(option('--map') ?? path.join(here, 'map.mjs'));
const { default: GROUPS, NO_BEHAVIOUR } = await import(pathToFileURL(mapFile).href);
const only = option('--only')?.split(',');
const COMMIT = !flag('--no-commit');

const require = createRequire(path.join(ROOT, 'package.json'));
const ts = require('typescript');
const started = Date.now();
const abs = (rel) => path.join(ROOT, rel);
const rel = (file) => path.relative(ROOT, file).split(path.sep).join('/');
const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });

const problems = []; // hard: stop before commit
const warnings = []; // soft: reported
const touched = new Map(); // group id -> Set of files
const fail = (msg) => problems.push(msg);
const warn = (msg) => warnings.push(msg);

if (git('status', '--porcelain', '--untracked-files=no').trim()) {
  console.error(`${ROOT}: the worktree has uncommitted changes; commit or stash them first.`);
  process.exit(2);
}

// ---------------------------------------------------------------- files, with versions for the LS
const cache = new Map(); // abs -> { text, version }
let versionCounter = 0;
function readEntry(file) {
  let entry = cache.get(file);
  if (!entry) {
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) return undefined;
    entry = { text: fs.readFileSync(file, 'utf8'), version: ++versionCounter };
    cache.set(file, entry);
  }
  return entry;
}
let currentGroup = null;
function writeText(file, text) {
  const before = readEntry(file);
  if (before && before.text === text) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  cache.set(file, { text, version: ++versionCounter });
  touched.get(currentGroup)?.add(rel(file));
}
function moveFile(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  git('mv', rel(from), rel(to));
  const entry = readEntry(to) ?? { text: fs.readFileSync(to, 'utf8') };
  cache.delete(from);
  cache.set(to, { text: entry.text, version: ++versionCounter });
  // Remove folders left empty.
  let dir = path.dirname(from);
  while (
    dir.startsWith(ROOT) &&
    dir !== ROOT &&
    fs.existsSync(dir) &&
    fs.readdirSync(dir).length === 0
  ) {
    fs.rmdirSync(dir);
    dir = path.dirname(dir);
  }
  touched.get(currentGroup)?.add(`${rel(from)} -> ${rel(to)}`);
}

/** What prettier (or anything else) changed on disk gets a new version; node_modules is left cached. */
function refreshFromDisk() {
  for (const [file, entry] of [...cache]) {
    if (file.includes(`${path.sep}node_modules${path.sep}`)) continue;
    if (!fs.existsSync(file)) {
      cache.delete(file);
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    if (text !== entry.text) cache.set(file, { text, version: ++versionCounter });
  }
}

// ---------------------------------------------------------------- the three programs
const CONFIGS = ['tsconfig.json', 'src/admin/tsconfig.json', 'tsconfig.tests.json'];
const registry = ts.createDocumentRegistry(true, ROOT);
const projects = CONFIGS.map((config) => {
  const project = { config: abs(config), fileNames: [], options: {} };
  const reload = () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      project.config,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) =>
          fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
      },
    );
    project.fileNames = parsed.fileNames.map((f) => path.resolve(f));
    project.options = { ...parsed.options, noEmit: true, incremental: false };
  };
  reload();
  project.reload = reload;
  project.has = (file) =>
    project.fileNames.includes(file) || !!project.ls.getProgram()?.getSourceFile(file);
  const host = {
    getScriptFileNames: () => project.fileNames,
    getScriptVersion: (f) => String(readEntry(path.resolve(f))?.version ?? 0),
    getScriptSnapshot: (f) => {
      const entry = readEntry(path.resolve(f));
      return entry ? ts.ScriptSnapshot.fromString(entry.text) : undefined;
    },
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => project.options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => (cache.has(path.resolve(f)) ? true : ts.sys.fileExists(f)),
    readFile: (f) => readEntry(path.resolve(f))?.text,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
    useCaseSensitiveFileNames: () => true,
  };
  project.ls = ts.createLanguageService(host, registry);
  return project;
});
const reloadProjects = () => projects.forEach((p) => p.reload());
const projectsWith = (file) => projects.filter((p) => p.has(file));

const PREFS = {
  quotePreference: 'single',
  importModuleSpecifierPreference: 'relative',
  importModuleSpecifierEnding: 'minimal',
  allowTextChangesInNewFiles: true,
  providePrefixAndSuffixTextForRename: true,
  allowRenameOfImportPath: false,
};

/** Apply [{ fileName, textChanges:[{span,newText}] }], deduplicated across programs. */
function applyFileChanges(changes, label) {
  const perFile = new Map();
  for (const change of changes) {
    const file = path.resolve(change.fileName);
    const list = perFile.get(file) ?? [];
    for (const tc of change.textChanges) {
      if (
        !list.some(
          (o) =>
            o.span.start === tc.span.start &&
            o.span.length === tc.span.length &&
            o.newText === tc.newText,
        )
      )
        list.push(tc);
    }
    perFile.set(file, list);
    if (change.isNewFile && !readEntry(file))
      cache.set(file, { text: '', version: ++versionCounter });
  }
  for (const [file, list] of perFile) {
    const entry = readEntry(file) ?? { text: '' };
    list.sort((a, b) => b.span.start - a.span.start || b.span.length - a.span.length);
    let text = entry.text;
    let lastStart = Infinity;
    for (const tc of list) {
      if (tc.span.start + tc.span.length > lastStart) {
        fail(`${label}: overlapping edits in ${rel(file)} at ${tc.span.start}`);
        continue;
      }
      text = text.slice(0, tc.span.start) + tc.newText + text.slice(tc.span.start + tc.span.length);
      lastStart = tc.span.start;
    }
    writeText(file, text);
  }
}

function sourceFile(file) {
  for (const p of projectsWith(file)) {
    const sf = p.ls.getProgram().getSourceFile(file);
    if (sf) return { sf, project: p };
  }
  return {};
}

function nodeAt(sf, pos) {
  let found;
  const visit = (node) => {
    if (pos >= node.getStart(sf) && pos < node.getEnd()) {
      found = node;
      ts.forEachChild(node, visit);
    }
  };
  ts.forEachChild(sf, visit);
  return found;
}

// ---------------------------------------------------------------- declaration moves
/**
 * Top-level declarations (with their doc comments) cut from one file and put into another: after
 * the target's imports, or into a new file under `header`. The imports they need in the target
 * are the map's `imports` (specifiers from the target's place before this group's moves); every
 * other file that imported them from the source imports them from the target; the source imports
 * back what it still uses (`sourceImport`) and loses imports it no longer uses.
 * (TypeScript's own "Move to file" refactor was tried: it detaches doc comments, drops `type` from
 * imports and writes deep package paths, so the move is done here, plainly.)
 */
const relSpec = (fromFile, toFile) => {
  let spec = path
    .relative(path.dirname(fromFile), toFile)
    .split(path.sep)
    .join('/')
    .replace(/\.(tsx|ts)$/, '');
  return spec.startsWith('.') ? spec : `./${spec}`;
};
function parse(file) {
  const entry = readEntry(file);
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, entry.text, ts.ScriptTarget.ES2022, true, kind);
}
function withDoc(sf, stmt) {
  const comments = ts.getLeadingCommentRanges(sf.text, stmt.getFullStart()) ?? [];
  return comments.length ? comments[0].pos : stmt.getStart(sf);
}
/** Remove import specifiers whose name the file no longer uses. */
function dropUnusedImports(file, onlyNames) {
  const sf = parse(file);
  const text = sf.text;
  const edits = [];
  for (const s of sf.statements) {
    if (
      !ts.isImportDeclaration(s) ||
      !s.importClause?.namedBindings ||
      !ts.isNamedImports(s.importClause.namedBindings)
    )
      continue;
    const elements = s.importClause.namedBindings.elements;
    const rest = text.slice(0, s.getStart(sf)) + text.slice(s.getEnd());
    const keep = elements.filter((e) => {
      const n = e.name.text;
      if (onlyNames && !onlyNames.includes(n)) return true;
      return new RegExp(`\\b${n}\\b`).test(rest);
    });
    if (keep.length === elements.length) continue;
    if (!keep.length && !s.importClause.name)
      edits.push({
        span: { start: s.getFullStart(), length: s.getEnd() - s.getFullStart() },
        newText: '',
      });
    else {
      const b = s.importClause.namedBindings;
      edits.push({
        span: { start: b.getStart(sf), length: b.getWidth(sf) },
        newText: `{ ${keep.map((e) => e.getText(sf)).join(', ')} }`,
      });
    }
  }
  if (edits.length)
    applyFileChanges([{ fileName: file, textChanges: edits }], `imports of ${rel(file)}`);
}
function declMove({
  from,
  names,
  to,
  header = '',
  imports = [],
  sourceImport,
  exportInSource = [],
}) {
  const fromAbs = abs(from);
  const toAbs = abs(to);
  if (!readEntry(fromAbs)) return warn(`declMove: ${from} not found: skipped`);
  let sf = parse(fromAbs);
  const statements = sf.statements.filter((s) => s.name && names.includes(s.name.text));
  const missing = names.filter((n) => !statements.some((s) => s.name.text === n));
  if (missing.length)
    return warn(
      `declMove: ${missing.join(', ')} not found in ${from}: skipped (moved or renamed since the map was written?)`,
    );
  // 1. Cut them (with their doc comments) out of the source; export what stays and is needed there.
  const pieces = statements.map((s) => sf.text.slice(withDoc(sf, s), s.getEnd()));
  const cuts = statements.map((s) => {
    let start = withDoc(sf, s);
    let end = s.getEnd();
    while (sf.text[end] === '\n' && sf.text[end + 1] === '\n') end += 1;
    if (sf.text[end] === '\n') end += 1;
    return { span: { start, length: end - start }, newText: '' };
  });
  for (const n of exportInSource) {
    const s = sf.statements.find((x) => x.name?.text === n);
    if (!s) fail(`declMove: ${n} not in ${from}`);
    else if (!s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
      cuts.push({ span: { start: s.getStart(sf), length: 0 }, newText: 'export ' });
  }
  applyFileChanges([{ fileName: fromAbs, textChanges: cuts }], `declMove cut ${names}`);
  // 2. Other files that imported them from the source import them from the target.
  const moved = new Set(names);
  for (const p of projects)
    for (const file of p.fileNames) {
      if (file === fromAbs || !readEntry(file) || !fs.existsSync(file)) continue;
      const isf = parse(file);
      const edits = [];
      for (const s of isf.statements) {
        if (
          !ts.isImportDeclaration(s) ||
          !ts.isStringLiteral(s.moduleSpecifier) ||
          !s.moduleSpecifier.text.startsWith('.')
        )
          continue;
        const r = ts.resolveModuleName(
          s.moduleSpecifier.text,
          file,
          p.options,
          ts.sys,
        ).resolvedModule;
        if (!r || path.resolve(r.resolvedFileName) !== fromAbs) continue;
        const b = s.importClause?.namedBindings;
        if (!b || !ts.isNamedImports(b)) continue;
        const take = b.elements.filter((e) => moved.has((e.propertyName ?? e.name).text));
        if (!take.length) continue;
        const keep = b.elements.filter((e) => !take.includes(e));
        const typeOnly = s.importClause.isTypeOnly;
        const again =
          file === toAbs
            ? ''
            : `import ${typeOnly ? 'type ' : ''}{ ${take.map((e) => e.getText(isf)).join(', ')} } from '${relSpec(file, toAbs)}';\n`;
        if (!keep.length && !s.importClause.name)
          edits.push({
            span: { start: s.getStart(isf), length: s.getEnd() - s.getStart(isf) + 1 },
            newText: again,
          });
        else {
          edits.push({
            span: { start: b.getStart(isf), length: b.getWidth(isf) },
            newText: `{ ${keep.map((e) => e.getText(isf)).join(', ')} }`,
          });
          if (again) edits.push({ span: { start: s.getEnd() + 1, length: 0 }, newText: again });
        }
      }
      if (edits.length)
        applyFileChanges([{ fileName: file, textChanges: edits }], `declMove importers`);
    }
  // 3. Into the target: after its imports, or a new file.
  const block = pieces.join('\n\n');
  const target = readEntry(toAbs);
  if (!target) {
    writeText(
      toAbs,
      `${imports.length ? imports.join('\n') + '\n\n' : ''}${header ? header + '\n' : ''}${block}\n`,
    );
    touched.get(currentGroup)?.add(rel(toAbs));
  } else {
    const tsf = parse(toAbs);
    const lastImport = [...tsf.statements].reverse().find((s) => ts.isImportDeclaration(s));
    const at = lastImport ? lastImport.getEnd() : 0;
    const importText = imports.length ? '\n' + imports.join('\n') : '';
    writeText(
      toAbs,
      tsf.text.slice(0, at) +
        importText +
        '\n\n' +
        block +
        '\n' +
        tsf.text.slice(at).replace(/^\n+/, '\n'),
    );
  }
  // 4. The source imports back what it still uses, and drops what it no longer does.
  if (sourceImport) {
    const ssf = parse(fromAbs);
    const lastImport = [...ssf.statements].reverse().find((s) => ts.isImportDeclaration(s));
    const at = lastImport ? lastImport.getEnd() : 0;
    writeText(
      fromAbs,
      ssf.text.slice(0, at) +
        `\n${sourceImport.replace('%TARGET%', relSpec(fromAbs, toAbs))}` +
        ssf.text.slice(at),
    );
  }
  dropUnusedImports(fromAbs);
  if (!projects[0].fileNames.includes(toAbs)) reloadProjects();
}

// ---------------------------------------------------------------- identifier renames
function declarationName(sf, name, isMember) {
  if (!isMember) {
    for (const s of sf.statements) {
      if (s.name && ts.isIdentifier(s.name) && s.name.text === name) return s.name;
      if (ts.isVariableStatement(s))
        for (const d of s.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.name.text === name) return d.name;
    }
    // A non-exported helper inside the module (function declared in a block, say).
  }
  const found = [];
  const visit = (node) => {
    if (
      (ts.isMethodDeclaration(node) ||
        ts.isPropertyAssignment(node) ||
        ts.isShorthandPropertyAssignment(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isVariableDeclaration(node) ||
        ts.isPropertySignature(node) ||
        ts.isMethodSignature(node)) &&
      node.name &&
      ts.isIdentifier(node.name) &&
      node.name.text === name
    )
      found.push(node.name);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (found.length > 1 && isMember) {
    // Methods of the service object: the first declaration that is a method or property assignment.
    const own = found.filter(
      (n) => ts.isMethodDeclaration(n.parent) || ts.isPropertyAssignment(n.parent),
    );
    if (own.length === 1) return own[0];
    fail(
      `rename: ${name} is declared ${found.length} times in ${rel(sf.fileName)}; the map must say which`,
    );
    return undefined;
  }
  return found[0];
}

const SCOPE_FLAGS =
  ts.SymbolFlags.Value | ts.SymbolFlags.Type | ts.SymbolFlags.Alias | ts.SymbolFlags.Namespace;

function rename({ file, name, to, member = false, comments }) {
  const fileAbs = abs(file);
  const { sf } = sourceFile(fileAbs);
  if (!sf)
    return warn(`rename ${name} -> ${to}: ${file} is in no program (moved or gone?): skipped`);
  const decl = declarationName(sf, name, member);
  if (!decl)
    return warn(
      `rename ${name} -> ${to}: no declaration named ${name} in ${file}: skipped (already renamed?)`,
    );
  const inComments = comments ?? (!member && name.length >= 10);
  const locations = [];
  const seen = new Set();
  const pos = decl.getStart(sf);
  for (const p of projectsWith(fileAbs)) {
    const locs = p.ls.findRenameLocations(fileAbs, pos, false, inComments, PREFS) ?? [];
    for (const loc of locs) {
      const key = `${path.resolve(loc.fileName)}:${loc.textSpan.start}:${loc.textSpan.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      locations.push({ loc, project: p });
    }
  }
  if (!locations.length)
    return fail(`rename ${name} -> ${to} in ${file}: TypeScript found no locations`);
  // Collisions: the new name must not be in scope anywhere the old one is used, nor a member of the same object.
  for (const { loc, project } of locations) {
    const lsf = project.ls.getProgram().getSourceFile(loc.fileName);
    const node = nodeAt(lsf, loc.textSpan.start);
    if (!node || !ts.isIdentifier(node) || node.text !== name) continue; // a comment
    const checker = project.ls.getProgram().getTypeChecker();
    if (member || ts.isPropertyAccessExpression(node.parent)) {
      const holder =
        ts.isPropertyAccessExpression(node.parent) && node.parent.name === node
          ? node.parent.expression
          : node.parent.parent;
      const type = holder && checker.getTypeAtLocation(holder);
      if (type?.getProperty?.(to))
        fail(`rename ${name} -> ${to}: ${rel(loc.fileName)} already has a member ${to} there`);
      continue;
    }
    const clash = checker.getSymbolsInScope(node, SCOPE_FLAGS).find((s) => s.name === to);
    if (clash)
      fail(
        `rename ${name} -> ${to}: ${to} is already in scope in ${rel(loc.fileName)}:${lsf.getLineAndCharacterOfPosition(loc.textSpan.start).line + 1}`,
      );
  }
  pendingEdits.push(
    ...locations.map(({ loc }) => ({
      fileName: loc.fileName,
      textChanges: [
        { span: loc.textSpan, newText: `${loc.prefixText ?? ''}${to}${loc.suffixText ?? ''}` },
      ],
    })),
  );
  const prefixed = locations.filter(({ loc }) => loc.prefixText || loc.suffixText);
  for (const { loc } of prefixed)
    warn(
      `rename ${name} -> ${to}: kept an outside name at ${rel(loc.fileName)} (${(loc.prefixText ?? '') + to + (loc.suffixText ?? '')})`,
    );
  // Backticked mentions in the Markdown docs, for long (unambiguous) top-level names.
  if (!member && inComments)
    pendingMarkdown.push([
      new RegExp('`' + name + '(\\(\\))?`', 'g'),
      (_m, call) => '`' + to + (call ?? '') + '`',
    ]);
}
/** Every rename of a group is found on one unchanged program, then applied at once. */
const pendingEdits = [];
const pendingMarkdown = [];
function renameAll(renames) {
  pendingEdits.length = 0;
  pendingMarkdown.length = 0;
  for (const r of renames) rename(r);
  if (pendingEdits.length) applyFileChanges(pendingEdits, 'renames');
  for (const [re, fn] of pendingMarkdown) markdownReplace(re, fn);
  if (pendingEdits.length) reloadProjects();
}

// ---------------------------------------------------------------- text files
function trackedTextFiles() {
  return git('ls-files', '-z')
    .split('\0')
    .filter(Boolean)
    .filter(
      (f) =>
        !f.startsWith('types/generated/') && f !== 'package-lock.json' && !f.startsWith('patches/'),
    )
    .filter((f) => !/\.(png|jpe?g|gif|ico|pdf|zip|db|woff2?)$/i.test(f))
    .filter((f) => fs.existsSync(abs(f)));
}
const CODE = /\.(ts|tsx|js|mjs|cjs)$/;
function eachTextFile(fn, filter = () => true) {
  for (const f of trackedTextFiles()) {
    if (!filter(f)) continue;
    const entry = readEntry(abs(f));
    if (!entry || entry.text.includes('\0')) continue;
    const next = fn(entry.text, f);
    if (next !== undefined && next !== entry.text) writeText(abs(f), next);
  }
}
function markdownReplace(regex, replacement) {
  eachTextFile(
    (text) => text.replace(regex, replacement),
    (f) => f.endsWith('.md'),
  );
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const stemOf = (p) => p.replace(/\.(d\.ts|tsx|ts|jsx|js|mjs|cjs)$/, '');
const BEFORE = '(?<![\\w.-])';
const AFTER = '(\\.d\\.ts|\\.tsx|\\.ts|\\.js)?(?![\\w-])(?!\\.\\w)';

/** Paths of moved files and folders named in prose, scripts, configs and comments. */
function textPass(moves, dirs, oldOf) {
  const rules = [];
  for (const [from, to] of moves) {
    const a = stemOf(from).split('/');
    const b = stemOf(to).split('/');
    let common = 0;
    while (common < Math.min(a.length, b.length) - 1 && a[common] === b[common]) common += 1;
    for (let i = 0; i <= common; i += 1) {
      if (a.length - i < 2) break;
      rules.push({
        re: new RegExp(BEFORE + escape(a.slice(i).join('/')) + AFTER, 'g'),
        to: b.slice(i).join('/'),
        len: a.length - i,
      });
    }
  }
  for (const [from, to] of dirs) {
    const a = from.split('/');
    const b = to.split('/');
    rules.push({
      re: new RegExp(BEFORE + escape(from) + '(?=/|`|\\s|$|\\)|\'|")', 'g'),
      to,
      len: -1,
      dir: true,
    });
    if (a.length !== b.length)
      warn(`dir ${from} -> ${to}: depth changes; check relative mentions by hand`);
  }
  rules.sort((x, y) => y.len - x.len);
  eachTextFile((text) => {
    let out = text;
    for (const rule of rules)
      out = rule.dir
        ? out.replace(rule.re, () => rule.to)
        : out.replace(rule.re, (_m, ext) => rule.to + (typeof ext === 'string' ? ext : ''));
    return out;
  });
  // A file named bare (no folder) in a comment of a file that stood beside it.
  const newOf = new Map(moves.map(([f, t]) => [f, t]));
  for (const [from, to] of moves) {
    const baseOld = path.posix.basename(stemOf(from));
    const extOld = from.slice(stemOf(from).length);
    if (!extOld) continue;
    const re = new RegExp('(?<![\\w./-])' + escape(baseOld) + escape(extOld) + '(?![\\w-])', 'g');
    eachTextFile(
      (text, f) => {
        const before = oldOf.get(f) ?? f;
        if (path.posix.dirname(before) !== path.posix.dirname(from) || before === from) return text;
        const target = path.posix.relative(path.posix.dirname(f), to);
        return text.replace(re, target);
      },
      (f) => CODE.test(f),
    );
  }
  void newOf;
}

/** The README "Struktur" tree keeps its description column (32) when a path in it got longer or shorter. */
function realignStruktur() {
  const file = abs('README.md');
  const entry = readEntry(file);
  if (!entry) return;
  const m = /^## Struktur\n[^#]*?```\n([\s\S]*?)\n```/m.exec(entry.text);
  if (!m) return warn('README.md: no "## Struktur" block to realign');
  const lines = m[1].split('\n').map((line) => {
    const indent = line.length - line.trimStart().length;
    if (indent >= 16 || !line.trim()) return line;
    const cut = /^(\s*\S(?:.*?\S)?)( {2,})(\S.*)$/.exec(line);
    if (!cut) return line;
    const [, head, , desc] = cut;
    return head.length < 31 ? head.padEnd(32) + desc : line;
  });
  const start = m.index + m[0].indexOf(m[1]);
  writeText(
    file,
    entry.text.slice(0, start) + lines.join('\n') + entry.text.slice(start + m[1].length),
  );
}

function applyTextEdits(edits = []) {
  for (const { file, find, replace, all } of edits) {
    const fileAbs = abs(file);
    const entry = readEntry(fileAbs);
    if (!entry) {
      warn(`textEdit: ${file} not found: skipped`);
      continue;
    }
    const re =
      all || find.global
        ? new RegExp(find.source, find.flags.includes('g') ? find.flags : find.flags + 'g')
        : find;
    if (!re.test(entry.text)) {
      warn(`textEdit: ${find} not found in ${file}: skipped (edit it by hand)`);
      continue;
    }
    re.lastIndex = 0;
    writeText(fileAbs, entry.text.replace(re, replace));
  }
}

/**
 * Tests that stand up a fake plugin (`{ status: { baca: ... } }`, handed out by `service(name)`)
 * are untyped there: their members and keys follow the services' renames here.
 */
function renameFakeServices(renames, keys = {}) {
  const members = renames.filter((r) => r.member && r.service);
  if (!members.length && !Object.keys(keys).length) return;
  eachTextFile(
    (text, f) => {
      const sf = ts.createSourceFile(f, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
      const edits = [];
      const visit = (node) => {
        if (
          ts.isPropertyAssignment(node) &&
          ts.isObjectLiteralExpression(node.initializer) &&
          (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
        ) {
          const key = node.name.text;
          const service =
            Object.entries(keys).find(([from, to]) => key === from || key === to)?.[0] ?? key;
          const own = members.filter((r) => r.service === service);
          // A fake service holds functions only; a wire object (JSON) holds none.
          const props = node.initializer.properties;
          const isFake =
            props.length > 0 &&
            props.every(
              (p) =>
                ts.isMethodDeclaration(p) ||
                (ts.isPropertyAssignment(p) &&
                  (ts.isArrowFunction(p.initializer) || ts.isFunctionExpression(p.initializer))),
            );
          if (isFake && (own.length || keys[key])) {
            if (keys[key])
              edits.push({
                span: { start: node.name.getStart(sf), length: node.name.getWidth(sf) },
                newText: ts.isStringLiteral(node.name) ? `'${keys[key]}'` : keys[key],
              });
            for (const p of node.initializer.properties) {
              const r =
                p.name && ts.isIdentifier(p.name) && own.find((x) => x.name === p.name.text);
              if (r)
                edits.push({
                  span: { start: p.name.getStart(sf), length: p.name.getWidth(sf) },
                  newText: r.to,
                });
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
      if (!edits.length) return text;
      edits.sort((a, b) => b.span.start - a.span.start);
      let out = text;
      for (const e of edits)
        out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.start + e.span.length);
      warn(`fake services renamed in ${f} (${edits.length} names): check the diff`);
      return out;
    },
    (f) => /\.ts$/.test(f) && /(^tests\/|\/__tests__\/)/.test(f),
  );
}

// ---------------------------------------------------------------- plugin service keys
function renameServiceKeys(keys) {
  if (!keys) return;
  for (const [from, to] of Object.entries(keys)) {
    const q = `(['"])${escape(from)}\\2`;
    const patterns = [
      new RegExp(`(\\bgetService\\(\\s*)${q}`, 'g'),
      new RegExp(
        `(\\bplugin\\(\\s*(?:'redaksi'|"redaksi"|PLUGIN_ID)\\s*\\)\\s*\\??\\.service\\(\\s*)${q}`,
        'g',
      ),
    ];
    eachTextFile(
      (text) =>
        patterns.reduce(
          (t, re) => t.replace(re, (_m, head, quote) => `${head}${quote}${to}${quote}`),
          text,
        ),
      (f) => CODE.test(f),
    );
  }
}

function writeServiceIndex(spec, keys, moveMap) {
  if (!spec) return;
  const fileAbs = abs(spec.file);
  const entry = readEntry(fileAbs);
  const sf = ts.createSourceFile(fileAbs, entry.text, ts.ScriptTarget.ES2022, true);
  const importPath = new Map();
  const services = [];
  for (const s of sf.statements) {
    if (ts.isImportDeclaration(s) && s.importClause?.name)
      importPath.set(s.importClause.name.text, s.moduleSpecifier.text);
    if (ts.isExportAssignment(s) && ts.isObjectLiteralExpression(s.expression)) {
      for (const p of s.expression.properties) {
        const key = ts.isShorthandPropertyAssignment(p) ? p.name.text : p.name.text;
        const local = ts.isShorthandPropertyAssignment(p) ? p.name.text : p.initializer.text;
        services.push({ key, local });
      }
    }
  }
  const dir = path.posix.dirname(spec.file);
  const lines = [];
  const exports = [];
  const camel = (k) => k.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
  const resolved = services.map(({ key, local }) => {
    const spec0 = importPath.get(local);
    if (!spec0) fail(`serviceIndex: ${key} has no import in ${spec.file}`);
    const now = path.posix.normalize(path.posix.join(dir, spec0 ?? '')); // already updated by the moves
    const newKey = keys?.[key] ?? key;
    let relPath = path.posix.relative(dir, now);
    if (!relPath.startsWith('.')) relPath = `./${relPath}`;
    return { key: newKey, local: camel(newKey), path: relPath };
  });
  const known = new Set(Object.values(keys ?? {}));
  for (const k of Object.keys(keys ?? {}))
    if (!resolved.some((r) => r.key === keys[k]))
      warn(`serviceIndex: service ${k} not in the index any more`);
  void known;
  void moveMap;
  for (const [comment, prefix] of spec.sections) {
    const inSection = resolved
      .filter((r) =>
        prefix
          ? r.path.startsWith(`./${prefix}`)
          : !spec.sections.some(([, p]) => p && r.path.startsWith(`./${p}`)),
      )
      .sort((x, y) => x.key.localeCompare(y.key));
    if (!inSection.length) continue;
    lines.push(...inSection.map((r) => `import ${r.local} from '${r.path}';`));
    exports.push(`  // ${comment}`);
    exports.push(
      ...inSection.map((r) => (r.key === r.local ? `  ${r.key},` : `  '${r.key}': ${r.local},`)),
    );
  }
  if (exports.filter((l) => !l.startsWith('  //')).length !== resolved.length)
    fail('serviceIndex: a service fell outside every section');
  writeText(fileAbs, `${lines.join('\n')}\n\nexport default {\n${exports.join('\n')}\n};\n`);
}

function leftovers(keys, renames) {
  for (const [from] of Object.entries(keys ?? {})) {
    const re = new RegExp(`(getService|\\.service)\\(\\s*['"]${escape(from)}['"]`);
    eachTextFile(
      (text, f) => {
        if (re.test(text) && /plugin\(\s*['"]redaksi['"]|getService\(/.test(text))
          warn(`leftover service key '${from}' in ${f}: check by hand`);
        return undefined;
      },
      (f) => CODE.test(f),
    );
  }
  void renames;
}

// ---------------------------------------------------------------- file moves
/**
 * Every relative module specifier (import, export, import type, require, import(), jest.mock) of
 * every file of the three programs and of the tracked JavaScript, resolved the way TypeScript
 * resolves it (ts.resolveModuleName with each program's options), is rewritten for the files'
 * new places, all moves of a group at once. This is what getEditsForFileRename computes per file;
 * done here in one pass because that call needs a fresh type checker of all three programs after
 * each move (minutes per file on this project), and because a group moves importer and imported
 * together.
 */
function moveAll(moves) {
  if (!moves.length) return;
  const newOf = new Map(moves.map(([f, t]) => [abs(f), abs(t)]));
  const where = (file) => newOf.get(file) ?? file;
  const files = new Set();
  for (const p of projects) for (const f of p.fileNames) files.add(f);
  for (const f of trackedTextFiles()) if (/\.(ts|tsx|js|mjs|cjs)$/.test(f)) files.add(abs(f));
  const optionsFor = (file) =>
    (projects.find((p) => p.fileNames.includes(file)) ?? projects[0]).options;
  const resolveRelative = (spec, importer) => {
    const r = ts.resolveModuleName(spec, importer, optionsFor(importer), ts.sys).resolvedModule;
    if (r?.resolvedFileName && !r.isExternalLibraryImport) return path.resolve(r.resolvedFileName);
    // JavaScript requires of compiled or plain files: by hand.
    const base = path.resolve(path.dirname(importer), spec);
    for (const c of [
      base,
      `${base}.ts`,
      `${base}.tsx`,
      `${base}.js`,
      `${base}.json`,
      path.join(base, 'index.ts'),
      path.join(base, 'index.js'),
    ])
      if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
    return undefined;
  };
  const changes = [];
  for (const file of files) {
    if (file.includes(`${path.sep}node_modules${path.sep}`) || !fs.existsSync(file)) continue;
    const entry = readEntry(file);
    const kind = file.endsWith('x')
      ? ts.ScriptKind.TSX
      : file.endsWith('.ts')
        ? ts.ScriptKind.TS
        : ts.ScriptKind.JS;
    const sf = ts.createSourceFile(file, entry.text, ts.ScriptTarget.ES2022, true, kind);
    const specs = [];
    const visit = (node) => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      )
        specs.push(node.moduleSpecifier);
      else if (ts.isExternalModuleReference(node) && ts.isStringLiteral(node.expression))
        specs.push(node.expression);
      else if (
        ts.isImportTypeNode(node) &&
        ts.isLiteralTypeNode(node.argument) &&
        ts.isStringLiteral(node.argument.literal)
      )
        specs.push(node.argument.literal);
      else if (
        ts.isCallExpression(node) &&
        node.arguments.length &&
        ts.isStringLiteralLike(node.arguments[0])
      ) {
        const callee = node.expression.getText(sf);
        if (
          ['require', 'jest.mock', 'jest.requireActual', 'require.resolve'].includes(callee) ||
          node.expression.kind === ts.SyntaxKind.ImportKeyword
        )
          specs.push(node.arguments[0]);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    const textChanges = [];
    for (const lit of specs) {
      const spec = lit.text;
      if (!spec.startsWith('.')) continue;
      const target = resolveRelative(spec, file);
      if (!target) continue;
      if (!newOf.has(target) && !newOf.has(file)) continue;
      const fromDir = path.dirname(where(file));
      const targetNew = where(target);
      // Keep the specifier's style: a folder stays a folder (its index), an extension stays.
      let wanted;
      const pointsAtIndex =
        /(^|\/)index\.(ts|tsx|js)$/.test(target) && !/index(\.\w+)?$/.test(spec);
      if (pointsAtIndex) wanted = path.dirname(targetNew);
      else {
        const ext = path.extname(spec);
        const keepsExt = ext && path.extname(target) === ext;
        wanted = keepsExt ? targetNew : targetNew.replace(/\.(d\.ts|tsx|ts|js)$/, '');
      }
      let next = path.relative(fromDir, wanted).split(path.sep).join('/');
      if (!next.startsWith('.')) next = `./${next}`;
      if (next !== spec)
        textChanges.push({
          span: { start: lit.getStart(sf) + 1, length: lit.getWidth(sf) - 2 },
          newText: next,
        });
    }
    if (textChanges.length) changes.push({ fileName: file, textChanges });
  }
  applyFileChanges(changes, 'moves');
  for (const [from, to] of moves) moveFile(abs(from), abs(to));
  reloadProjects();
}

// ---------------------------------------------------------------- run
const log = [];
const progress = (what) =>
  console.log(`  ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${what}`);
for (const group of GROUPS) {
  if (only && !only.includes(group.id)) continue;
  const t0 = Date.now();
  currentGroup = group.id;
  touched.set(group.id, new Set());
  const problemsBefore = problems.length;
  console.log(`\n== ${group.id}: ${group.title}`);

  for (const m of group.declMoves ?? []) declMove(m);
  progress('declaration moves done');
  renameAll(group.renames ?? []);
  progress(`${(group.renames ?? []).length} renames done`);
  renameServiceKeys(group.serviceKeys);
  renameFakeServices(group.renames ?? [], group.serviceKeys);

  const oldOf = new Map(); // new path -> old path, for the bare-name pass
  const moves = (group.moves ?? []).filter(([from, to]) => {
    if (!fs.existsSync(abs(from))) {
      if (fs.existsSync(abs(to))) warn(`move ${from}: already at ${to}`);
      else warn(`move ${from}: not found: skipped`);
      return false;
    }
    if (fs.existsSync(abs(to))) {
      fail(`move ${from} -> ${to}: the target exists`);
      return false;
    }
    return true;
  });
  moveAll(moves);
  for (const [from, to] of moves) oldOf.set(to, from);
  progress(`${moves.length} files moved`);
  // Files that did not move map to themselves: textPass needs every file's old folder.
  for (const f of trackedTextFiles()) if (!oldOf.has(f)) oldOf.set(f, f);
  writeServiceIndex(group.serviceIndex, group.serviceKeys);
  textPass(moves, group.dirs ?? [], oldOf);
  for (const [from, to] of group.globalReplace ?? [])
    eachTextFile((text) => text.split(from).join(to));
  applyTextEdits(group.textEdits);
  realignStruktur();
  leftovers(group.serviceKeys, group.renames);
  reloadProjects();

  // Prettier on what changed (it owns layout; the LS and the text pass do not wrap lines).
  const changed = git('status', '--porcelain', '-z')
    .split('\0')
    .filter(Boolean)
    .map((l) => l.slice(3))
    .filter((f) => fs.existsSync(abs(f)) && /\.(ts|tsx|js|mjs|cjs|json)$/.test(f));
  if (changed.length) {
    execFileSync(
      abs('node_modules/.bin/prettier'),
      ['--write', '--ignore-unknown', '--log-level', 'warn', ...changed],
      { cwd: ROOT, stdio: 'inherit' },
    );
  }

  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (problems.length > problemsBefore) {
    console.error(
      `!! ${group.id}: stopped before commit:\n  ${problems.slice(problemsBefore).join('\n  ')}`,
    );
    break;
  }
  if (COMMIT) {
    git('add', '-A');
    if (git('status', '--porcelain').trim()) {
      git(
        'commit',
        '-q',
        '-m',
        `${group.title}\n\n${NO_BEHAVIOUR}\nGroup "${group.id}" of the codemod.`,
      );
      log.push(
        `${group.id}: committed ${git('rev-parse', '--short', 'HEAD').trim()} (${seconds} s)`,
      );
    } else log.push(`${group.id}: nothing to commit (${seconds} s)`);
  } else log.push(`${group.id}: applied, not committed (${seconds} s)`);
  refreshFromDisk();
  reloadProjects();
}

console.log('\n' + log.join('\n'));
if (warnings.length) console.log(`\nwarnings (${warnings.length}):\n  ${warnings.join('\n  ')}`);
if (problems.length) console.log(`\nproblems (${problems.length}):\n  ${problems.join('\n  ')}`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(problems.length ? 1 : 0);
