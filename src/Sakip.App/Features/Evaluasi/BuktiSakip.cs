using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>A fact Sakip's own records hold for a criterion, with the page that shows it.</summary>
public sealed record FaktaSakip(string Teks, string? Tautan);

/// <summary>
/// Evidence from Sakip's own records (issue 11, item 4): for the criteria of the 88/2021 LKE that
/// Sakip's data speaks to, the facts it holds about the satker-year evaluated, each with a link, as
/// a suggestion; the evaluator decides. The rule of each criterion sits beside its code in
/// <see cref="Aturan"/>; a criterion not listed there has no rule (its evidence is uploaded or
/// written in the answer's note).
/// </summary>
internal static class BuktiSakip
{
    /// <summary>What the rules read, loaded once per satker-year.</summary>
    internal sealed record Konteks(
        string KodeSatker,
        int Tahun,
        Renstra? Renstra,
        int SasaranRenstraBerinduk,
        Rkt? Rkt,
        IReadOnlyList<ProgramAnggaran> Programs,
        PerjanjianKinerja? Pk,
        int JumlahVersiPk,
        int IndikatorDenganRencanaAksi,
        int ManualDitulis,
        int ManualTerkaitRenstra,
        int RealisasiTerverifikasi,
        int PeriodeTerukur,
        LaporanKinerja? Laporan,
        IReadOnlyList<int> TahunTerukurSebelumnya,
        TimSakip? Tim)
    {
        public string Q => $"satker={Uri.EscapeDataString(KodeSatker)}&tahun={Tahun}";

        public int JumlahIndikator => Pk?.Sasarans.Sum(s => s.Indikators.Count) ?? 0;
    }

