using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>Loading shared by the realisasi use cases.</summary>
internal static class KueriRealisasi
{
    /// <summary>An indicator with its sasaran (the way to its PK).</summary>
    public static Task<IndikatorKinerja?> IndikatorAsync(SakipDbContext db, int indikatorId, CancellationToken ct) =>
        db.IndikatorKinerjas
            .Include(i => i.Sasaran)
            .SingleOrDefaultAsync(i => i.Id == indikatorId, ct);

    /// <summary>
    /// The realisasi of an indicator-period in any version of the indicator's agreement (found by
    /// the indicator's code), tracked, with its variables and evidence; null when none exists.
    /// </summary>
    public static Task<RealisasiKinerja?> RealisasiAsync(SakipDbContext db, PerjanjianKinerja pk, IndikatorKinerja ind, int nomorPeriode, CancellationToken ct) =>
        db.RealisasiKinerjas
            .Include(r => r.Variabels)
            .Include(r => r.Buktis)
            .AsSplitQuery()
            .Where(r => r.Tahun == pk.Tahun && r.JenisPeriode == ind.Periodisitas && r.NomorPeriode == nomorPeriode && r.Indikator.Kode == ind.Kode
                && db.PerjanjianKinerjas.Any(p => p.Id == r.Indikator.Sasaran.PerjanjianKinerjaId && p.SatkerId == pk.SatkerId && p.Tahun == pk.Tahun && p.Kode == pk.Kode))
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);

    public static Task<PerjanjianKinerja> PerjanjianAsync(SakipDbContext db, IndikatorKinerja ind, CancellationToken ct) =>
        db.PerjanjianKinerjas.Include(p => p.Satker).SingleAsync(p => p.Id == ind.Sasaran.PerjanjianKinerjaId, ct);

    /// <summary>
    /// Separation of duties, decided here only: who may verify or return a realisasi. The pimpinan of
    /// its satker, acting directly there, who is not an administrator of that satker, and who never
    /// entered, changed or submitted this realisasi (the audit trail knows who did). Null when
    /// allowed, else the reason in Bahasa Indonesia.
    /// </summary>
    public static async Task<string?> AlasanTidakBolehVerifikasiAsync(SakipDbContext db, AksesPengguna pelaku, PerjanjianKinerja pk, RealisasiKinerja r, CancellationToken ct)
    {
        if (!pelaku.Boleh(Tindakan.MemverifikasiRealisasi, pk.SatkerId))
        {
            return $"Hanya pimpinan {pk.Satker.Nama} yang dapat memverifikasi realisasinya.";
        }

        if (pelaku.Punya(pk.SatkerId, Peran.Administrator))
        {
            return "Administrator tidak dapat memverifikasi realisasi; verifikasi dilakukan pimpinan yang bukan pengelola sistem.";
        }

        var kunci = r.Id.ToString(CultureInfo.InvariantCulture);
        var pernahMengubah = await db.JejakAudits.AnyAsync(
            a => a.Entitas == nameof(RealisasiKinerja) && a.KunciEntitas == kunci && a.PenggunaId == pelaku.PenggunaId
                && (a.Aksi == AksiAudit.Tambah || a.Aksi == AksiAudit.Ubah || a.Aksi == AksiAudit.Ajukan || a.Aksi == AksiAudit.Impor),
            ct);
        return pernahMengubah
            ? "Anda ikut mengisi, mengubah atau mengajukan realisasi ini, sehingga tidak dapat memverifikasinya sendiri; verifikasi dilakukan pimpinan lain."
            : null;
    }

    /// <summary>The closed period of the satker that contains <paramref name="periode"/>, if any.</summary>
    public static async Task<Periode?> TertutupAsync(SakipDbContext db, int satkerId, Periode periode, CancellationToken ct)
    {
        var tertutup = await db.Set<PeriodeTertutup>().AsNoTracking().Where(p => p.SatkerId == satkerId && p.Tahun == periode.Tahun).ToListAsync(ct);
        return tertutup.Select(p => (Periode?)p.Periode).FirstOrDefault(p => p!.Value.Memuat(periode));
    }
}
