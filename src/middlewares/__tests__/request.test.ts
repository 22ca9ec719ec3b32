import { loggedUrl } from '../request';

describe('baris akses', () => {
  it('keeps the address as the client sent it', () => {
    expect(loggedUrl('/api/liputans?filters[kategori][$eq]=berita&sort=judul')).toBe(
      '/api/liputans?filters[kategori][$eq]=berita&sort=judul',
    );
    expect(loggedUrl('/_health')).toBe('/_health');
  });

  it('never writes an invitation or a reset token into the log', () => {
    const baris = loggedUrl('/admin/registration-info?registrationToken=8f1c2a9e44b0c7d3&lang=id');
    expect(baris).not.toContain('8f1c2a9e44b0c7d3');
    expect(baris).toBe('/admin/registration-info?registrationToken=***&lang=id');
    expect(loggedUrl('/api/auth/reset-password?code=rahasia123')).not.toContain('rahasia123');
  });
});