    /// <summary>The rule of each criterion Sakip's data speaks to.</summary>
    public static readonly IReadOnlyDictionary<string, Func<Konteks, IEnumerable<FaktaSakip>>> Aturan = new Dictionary<string, Func<Konteks, IEnumerable<FaktaSakip>>>(StringComparer.Ordinal)
    {
        // 1.a.3 Terdapat dokumen perencanaan kinerja jangka menengah.
        ["1.a.3"] = k => [k.Renstra is { } r
            ? new($"Renstra {r.TahunAwal}-{r.TahunAkhir} tercatat dengan {r.Sasarans.Count} sasaran dan {r.Sasarans.Sum(s => s.Indikators.Count)} indikator.", $"/Renstra?satker={Uri.EscapeDataString(k.KodeSatker)}")
            : new($"Belum ada Renstra yang mencakup tahun {k.Tahun}.", null)],

        // 1.a.4 Terdapat dokumen perencanaan kinerja jangka pendek.
        ["1.a.4"] = k => [Rkt(k), Pk(k)],

        // 1.a.5 Terdapat dokumen perencanaan aktivitas yang mendukung kinerja.
        ["1.a.5"] = k => [k.Pk is null
            ? new($"Belum ada Perjanjian Kinerja tahun {k.Tahun}, sehingga belum ada Rencana Aksi.", null)
            : new($"Rencana Aksi berisi target periodik untuk {k.IndikatorDenganRencanaAksi} dari {k.JumlahIndikator} indikator Perjanjian Kinerja.", $"/PerjanjianKinerja/RencanaAksi?id={k.Pk.Id}")],

        // 1.a.6 Terdapat dokumen perencanaan anggaran yang mendukung kinerja.
        ["1.a.6"] = k => [k.Programs.Count == 0
            ? new($"Program dan pagu anggaran tahun {k.Tahun} belum dicatat.", null)
            : new($"{k.Programs.Count} program dengan pagu {FormatIndonesia.Rupiah(k.Programs.Sum(p => p.Pagu))} tercatat pada RKT {k.Tahun}.", $"/Rkt?{k.Q}")],

        // 1.b.1 Dokumen Perencanaan Kinerja telah diformalkan.
        ["1.b.1"] = k => [Pk(k), Rkt(k)],

        // 1.b.8 Cascading: each planning level follows the one above.
        ["1.b.8"] = k => [
            k.Renstra is { } r ? new($"{k.SasaranRenstraBerinduk} dari {r.Sasarans.Count} sasaran Renstra dirujukkan ke sasaran satker induknya.", $"/Renstra?satker={Uri.EscapeDataString(k.KodeSatker)}") : new("Belum ada Renstra untuk diselaraskan.", null),
            new($"{k.ManualTerkaitRenstra} dari {k.JumlahIndikator} indikator Perjanjian Kinerja dikaitkan dengan indikator Renstra pada Manual IKU.", $"/ManualIku?{k.Q}")],

        // 1.c.4 Rencana aksi dinamis karena capaian dipantau berkala.
        ["1.c.4"] = k => [Pengukuran(k)],

        // 2.a.2 Terdapat Definisi Operasional yang jelas atas kinerja dan cara mengukur indikator kinerja.
        ["2.a.2"] = k => [new($"Manual IKU (definisi operasional dan cara perhitungan) ditulis untuk {k.ManualDitulis} dari {k.JumlahIndikator} indikator.", $"/ManualIku?{k.Q}")],

        // 2.b.4 Pengukuran kinerja telah dilakukan secara berkala.
        ["2.b.4"] = k => [Pengukuran(k)],

        // 2.b.6 Pengumpulan data kinerja telah memanfaatkan Teknologi Informasi (Aplikasi).
        ["2.b.6"] = k => [new($"Realisasi dan buktinya dikumpulkan di Sakip: {k.RealisasiTerverifikasi} realisasi terverifikasi tahun {k.Tahun}.", $"/Realisasi?{k.Q}")],

        // 2.b.7 Pengukuran capaian kinerja telah memanfaatkan Teknologi Informasi (Aplikasi).
        ["2.b.7"] = k => [new($"Capaian setiap indikator dihitung Sakip dari target dan realisasi terverifikasi.", $"/Capaian?{k.Q}")],

        // 3.a.1 Dokumen Laporan Kinerja telah disusun.
        ["3.a.1"] = k => [Laporan(k, l => $"Laporan Kinerja {k.Tahun} versi {l.Versi} tercatat ({LaporanKinerja.StatusTeks(l.Status)}).")],

        // 3.a.3 Dokumen Laporan Kinerja telah diformalkan.
        ["3.a.3"] = k => [Laporan(k, l => l.DisetujuiPada is { } t ? $"Laporan Kinerja {k.Tahun} disetujui {l.NamaPenyetuju} pada {WaktuIndonesia.Teks(t)}." : $"Laporan Kinerja {k.Tahun} belum disetujui pimpinan.")],

        // 3.a.4 Dokumen Laporan Kinerja telah direviu.
        ["3.a.4"] = k => [Laporan(k, l => l.DireviuPada is { } t ? $"Pernyataan Telah Direviu ditandatangani {l.NamaPereviu} pada {WaktuIndonesia.Teks(t)}." : $"Laporan Kinerja {k.Tahun} belum direviu APIP.")],

        // 3.a.5 Dokumen Laporan Kinerja telah dipublikasikan.
        ["3.a.5"] = k => [Laporan(k, l => l.DiterbitkanPada is { } t ? $"Laporan Kinerja {k.Tahun} diterbitkan pada {WaktuIndonesia.Teks(t)}." : $"Laporan Kinerja {k.Tahun} belum diterbitkan.")],

        // 3.b.3 Laporan menginfokan perbandingan realisasi dengan target tahunan.
        ["3.b.3"] = k => [Laporan(k, _ => $"Bab III Laporan Kinerja yang disusun Sakip memuat target, realisasi dan capaian {k.JumlahIndikator} indikator dari data.")],

        // 3.b.4 Laporan menginfokan perbandingan realisasi dengan target jangka menengah.
        ["3.b.4"] = k => [new($"{k.ManualTerkaitRenstra} dari {k.JumlahIndikator} indikator dibandingkan dengan target Renstra di Bab III.", $"/ManualIku?{k.Q}")],

        // 3.b.5 Laporan menginfokan perbandingan dengan realisasi tahun-tahun sebelumnya.
        ["3.b.5"] = k => [k.TahunTerukurSebelumnya.Count == 0
            ? new($"Belum ada tahun sebelum {k.Tahun} dengan Perjanjian Kinerja di Sakip untuk dibandingkan.", null)
            : new($"Capaian tahun {string.Join(", ", k.TahunTerukurSebelumnya)} tercatat dan dibandingkan di Bab III.", $"/Capaian?{k.Q}")],

        // 4.b.2 Evaluasi AKIP internal dilaksanakan oleh SDM yang memadai.
        ["4.b.2"] = k => [k.Tim is { } t
            ? new($"Tim Evaluasi Internal SAKIP {k.Tahun} ditetapkan dengan Keputusan Nomor {t.NomorKeputusan} tanggal {FormatIndonesia.Tanggal(t.TanggalKeputusan)}, {t.Anggotas.Count} anggota.", $"/Organisasi?{k.Q}")
            : new($"Tim Evaluasi Internal SAKIP tahun {k.Tahun} belum dicatat.", $"/Organisasi?{k.Q}")],
    };

