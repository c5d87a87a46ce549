using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Import.TemplatRealisasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// The second step of loading realisasi from a workbook: takes the sealed preview of
/// <see cref="PreviewImportRealisasi"/>, checks again that nothing changed in between, and writes
/// every change in one transaction, or none. Values are saved as drafts: evidence and analysis are
/// added on the entry form.
/// </summary>
public static class ImportRealisasi
{
    /// <summary>The preview's sealed token.</summary>
    public sealed record Command(string Token);

    public sealed record Hasil(string KodeSatker, int Tahun, int Jumlah);

    public sealed class Handler(SakipDbContext db, IDataProtectionProvider perlindungan)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var muatan = SegelPratinjau.Buka(perlindungan, c.Token);
            if (muatan is null)
            {
                return Gagal.TidakSah("Pratinjau unggahan sudah kedaluwarsa (lebih dari 30 menit) atau tidak sah. Unggah berkasnya sekali lagi.");
            }

            if (muatan.PenggunaId != pelaku.PenggunaId)
            {
                return Gagal.Ditolak("Pratinjau ini dibuat oleh pengguna lain.");
            }

            var pk = await db.PerjanjianKinerjas.AsNoTracking().Include(p => p.Satker).SingleOrDefaultAsync(p => p.Id == muatan.PerjanjianId, ct);
            if (pk is null)
            {
                return Gagal.TidakDitemukan("Perjanjian Kinerja pada pratinjau ini tidak ditemukan.");
            }

            var muat = await GenerateTemplatRealisasi.MuatAsync(db, pelaku, pk.Satker.Kode, pk.Tahun, pk.Kode, untukMengisi: true, ct);
            if (!muat.Berhasil)
            {
                return muat.Kegagalan!;
            }

            var k = muat.Nilai!;
            if (k.Pk.Id != pk.Id)
            {
                return Gagal.Konflik($"{pk.Judul} telah direvisi sejak pratinjau; versi {k.Pk.Versi} yang berlaku sekarang. Unduh templat yang baru. Belum ada yang disimpan.");
            }

            var salah = new List<string>();
            var indikators = k.Indikators.ToDictionary(i => i.Id);
            foreach (var ch in muatan.Perubahans)
            {
                var ind = indikators.GetValueOrDefault(ch.IndikatorId);
                var r = ind is null ? null : k.Realisasi(ind, ch.NomorPeriode);
                if (ind is null || r?.Id != ch.RealisasiId || r?.Revisi != ch.Revisi)
                {
                    salah.Add($"{muatan.NamaBerkas}, sel {ch.Sel}: realisasi {ch.Kode} periode {ch.Periode} telah diubah oleh pengguna lain sejak pratinjau.");
                }
                else if (k.Terkunci(r, new Periode(k.Pk.Tahun, ind.Periodisitas, ch.NomorPeriode)) is { } alasan)
                {
                    salah.Add($"{muatan.NamaBerkas}, sel {ch.Sel}: {alasan}.");
                }
            }

            if (salah.Count > 0)
            {
                return Gagal.Konflik($"Tidak ada yang disimpan. {string.Join(" ", salah)} Unggah ulang berkasnya untuk melihat keadaan terbaru.");
            }

            var ids = muatan.Perubahans.Where(p => p.RealisasiId is not null).Select(p => p.RealisasiId!.Value).ToList();
            var tersimpan = await db.RealisasiKinerjas.Include(r => r.Variabels).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
            foreach (var ch in muatan.Perubahans)
            {
                var ind = indikators[ch.IndikatorId];
                var r = ch.RealisasiId is { } id ? tersimpan[id] : null;
                if (r is null)
                {
                    r = new RealisasiKinerja { IndikatorKinerjaId = ind.Id, Tahun = k.Pk.Tahun, JenisPeriode = ind.Periodisitas, NomorPeriode = ch.NomorPeriode };
                    db.RealisasiKinerjas.Add(r);
                }
                else if (r.Revisi != ch.Revisi)
                {
                    return Gagal.Konflik($"Tidak ada yang disimpan. {muatan.NamaBerkas}, sel {ch.Sel}: realisasi {ch.Kode} periode {ch.Periode} telah diubah oleh pengguna lain sejak pratinjau.");
                }

                Isi(r, ch);
            }

            db.Catat(AksiAudit.Impor, "BerkasImpor", muatan.Sha256, k.Satker.Id, new { berkas = muatan.NamaBerkas, perjanjian = k.Pk.Judul, versi = k.Pk.Versi, jumlah = muatan.Perubahans.Count });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return Gagal.Konflik("Tidak ada yang disimpan: realisasi yang sama sedang diubah oleh pengguna lain. Unggah ulang berkasnya untuk melihat keadaan terbaru.");
            }

            return Jawaban<Hasil>.Dari(new Hasil(k.Satker.Kode, k.Pk.Tahun, muatan.Perubahans.Count));
        }

        private static void Isi(RealisasiKinerja r, PerubahanRealisasi ch)
        {
            r.Nilai = ch.Nilai;
            r.Satuan = ch.Satuan;
            r.Predikat = ch.Predikat;
            r.Selesai = ch.TanggalSelesai is null ? null : true;
            r.TanggalSelesai = ch.TanggalSelesai;
            r.Variabels.Clear();
            foreach (var (nama, nilai) in ch.Variabel ?? [])
            {
                r.Variabels.Add(new RealisasiVariabel { Nama = nama, Nilai = nilai });
            }

            r.Simpan(ajukan: false);
        }
    }
}
