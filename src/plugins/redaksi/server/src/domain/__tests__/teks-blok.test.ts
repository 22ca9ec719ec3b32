import { blokKeTeks } from '../teks-blok';

describe('blokKeTeks', () => {
  it('writes paragraphs, headings, lists, quotes and code as plain text, one blank line between blocks', () => {
    const narasi = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Sosialisasi' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'KPU Sumbar ' },
          { type: 'text', text: 'menggelar', bold: true },
          {
            type: 'link',
            url: 'https://kpu.go.id',
            children: [{ type: 'text', text: ' sosialisasi' }],
          },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Pembukaan' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'Materi' }] },
          {
            type: 'list',
            format: 'unordered',
            children: [{ type: 'list-item', children: [{ type: 'text', text: 'Tahapan' }] }],
          },
        ],
      },
      { type: 'quote', children: [{ type: 'text', text: 'Pemilih cerdas' }] },
      { type: 'image', image: { url: '/uploads/x.jpg' }, children: [{ type: 'text', text: '' }] },
      { type: 'code', children: [{ type: 'text', text: '#KPUSumbar' }] },
      { type: 'paragraph', children: [{ type: 'text', text: '   ' }] },
    ];
    expect(blokKeTeks(narasi)).toBe(
      'Sosialisasi\n\nKPU Sumbar menggelar sosialisasi.\n\n1. Pembukaan\n2. Materi\n  - Tahapan\n\n> Pemilih cerdas\n\n#KPUSumbar',
    );
  });

  it('passes plain text through and gives nothing for empty or foreign values', () => {
    expect(blokKeTeks('Narasi biasa')).toBe('Narasi biasa');
    expect(blokKeTeks(null)).toBe('');
    expect(blokKeTeks([])).toBe('');
    expect(blokKeTeks({ type: 'paragraph' })).toBe('');
  });
});
