/**
 * Strapi's rich text (blocks) as plain text, for what leaves the system as a text file (the
 * narrative in the upload package): paragraphs and headings as lines, list items with "- " or
 * "1. ", quotes with "> ", code as is, a blank line between blocks. Images and unknown nodes
 * carry no text.
 */

interface Simpul {
  type?: string;
  text?: string;
  format?: 'ordered' | 'unordered';
  children?: Simpul[];
}

function teksSebaris(simpul: Simpul): string {
  if (typeof simpul.text === 'string') return simpul.text;
  return (simpul.children ?? []).map(teksSebaris).join('');
}

function teksBlok(blok: Simpul): string {
  switch (blok.type) {
    case 'list':
      return (blok.children ?? [])
        .map((item, i) => {
          const tanda = blok.format === 'ordered' ? `${i + 1}. ` : '- ';
          // A nested list is a list item's child: indented under it.
          if (item.type === 'list') return teksBlok(item).replace(/^/gm, '  ');
          return `${tanda}${teksSebaris(item)}`;
        })
        .join('\n');
    case 'quote':
      return teksSebaris(blok)
        .split('\n')
        .map((baris) => `> ${baris}`)
        .join('\n');
    case 'image':
      return '';
    default:
      return teksSebaris(blok);
  }
}

export function blokKeTeks(nilai: unknown): string {
  if (typeof nilai === 'string') return nilai;
  if (!Array.isArray(nilai)) return '';
  return (nilai as Simpul[])
    .map(teksBlok)
    .filter((teks) => teks.trim() !== '')
    .join('\n\n');
}