    public static async Task<Konteks> MuatAsync(SakipDbContext db, Satker satker, int tahun, CancellationToken ct)
    {
        var renstra = await db.Renstras.AsNoTracking().AsSplitQuery().Include(r => r.Sasarans).ThenInclude(s => s.Indikators)
            .Where(r => r.SatkerId == satker.Id && r.TahunAwal <= tahun && r.TahunAkhir >= tahun).OrderByDescending(r => r.TahunAwal).FirstOrDefaultAsync(ct);
        var rkt = await db.Rkts.AsNoTracking().SingleOrDefaultAsync(r => r.SatkerId == satker.Id && r.Tahun == tahun, ct);
        var programs = await db.ProgramAnggarans.AsNoTracking().Where(p => p.SatkerId == satker.Id && p.Tahun == tahun).ToListAsync(ct);
        var pks = await db.PerjanjianKinerjas.AsNoTracking().AsSplitQuery().Include(p => p.Sasarans).ThenInclude(s => s.Indikators).ThenInclude(i => i.RencanaAksis)
            .Where(p => p.SatkerId == satker.Id && p.Tahun == tahun).ToListAsync(ct);
        var pk = pks.OrderByDescending(p => p.Status == StatusPerjanjianKinerja.Ditandatangani).ThenBy(p => p.Kode).ThenByDescending(p => p.Versi).FirstOrDefault();
        var kodes = pk?.Sasarans.SelectMany(s => s.Indikators).Select(i => i.Kode).ToList() ?? [];
        var manual = await db.ManualIkus.AsNoTracking().Where(m => m.SatkerId == satker.Id && m.Tahun == tahun && kodes.Contains(m.KodeIndikator)).ToListAsync(ct);
        var pkIds = pks.Select(p => p.Id).ToList();
        var realisasi = await db.RealisasiKinerjas.AsNoTracking()
            .Where(r => r.Tahun == tahun && r.Status == StatusRealisasi.Diverifikasi && pkIds.Contains(r.Indikator.Sasaran.PerjanjianKinerjaId))
            .Select(r => new { r.JenisPeriode, r.NomorPeriode }).ToListAsync(ct);
        var laporan = await db.LaporanKinerjas.AsNoTracking().Where(l => l.SatkerId == satker.Id && l.Tahun == tahun).OrderByDescending(l => l.Versi).FirstOrDefaultAsync(ct);
        var sebelumnya = await db.PerjanjianKinerjas.AsNoTracking().Where(p => p.SatkerId == satker.Id && p.Tahun < tahun).Select(p => p.Tahun).Distinct().OrderBy(t => t).ToListAsync(ct);
        var tim = await db.TimSakips.AsNoTracking().Include(t => t.Anggotas).SingleOrDefaultAsync(t => t.SatkerId == satker.Id && t.Tahun == tahun, ct);
        return new Konteks(
            satker.Kode,
            tahun,
            renstra,
            renstra?.Sasarans.Count(s => s.IndukId != null) ?? 0,
            rkt,
            programs,
            pk,
            pk is null ? 0 : pks.Count(p => p.Kode == pk.Kode),
            pk?.Sasarans.SelectMany(s => s.Indikators).Count(i => i.RencanaAksis.Count > 0) ?? 0,
            manual.Count,
            manual.Count(m => m.IndikatorRenstraId != null),
            realisasi.Count,
            realisasi.Distinct().Count(),
            laporan,
            sebelumnya,
            tim);
    }

    /// <summary>The facts for a criterion; empty when Sakip has no rule for it.</summary>
    public static IReadOnlyList<FaktaSakip> Untuk(string kodeKriteria, Konteks k) =>
        Aturan.TryGetValue(kodeKriteria, out var aturan) ? [.. aturan(k)] : [];

    private static FaktaSakip Rkt(Konteks k) => k.Rkt is null
        ? new($"RKT tahun {k.Tahun} belum dicatat.", null)
        : new($"RKT {k.Tahun} tercatat{(k.Rkt.PenandatanganId is null ? " (penandatangannya belum ditentukan)" : string.Empty)}.", $"/Rkt?{k.Q}");

    private static FaktaSakip Pk(Konteks k) => k.Pk switch
    {
        null => new($"Perjanjian Kinerja tahun {k.Tahun} belum dibuat.", null),
        { Status: StatusPerjanjianKinerja.Ditandatangani } pk => new($"{pk.Judul} versi {pk.Versi} ditandatangani{(pk.Tanggal is { } t ? $" pada {FormatIndonesia.Tanggal(t)}" : string.Empty)}{(k.JumlahVersiPk > 1 ? $"; {k.JumlahVersiPk - 1} kali perubahan" : string.Empty)}.", $"/PerjanjianKinerja/Lihat?id={pk.Id}"),
        var pk => new($"{pk.Judul} masih draf (belum ditandatangani).", $"/PerjanjianKinerja/Lihat?id={pk.Id}"),
    };

    private static FaktaSakip Pengukuran(Konteks k) => k.RealisasiTerverifikasi == 0
        ? new($"Belum ada realisasi terverifikasi tahun {k.Tahun}.", $"/Realisasi?{k.Q}")
        : new($"{k.RealisasiTerverifikasi} realisasi terverifikasi, meliputi {k.PeriodeTerukur} periode pengukuran tahun {k.Tahun}.", $"/Realisasi?{k.Q}");

    private static FaktaSakip Laporan(Konteks k, Func<LaporanKinerja, string> teks) => k.Laporan is { } l
        ? new(teks(l), $"/Laporan/Lihat?id={l.Id}")
        : new($"Laporan Kinerja tahun {k.Tahun} belum dibuat di Sakip.", $"/Laporan?{k.Q}");
}
