using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// What every use case on a stored LKjIP version shares: loading it with its satker under a
/// permission, and moving it one step along its workflow (draft, under review, reviewed,
/// approved, published) with the audit action, the reader's notification and the check that the
/// form was opened on the version's current revision.
/// </summary>
public static class LaporanTersimpan
{
    public const string Konflik = "Laporan Kinerja ini telah diubah oleh pengguna lain sejak Anda membukanya. Tindakan Anda belum disimpan: muat ulang halaman, periksa perubahan itu, lalu ulangi.";

    /// <summary>A stored version and its satker.</summary>
    public sealed record Dimuat(LaporanKinerja Laporan, Satker Satker);

    /// <summary>The version with its narrative and notes, and its satker; 404 when absent, 403 when the user may not read its satker or take <paramref name="tindakan"/> there.</summary>
    public static async Task<Jawaban<Dimuat>> MuatAsync(SakipDbContext db, AksesPengguna pelaku, int id, Tindakan tindakan, CancellationToken ct)
    {
        var laporan = await db.LaporanKinerjas.Include(l => l.Naratifs).Include(l => l.Catatans).AsSplitQuery().SingleOrDefaultAsync(l => l.Id == id, ct);
        var satker = laporan is null ? null : await db.Satkers.SingleAsync(s => s.Id == laporan.SatkerId, ct);
        if (laporan is null || satker is null)
        {
            return Gagal.TidakDitemukan("Laporan Kinerja tidak ditemukan.");
        }

        var tolak = Izin.Periksa(pelaku, Tindakan.Membaca, satker) ?? Izin.Periksa(pelaku, tindakan, satker);
        return tolak is null ? new Dimuat(laporan, satker) : tolak;
    }

    /// <summary>One step of the workflow.</summary>
    /// <param name="Tindakan">What the actor must be allowed on the satker.</param>
    /// <param name="Dari">The state the step starts from.</param>
    /// <param name="Ke">The state it ends in.</param>
    /// <param name="Aksi">How the audit trail names it.</param>
    /// <param name="Kepada">Who is told: the users who may take this action on the satker.</param>
    /// <param name="Kalimat">What they are told, after the actor's user name and before the version ("mengajukan reviu").</param>
    public sealed record Langkah(Tindakan Tindakan, StatusLaporanKinerja Dari, StatusLaporanKinerja Ke, AksiAudit Aksi, Tindakan Kepada, string Kalimat);

    /// <summary>
    /// Takes <paramref name="langkah"/> on the version: refused unless the user may, the version is
    /// in the step's starting state and the form saw its current revision; <paramref name="ubah"/>
    /// records what the step sets (who, when) or refuses it with a reason.
    /// </summary>
    public static async Task<Jawaban<int>> PindahAsync(SakipDbContext db, Pemberitahu pemberitahu, AksesPengguna pelaku, int id, int revisi, Langkah langkah, Func<LaporanKinerja, Satker, Task<Gagal?>> ubah, CancellationToken ct)
    {
        var muat = await MuatAsync(db, pelaku, id, langkah.Tindakan, ct);
        if (muat.Nilai is not { } dimuat)
        {
            return muat.Kegagalan!;
        }

        var (laporan, satker) = dimuat;
        if (laporan.Status != langkah.Dari)
        {
            return Gagal.TidakSah($"Laporan Kinerja versi {laporan.Versi} berstatus {LaporanKinerja.StatusTeks(laporan.Status)}; langkah ini hanya untuk laporan yang berstatus {LaporanKinerja.StatusTeks(langkah.Dari)}.");
        }

        if (revisi != laporan.Revisi)
        {
            return Gagal.Konflik(Konflik);
        }

        if (await ubah(laporan, satker) is { } alasan)
        {
            return alasan;
        }

        laporan.Status = langkah.Ke;
        laporan.Revisi++;
        db.TandaiAksi(laporan, langkah.Aksi);
        await pemberitahu.KepadaAsync(
            satker,
            langkah.Kepada,
            JenisPemberitahuan.LaporanKinerja,
            $"{pelaku.NamaPengguna} {langkah.Kalimat} Laporan Kinerja {laporan.Tahun} versi {laporan.Versi} {satker.Nama}.",
            Tautan(laporan),
            pelaku.PenggunaId,
            null,
            ct);
        return await db.SimpanAsync(() => laporan.Id, ct, Konflik);
    }

    /// <summary>What the document prints of a version: its narrative, review and approval, as <paramref name="status"/> (its own by default).</summary>
    public static App.Dokumen.VersiLkjip Versi(LaporanKinerja l, StatusLaporanKinerja? status = null) => new(
        l.Versi,
        status ?? l.Status,
        l.Naratifs.ToDictionary(n => n.Bagian, n => n.Teks, StringComparer.Ordinal),
        l.NamaPereviu,
        Tanggal(l.DireviuPada),
        l.NamaPenyetuju,
        Tanggal(l.DisetujuiPada),
        null);

    private static DateOnly? Tanggal(DateTimeOffset? t) => t is { } w ? DateOnly.FromDateTime(w.ToOffset(WaktuIndonesia.Offset).DateTime) : null;

    /// <summary>The file name of a version's document, from codes only.</summary>
    public static string NamaBerkas(string kodeSatker, LaporanKinerja l) => $"lkjip-{kodeSatker}-{l.Tahun}-v{l.Versi}";

    /// <summary>Where a version is worked on.</summary>
    public static string Tautan(LaporanKinerja l) => $"/Laporan/Lihat?id={l.Id}";
}
