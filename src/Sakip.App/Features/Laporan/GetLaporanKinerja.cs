using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// One version of a Laporan Kinerja as its page shows it: where it stands, every narrative part
/// (the sections, then each indicator of the year's PK) with its text and the reviewer's notes,
/// the review and approval, the frozen files once published, and the steps the user may take.
/// </summary>
public static class GetLaporanKinerja
{
    public sealed record Query(int Id);

    /// <summary>A narrative part: its key, its name on the page, what is written (or null), and the reviewer's notes on it, oldest first.</summary>
    public sealed record Bagian(string Kunci, string Judul, string? Teks, IReadOnlyList<Catatan> Catatans);

    /// <summary>A reviewer's note on a part, with its writer and the time in WIB as printed.</summary>
    public sealed record Catatan(string Bagian, string Teks, string Penulis, string Waktu);

    public sealed record Berkas(string Format, string NamaBerkas, long Ukuran, string Sha256);

    /// <summary>
    /// The version: its parts, the notes not tied to a part (a return's reason), who reviewed and
    /// approved it and when, its publication, and <c>Langkah</c>, the steps this user may take now.
    /// </summary>
    public sealed record Hasil(
        int Id,
        string KodeSatker,
        string NamaSatker,
        int Tahun,
        int Versi,
        StatusLaporanKinerja Status,
        int Revisi,
        IReadOnlyList<Bagian> Bagians,
        IReadOnlyList<Catatan> CatatanUmum,
        string? Pereviu,
        string? Penyetuju,
        string? DiterbitkanPada,
        string? SidikIsi,
        IReadOnlyList<Berkas> Berkases,
        IReadOnlySet<LangkahLaporan> Langkah);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var muat = await LaporanTersimpan.MuatAsync(db, pelaku, q.Id, Tindakan.Membaca, ct);
            if (muat.Nilai is not { } dimuat)
            {
                return muat.Kegagalan!;
            }

            var (l, satker) = dimuat;
            var indikators = (await Perjanjian.IndikatorTahunan.MuatAsync(db, l.SatkerId, l.Tahun, ct)).Barises;
            var catatan = l.Catatans.OrderBy(c => c.Id).Select(c => new Catatan(c.Bagian, c.Teks, c.Penulis, Waktu(c.DibuatPada))).ToList();
            var bagians = DokumenLkjip.Bagians.Select(b => (b.Kunci, b.Judul))
                .Concat(indikators.Select(i => (DokumenLkjip.KunciIndikator(i.Kode), $"Analisis indikator {i.Kode} {i.Uraian}")))
                .Select(b => new Bagian(b.Item1, b.Item2, l.Naratifs.SingleOrDefault(n => n.Bagian == b.Item1)?.Teks, [.. catatan.Where(c => c.Bagian == b.Item1)]))
                .ToList();
            var berkas = await db.BerkasLaporans.AsNoTracking().Where(b => b.LaporanKinerjaId == l.Id).OrderBy(b => b.Format)
                .Select(b => new Berkas(b.Format, b.NamaBerkas, b.Berkas.Ukuran, b.Berkas.Sha256)).ToListAsync(ct);
            return new Hasil(
                l.Id,
                satker.Kode,
                satker.Nama,
                l.Tahun,
                l.Versi,
                l.Status,
                l.Revisi,
                bagians,
                [.. catatan.Where(c => bagians.All(b => b.Kunci != c.Bagian))],
                l.NamaPereviu is null ? null : $"{l.NamaPereviu}, {Waktu(l.DireviuPada!.Value)}",
                l.NamaPenyetuju is null ? null : $"{l.NamaPenyetuju}, {Waktu(l.DisetujuiPada!.Value)}",
                l.DiterbitkanPada is { } terbit ? Waktu(terbit) : null,
                l.SidikIsi,
                berkas,
                LangkahUntuk(pelaku, l));
        }
    }

    /// <summary>The steps <paramref name="pelaku"/> may take on the version in its present state.</summary>
    public static IReadOnlySet<LangkahLaporan> LangkahUntuk(AksesPengguna pelaku, LaporanKinerja l)
    {
        var hasil = new HashSet<LangkahLaporan>();
        var susun = pelaku.Boleh(Tindakan.MenyusunLaporan, l.SatkerId);
        var reviu = pelaku.Boleh(Tindakan.MereviuLaporan, l.SatkerId);
        var setuju = pelaku.Boleh(Tindakan.MenyetujuiLaporan, l.SatkerId);
        switch (l.Status)
        {
            case StatusLaporanKinerja.Draf when susun:
                hasil.Add(LangkahLaporan.Menulis);
                hasil.Add(LangkahLaporan.Mengajukan);
                break;
            case StatusLaporanKinerja.DalamReviu when reviu:
                hasil.Add(LangkahLaporan.Mencatat);
                hasil.Add(LangkahLaporan.MenandatanganiReviu);
                hasil.Add(LangkahLaporan.Mengembalikan);
                break;
            case StatusLaporanKinerja.Direviu when setuju:
                hasil.Add(LangkahLaporan.Menyetujui);
                hasil.Add(LangkahLaporan.Mengembalikan);
                break;
            case StatusLaporanKinerja.Disetujui when susun:
                hasil.Add(LangkahLaporan.Menerbitkan);
                break;
        }

        return hasil;
    }

    private static string Waktu(DateTimeOffset t) => WaktuIndonesia.Teks(t);
}

/// <summary>A step of the LKjIP's workflow a user may take on a version.</summary>
public enum LangkahLaporan
{
    /// <summary>Write the narrative (draft).</summary>
    Menulis,

    /// <summary>Send it for review (draft).</summary>
    Mengajukan,

    /// <summary>Leave a review note (under review).</summary>
    Mencatat,

    /// <summary>Sign the "Pernyataan Telah Direviu" (under review).</summary>
    MenandatanganiReviu,

    /// <summary>Return it to draft with a note (under review, or reviewed and awaiting approval).</summary>
    Mengembalikan,

    /// <summary>Approve it (reviewed).</summary>
    Menyetujui,

    /// <summary>Publish it (approved).</summary>
    Menerbitkan,
}
