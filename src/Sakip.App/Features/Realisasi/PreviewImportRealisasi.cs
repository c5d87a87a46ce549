using Microsoft.AspNetCore.DataProtection;
using Sakip.App.Data;
using Sakip.App.Excel;
using Sakip.App.Import.Bukti;
using Sakip.App.Import.TemplatRealisasi;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// The first step of loading realisasi from a filled <see cref="GenerateTemplatRealisasi"/> workbook:
/// reads and checks every cell and answers with a preview (what changes, and every error named by
/// file, row and column), and writes nothing. The preview's sealed token is what
/// <see cref="ImportRealisasi"/> needs to write it.
/// </summary>
public static class PreviewImportRealisasi
{
    public sealed record Command(string KodeSatker, int Tahun, string NamaBerkas, byte[] Isi);

    /// <summary>
    /// What an upload would do: the changes, how many filled cells already match what is stored,
    /// and every error. <c>Token</c> is what <see cref="ImportRealisasi"/> needs; null when there
    /// are errors or nothing to change.
    /// </summary>
    public sealed record Pratinjau(string NamaBerkas, string NamaSatker, string JudulPerjanjian, IReadOnlyList<PerubahanRealisasi> Perubahans, int JumlahTetap, IReadOnlyList<Kesalahan> Kesalahans, string? Token);

    public sealed class Handler(SakipDbContext db, IDataProtectionProvider perlindungan)
    {
        public async Task<Jawaban<Pratinjau>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengisiRealisasi, ct);
            if (!boleh.Berhasil)
            {
                return boleh.Kegagalan!;
            }

            var nama = JenisBerkas.NamaAman(c.NamaBerkas);
            Pratinjau Tolak(string pesan) => new(nama, boleh.Nilai!.Nama, string.Empty, [], 0, [new Kesalahan(null, pesan)], null);
            if (c.Isi.LongLength == 0)
            {
                return Jawaban<Pratinjau>.Dari(Tolak($"Berkas '{nama}' kosong."));
            }

            if (c.Isi.LongLength > JenisBerkas.UkuranMaksimum)
            {
                return Jawaban<Pratinjau>.Dari(Tolak($"Berkas '{nama}' berukuran {c.Isi.LongLength / 1024 / 1024} MB; paling besar 20 MB."));
            }

            if (JenisBerkas.Kenali(c.Isi) != JenisBerkas.Xlsx)
            {
                return Jawaban<Pratinjau>.Dari(Tolak($"Berkas '{nama}' bukan buku kerja Excel (XLSX); yang diperiksa isi berkasnya, bukan namanya. Unduh templat di halaman ini, isi, lalu unggah kembali."));
            }

            IReadOnlyList<LembarBaca> lembars;
            try
            {
                lembars = PembacaXlsx.Baca(c.Isi, ct);
            }
            catch (BukuKerjaTidakTerbacaException e)
            {
                return Jawaban<Pratinjau>.Dari(Tolak($"Berkas '{nama}' tidak dapat dibaca: {e.Message}."));
            }

            var data = lembars.FirstOrDefault(l => l.Nama == TataLetakTemplat.NamaLembarData);
            if (data is null || data.Sel(2, 1).Teks != TataLetakTemplat.Penanda)
            {
                return Jawaban<Pratinjau>.Dari(Tolak($"Berkas '{nama}' bukan templat realisasi Sakip. Unduh templat di halaman ini, isi, lalu unggah kembali."));
            }

            var kodeSatker = data.Sel(2, 2).TeksApaAdanya;
            var tahun = data.Sel(2, 3).Angka;
            if (kodeSatker != c.KodeSatker || tahun != c.Tahun)
            {
                return Jawaban<Pratinjau>.Dari(Tolak($"Berkas '{nama}' adalah templat satker {kodeSatker} tahun {tahun}, bukan satker {c.KodeSatker} tahun {c.Tahun}."));
            }

            var muat = await GenerateTemplatRealisasi.MuatAsync(db, pelaku, c.KodeSatker, c.Tahun, data.Sel(2, 4).TeksApaAdanya, untukMengisi: true, ct);
            if (!muat.Berhasil)
            {
                return muat.Jenis == JenisKegagalan.Ditolak ? muat.Kegagalan! : Jawaban<Pratinjau>.Dari(Tolak($"Berkas '{nama}': {muat.Pesan}"));
            }

            var k = muat.Nilai!;
            if (data.Sel(2, 5).Angka != k.Pk.Versi)
            {
                return Jawaban<Pratinjau>.Dari(Tolak($"Berkas '{nama}' dibuat untuk {k.Pk.Judul} versi {data.Sel(2, 5).TeksApaAdanya}; yang berlaku sekarang versi {k.Pk.Versi}. Unduh templat yang baru."));
            }

            var lembar = lembars.FirstOrDefault(l => l.Nama == TataLetakTemplat.NamaLembar);
            if (lembar is null)
            {
                return Jawaban<Pratinjau>.Dari(Tolak($"Berkas '{nama}': lembar '{TataLetakTemplat.NamaLembar}' tidak ada."));
            }

            var pembaca = new PembacaTemplatRealisasi(nama, k);
            pembaca.Baca(lembar);
            var perubahans = pembaca.Perubahans;
            string? token = null;
            if (pembaca.Kesalahans.Count == 0 && perubahans.Count > 0)
            {
                token = SegelPratinjau.Segel(perlindungan, new SegelPratinjau.Muatan(k.Pk.Id, pelaku.PenggunaId, nama, Sidik.Sha256(c.Isi), perubahans));
            }

            return Jawaban<Pratinjau>.Dari(new Pratinjau(nama, k.Satker.Nama, k.Pk.Judul, perubahans, pembaca.JumlahTetap, pembaca.Kesalahans, token));
        }
    }
}
