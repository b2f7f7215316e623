import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** One table a lib's source names: in SQL text, a query-builder call or an imported entity. */
export interface TableUse {
  lib: string;
  table: string;
  file: string;
  line: number;
}

// SQL keywords after which a table name follows. Upper case only: our SQL is written in upper
// case, and English text ("removed from community") must not count as a read.
const TABLE_AFTER_KEYWORD =
  /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/g;
// TypeORM query-builder methods whose first argument may be a table name.
const BUILDER_METHODS = new Set([
  'from',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'into',
  'update',
  'getRepository',
]);

/** The lib a file belongs to: `libs/<lib>/…`, or `platform/<lib>` for `libs/platform/<lib>/…`. */
export function libOf(file: string): string {
  const parts = file.split('/');
  return parts[1] === 'platform' ? `platform/${parts[2]}` : parts[1];
}

/** Every non-test TypeScript source file under libs/, relative to the repository root. */
export function libSources(repoRoot: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.(spec|test|d)\.ts$/.test(entry.name)) {
        found.push(relative(repoRoot, path).split(sep).join('/'));
      }
    }
  };
  walk(join(repoRoot, 'libs'));
  return found.sort();
}

/** The text of a string or template literal, with each `${…}` replaced by a placeholder. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => ` $x ${span.literal.text}`).join('');
  }
  return null;
}

/** The table each `@Entity('name')` class maps to, over all libs. */
export function entityTables(repoRoot: string, files: string[]): Map<string, string> {
  const tables = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    for (const match of text.matchAll(
      /@Entity\(\s*(?:\{\s*name:\s*)?'([a-z_0-9]+)'[^)]*\)\s*(?:@[^\n]*\n\s*)*export class (\w+)/g,
    )) {
      tables.set(match[2], match[1]);
    }
  }
  return tables;
}

/**
 * The known tables each file names. A name that is not a table (a CTE, a function, an alias)
 * is ignored, so the parser only has to find where table names can stand.
 */
export function tableUses(
  repoRoot: string,
  files: string[],
  knownTables: ReadonlySet<string>,
): TableUse[] {
  const entities = entityTables(repoRoot, files);
  const uses: TableUse[] = [];
  for (const file of files) {
    const lib = libOf(file);
    const source = ts.createSourceFile(
      file,
      readFileSync(join(repoRoot, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    // A file that builds SQL around a table name held in a variable (`DELETE FROM ${table}`,
    // deleteInBatches) names its tables as bare strings: there every such string counts.
    const namesTablesInStrings = /(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+\$\{|deleteInBatches\(/.test(
      source.text,
    );
    const add = (table: string, node: ts.Node) => {
      if (!knownTables.has(table)) return;
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      uses.push({ lib, table, file, line });
    };
    const visit = (node: ts.Node) => {
      const text = literalText(node);
      if (text !== null) {
        for (const match of text.matchAll(TABLE_AFTER_KEYWORD)) add(match[1], node);
        if (namesTablesInStrings && ts.isStringLiteral(node)) add(node.text, node);
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        BUILDER_METHODS.has(node.expression.name.text)
      ) {
        const first = node.arguments[0];
        if (first && ts.isStringLiteral(first)) add(first.text, first);
      }
      // An entity imported from another lib is a use of its table.
      if (
        ts.isImportDeclaration(node) &&
        ts.isStringLiteral(node.moduleSpecifier) &&
        node.moduleSpecifier.text.startsWith('@leerhuis/') &&
        node.importClause?.namedBindings &&
        ts.isNamedImports(node.importClause.namedBindings)
      ) {
        for (const element of node.importClause.namedBindings.elements) {
          const table = entities.get((element.propertyName ?? element.name).text);
          if (table) add(table, element);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
