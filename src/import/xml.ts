import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportFailure } from './import-error';

/**
 * XML for KML and GPX. A Web Worker has no DOMParser, so this uses fast-xml-parser: well-formedness is checked first
 * (an error names line and column), namespaces prefixes are dropped (`gx:Track` is `Track`), values stay text.
 */

export type XmlNode = Record<string, unknown>;

export const isNode = (value: unknown): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The children named `name` (always a list: the parser is told which tags repeat, this also covers the rest). */
export const children = (node: unknown, name: string): unknown[] => {
  if (!isNode(node) || !Object.hasOwn(node, name)) return [];
  const value = node[name];
  return Array.isArray(value) ? value : [value];
};

/** The text of a child element (or of the node itself), trimmed; `''` when absent. */
export const textOf = (node: unknown, name?: string): string => {
  const value = name === undefined ? node : children(node, name)[0];
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  if (isNode(value) && Object.hasOwn(value, '#text')) return String(value['#text']).trim();
  return '';
};

export const attributeOf = (node: unknown, name: string): string =>
  isNode(node) && Object.hasOwn(node, `@_${name}`) ? String(node[`@_${name}`]) : '';

export function parseXml(text: string, repeated: ReadonlySet<string>, format: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new ImportFailure(
      'invalid-xml',
      `is not well-formed XML (line ${line}, column ${col}: ${msg}). Is it a complete ${format} file?`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (tagName) => repeated.has(tagName),
  });
  const root: unknown = parser.parse(text);
  if (!isNode(root)) throw new ImportFailure('invalid-xml', `holds no ${format} document.`);
  return root;
}
