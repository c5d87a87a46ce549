using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// Tells whether a file is a published LKjIP exactly as Sakip froze it (its SHA-256 is that of a
/// frozen file); and, for a Word file that is not, whether its footer names a published version
/// (then it was changed after publication) or nothing Sakip published. Published documents are
/// public, so anyone may ask.
/// </summary>
public static partial class VerifyDokumen
{
    /// <param name="Isi">The file's bytes.</param>
    public sealed record Query(byte[] Isi);

    /// <param name="Asli">The file is byte for byte a frozen file of a published version.</param>
    /// <param name="Pesan">What the check found, in a sentence.</param>
    /// <param name="Sha256">The file's SHA-256.</param>
    public sealed record Hasil(bool Asli, string Pesan, string Sha256);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(Query q, CancellationToken ct)
        {
            var sha = Keamanan.Sidik.Sha256(q.Isi);
            var cocok = await db.BerkasLaporans.AsNoTracking().Where(b => b.Berkas.Sha256 == sha)
                .Select(b => new { b.Format, b.LaporanKinerjaId }).FirstOrDefaultAsync(ct);
            if (cocok is not null)
            {
                var l = await Versi(db, cocok.LaporanKinerjaId, ct);
                return new Hasil(true, $"Asli: berkas ini sama persis dengan berkas {cocok.Format.ToUpperInvariant()} {l} (SHA-256 isi {l.SidikIsi}).", sha);
            }

            if (SidikDiKaki(q.Isi) is { } sidik)
            {
                var id = await db.LaporanKinerjas.AsNoTracking().Where(l => l.SidikIsi == sidik).Select(l => (int?)l.Id).FirstOrDefaultAsync(ct);
                return new Hasil(false, id is { } ada
                    ? $"Tidak asli: kakinya menyebut {await Versi(db, ada, ct)}, tetapi isi berkasnya berbeda dari berkas yang diterbitkan (telah diubah setelah terbit)."
                    : $"Tidak asli: kakinya menyebut SHA-256 isi {sidik}, yang bukan milik Laporan Kinerja terbitan mana pun di Sakip.", sha);
            }

            return new Hasil(false, "Tidak dikenal: berkas ini tidak sama dengan berkas Laporan Kinerja terbitan mana pun di Sakip.", sha);
        }
    }

    private sealed record Terbitan(string Satker, int Tahun, int Versi, DateTimeOffset? Terbit, string? SidikIsi)
    {
        public override string ToString() => $"Laporan Kinerja {Tahun} {Satker} versi {Versi}, diterbitkan {(Terbit is { } t ? Domain.Bilangan.FormatIndonesia.Tanggal(DateOnly.FromDateTime(t.ToOffset(WaktuIndonesia.Offset).DateTime)) : "-")}";
    }

    private static async Task<Terbitan> Versi(SakipDbContext db, int id, CancellationToken ct) =>
        await db.LaporanKinerjas.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new Terbitan(db.Satkers.Where(s => s.Id == l.SatkerId).Select(s => s.Nama).Single(), l.Tahun, l.Versi, l.DiterbitkanPada, l.SidikIsi))
            .SingleAsync(ct);

    /// <summary>The content hash a Word file's footer prints, if the file is a Word file with one.</summary>
    internal static string? SidikDiKaki(byte[] isi)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(isi), ZipArchiveMode.Read);
            foreach (var e in zip.Entries.Where(e => e.FullName.StartsWith("word/footer", StringComparison.Ordinal) && e.Length < 1_000_000))
            {
                using var r = new StreamReader(e.Open());
                var teks = Regex.Replace(r.ReadToEnd(), "<[^>]+>", string.Empty);
                if (Sidik().Match(teks) is { Success: true } m)
                {
                    return m.Groups[1].Value;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not a zip, so not a Word file.
        }

        return null;
    }

    [GeneratedRegex("SHA-256 isi ([0-9a-f]{64})")]
    private static partial Regex Sidik();
}
