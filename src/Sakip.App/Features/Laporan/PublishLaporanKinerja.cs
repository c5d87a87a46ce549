using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Features.Dokumen;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// Publishes an approved version: renders the LKjIP once more from the data with its narrative,
/// review and approval, prints the SHA-256 of its content (<see cref="ModelDokumen.Sidik"/>) in the
/// footer, and freezes the Word, HTML, Excel and (where Chromium is installed) PDF files with their
/// own SHA-256, all in one save. From then on the version's downloads and the public page serve
/// these files, whatever later happens to the data; a new version can follow.
/// </summary>
public static class PublishLaporanKinerja
{
    public sealed record Command(int Id, int Revisi);

    /// <param name="Id">The version.</param>
    /// <param name="TanpaPdf">Why no PDF was frozen (Chromium is not installed), or null.</param>
    public sealed record Hasil(int Id, string? TanpaPdf);

    private static readonly LaporanTersimpan.Langkah Langkah = new(Tindakan.MenyusunLaporan, StatusLaporanKinerja.Disetujui, StatusLaporanKinerja.Diterbitkan, AksiAudit.Terbitkan, Tindakan.MenyetujuiLaporan, "menerbitkan");

    public sealed class Handler(SakipDbContext db, Pemberitahu pemberitahu, GenerateDokumenLkjip.Handler lkjip, PencetakPdf pdf, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            string? tanpaPdf = null;
            var jawaban = await LaporanTersimpan.PindahAsync(db, pemberitahu, pelaku, c.Id, c.Revisi, Langkah, async (l, satker) =>
            {
                var versi = LaporanTersimpan.Versi(l, StatusLaporanKinerja.Diterbitkan);
                var dibangun = await lkjip.ModelAsync(pelaku, satker.Kode, l.Tahun, null, versi, ct);
                if (dibangun.Nilai is not { } model)
                {
                    return dibangun.Kegagalan!;
                }

                var sidik = model.Sidik();
                model = model with { Kaki = DokumenLkjip.Kaki(satker.Nama, l.Tahun, versi, sidik) };
                var html = PenulisHtml.Tulis(model);
                var berkas = new List<(string Format, string Jenis, byte[] Isi)>
                {
                    ("docx", BerkasDokumen.Docx, PenulisDocx.Tulis(model)),
                    ("html", "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(html)),
                    ("xlsx", Import.Bukti.JenisBerkas.Xlsx, PenulisXlsx.Tulis(model)),
                };
                var cetak = await pdf.CetakAsync(html, ct);
                if (cetak.Nilai is { } isiPdf)
                {
                    berkas.Add(("pdf", "application/pdf", isiPdf));
                }
                else
                {
                    tanpaPdf = cetak.Pesan;
                }

                var nama = LaporanTersimpan.NamaBerkas(satker.Kode, l);
                foreach (var (format, jenis, isi) in berkas)
                {
                    var sha = Sidik.Sha256(isi);
                    var simpanan = await db.Set<Entities.Berkas>().SingleOrDefaultAsync(b => b.Sha256 == sha, ct)
                        ?? new Entities.Berkas { Sha256 = sha, JenisKonten = jenis, Ukuran = isi.LongLength, Isi = isi };
                    l.Berkases.Add(new BerkasLaporan { Format = format, NamaBerkas = $"{nama}.{format}", Berkas = simpanan });
                }

                l.SidikIsi = sidik;
                l.DiterbitkanPada = clock.GetUtcNow();
                return null;
            }, ct);
            return jawaban.Berhasil ? new Hasil(jawaban.Nilai, tanpaPdf) : jawaban.Kegagalan!;
        }
    }
}
