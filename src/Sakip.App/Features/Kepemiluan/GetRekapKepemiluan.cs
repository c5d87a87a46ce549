using Microsoft.EntityFrameworkCore;
using Sakip.App.Charts;
using Sakip.App.Data;
using Sakip.App.Keamanan;
using Sakip.Domain.Kepemiluan;

namespace Sakip.App.Features.Kepemiluan;

/// <summary>
/// A contest's figures as a satker imported them (issue 12, items 4 and 6): one region of the tree
/// (the top by default) with its figures and participation, its children in a table with the two
/// participation charts, the way up, and the findings of the checks within it.
/// </summary>
public static class GetRekapKepemiluan
{
    /// <summary>The most findings a page lists; the XLSX has them all.</summary>
    public const int TemuanMaksimum = 500;

    /// <param name="KodeSatker">The satker whose import is shown.</param>
    /// <param name="KodeAcara">The event.</param>
    /// <param name="KodeKontes">The contest (may be left out when the event has one).</param>
    /// <param name="KodeWilayah">The region shown; null for the top of the import.</param>
    public sealed record Query(string KodeSatker, string KodeAcara, string? KodeKontes, string? KodeWilayah = null);

    /// <summary>A region's figures as the page shows them.</summary>
    /// <param name="Kode">The region code.</param>
    /// <param name="Nama">Its name.</param>
    /// <param name="Tingkat">Its level, in words.</param>
    /// <param name="Angka">The rolled-up figures.</param>
    /// <param name="AdaAnak">Whether it has regions below it in the data.</param>
    public sealed record Wilayah(string Kode, string Nama, string Tingkat, AngkaWilayah Angka, bool AdaAnak)
    {
        /// <summary>The code with dots.</summary>
        public string Bertitik => KodeWilayah.Dari(Kode).Bertitik;
    }

    /// <summary>A stored finding with its region's name.</summary>
    /// <param name="Aturan">The rule's name.</param>
    /// <param name="Peringatan">A plausibility warning rather than a broken identity.</param>
    /// <param name="Kode">The region.</param>
    /// <param name="NamaWilayah">The region's name.</param>
    /// <param name="Kolom">The columns involved.</param>
    /// <param name="Pesan">What is wrong.</param>
    /// <param name="KodeTampil">The region whose page lists the region of the finding (its parent in the data, or itself at the top).</param>
    public sealed record Temuan(string Aturan, bool Peringatan, string Kode, string NamaWilayah, string Kolom, string Pesan, string KodeTampil);

    /// <param name="KodeSatker">The satker.</param>
    /// <param name="NamaSatker">Its name.</param>
    /// <param name="KodeAcara">The event's code.</param>
    /// <param name="NamaAcara">The event's name.</param>
    /// <param name="Tanggal">The voting day.</param>
    /// <param name="KodeKontes">The contest's code.</param>
    /// <param name="NamaKontes">The contest's name.</param>
    /// <param name="Calons">The candidates by nomor urut.</param>
    /// <param name="KontesLain">The event's other contests (code, name), for moving between them.</param>
    /// <param name="Impor">The import shown; null when the satker has imported nothing for the contest.</param>
    /// <param name="Dipilih">The region shown; null without an import.</param>
    /// <param name="Jalur">The regions above it, top first.</param>
    /// <param name="Anaks">Its children.</param>
    /// <param name="Temuans">The findings within it, the first <see cref="TemuanMaksimum"/>.</param>
    /// <param name="JumlahKesalahan">All the findings within it that break an identity.</param>
    /// <param name="JumlahPeringatan">All the findings within it that are warnings.</param>
    /// <param name="GrafikPartisipasi">Participation of each child (SVG); null without children.</param>
    /// <param name="GrafikJenisKelamin">Men against women in each child (SVG); null without children.</param>
    /// <param name="BolehImpor">The user may import for the satker.</param>
    public sealed record Hasil(
        string KodeSatker,
        string NamaSatker,
        string KodeAcara,
        string NamaAcara,
        DateOnly Tanggal,
        string KodeKontes,
        string NamaKontes,
        IReadOnlyList<(int NomorUrut, string Nama)> Calons,
        IReadOnlyList<(string Kode, string Nama)> KontesLain,
        ImporTerikat? Impor,
        Wilayah? Dipilih,
        IReadOnlyList<(string Kode, string Nama)> Jalur,
        IReadOnlyList<Wilayah> Anaks,
        IReadOnlyList<Temuan> Temuans,
        int JumlahKesalahan,
        int JumlahPeringatan,
        string? GrafikPartisipasi,
        string? GrafikJenisKelamin,
        bool BolehImpor);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var guard = await DataKepemiluan.SatkerKontesAsync(db, pelaku, q.KodeSatker, q.KodeAcara, q.KodeKontes, Tindakan.Membaca, ct);
            if (!guard.Berhasil)
            {
                return guard.Kegagalan!;
            }

            var (satker, kontes) = guard.Nilai;

            var lain = kontes.Acara.Kontes.Where(k => k.Id != kontes.Id).OrderBy(k => k.Nama).Select(k => (k.Kode, k.Nama)).ToList();
            var calons = kontes.Calons.OrderBy(c => c.NomorUrut).Select(c => (c.NomorUrut, c.Nama)).ToList();
            var bolehImpor = pelaku.Boleh(Tindakan.MengelolaDataKepemiluan, satker.Id);
            var impor = await db.ImporKepemiluans.AsNoTracking().SingleOrDefaultAsync(i => i.KontesPemiluId == kontes.Id && i.SatkerId == satker.Id, ct);
            if (impor is null)
            {
                return new Hasil(satker.Kode, satker.Nama, kontes.Acara.Kode, kontes.Acara.Nama, kontes.Acara.Tanggal, kontes.Kode, kontes.Nama, calons, lain, null, null, [], [], [], 0, 0, null, null, bolehImpor);
            }

            KodeWilayah? diminta = null;
            if (!string.IsNullOrWhiteSpace(q.KodeWilayah))
            {
                if (!KodeWilayah.TryBaca(q.KodeWilayah, out var kode, out _))
                {
                    return TidakAda();
                }

                diminta = kode;
            }
            else if (await db.RekapAngkaKepemiluans.Where(a => a.ImporKepemiluanId == impor.Id && a.KodeInduk == null).OrderBy(a => a.KodeWilayah).Select(a => a.KodeWilayah).FirstOrDefaultAsync(ct) is { } puncak)
            {
                diminta = KodeWilayah.Dari(puncak);
            }

            Gagal TidakAda() => Gagal.TidakDitemukan($"Wilayah '{TeksRingkas.Potong(q.KodeWilayah ?? string.Empty, 20)}' tidak ada dalam data {kontes.Nama} {satker.Nama}.");

            // The findings within the region: counted whole, listed up to a page's worth (the XLSX has them all).
            var prefiks = diminta?.Kode ?? string.Empty;
            var semuaTemuan = db.TemuanImporKepemiluans.AsNoTracking().Where(t => t.ImporKepemiluanId == impor.Id && t.KodeWilayah.StartsWith(prefiks));
            var temuans = await semuaTemuan.OrderBy(t => t.Id).Take(TemuanMaksimum).ToListAsync(ct);
            var jumlahKesalahan = await semuaTemuan.CountAsync(t => !t.Peringatan, ct);
            var jumlahPeringatan = await semuaTemuan.CountAsync(t => t.Peringatan, ct);
            if (await DataKepemiluan.BagianRekapAsync(db, impor.Id, diminta, [.. temuans.Select(t => t.KodeWilayah).Distinct()], ct) is not { } bagian)
            {
                return TidakAda();
            }

            var (rekap, dipilih) = (bagian.Rekap, bagian.Dipilih);

            Temuan BacaTemuan(Entities.TemuanImporKepemiluan t)
            {
                var kode = KodeWilayah.Dari(t.KodeWilayah);
                var tampil = kode.Induk is { } induk && rekap.Ada(induk) ? induk : kode;
                return new Temuan(PemeriksaanKepemiluan.Nama(t.Aturan), t.Peringatan, t.KodeWilayah, rekap.Ada(kode) ? rekap.Nama(kode) : kode.Bertitik, t.Kolom, t.Pesan, tampil.Kode);
            }

            Wilayah Baca(KodeWilayah k) => new(k.Kode, rekap.Nama(k), Import.Kepemiluan.PembacaDataKepemiluan.NamaTingkat(k.Tingkat), rekap.Angka(k), bagian.JumlahAnak(k) > 0);
            var jalur = new List<(string, string)>();
            for (var k = dipilih.Induk; k is { } kk && rekap.Ada(kk); k = kk.Induk)
            {
                jalur.Insert(0, (kk.Kode, rekap.Nama(kk)));
            }

            var anaks = rekap.Anak(dipilih).Select(Baca).ToList();
            string? grafikPartisipasi = null, grafikJenisKelamin = null;
            if (anaks.Count > 0)
            {
                var nama = rekap.Nama(dipilih);
                grafikPartisipasi = GrafikSvg.PersenWilayah(
                    [.. anaks.Select(a => (a.Nama, (IReadOnlyList<decimal?>)[a.Angka.Partisipasi()]))],
                    [("Partisipasi", "seri-total")],
                    $"Partisipasi pemilih per wilayah, {kontes.Nama}, {nama}",
                    $"Pengguna hak pilih dibagi DPT untuk setiap wilayah di bawah {nama}.");
                grafikJenisKelamin = GrafikSvg.PersenWilayah(
                    [.. anaks.Select(a => (a.Nama, (IReadOnlyList<decimal?>)[a.Angka.PartisipasiL(), a.Angka.PartisipasiP()]))],
                    [("Laki-laki", "seri-l"), ("Perempuan", "seri-p")],
                    $"Partisipasi laki-laki dan perempuan per wilayah, {kontes.Nama}, {nama}",
                    $"Partisipasi pemilih laki-laki dan perempuan untuk setiap wilayah di bawah {nama}.");
            }

            return new Hasil(
                satker.Kode,
                satker.Nama,
                kontes.Acara.Kode,
                kontes.Acara.Nama,
                kontes.Acara.Tanggal,
                kontes.Kode,
                kontes.Nama,
                calons,
                lain,
                new ImporTerikat(satker.Kode, impor.NamaBerkas, impor.Diimpor),
                Baca(dipilih),
                jalur,
                anaks,
                [.. temuans.Select(t => BacaTemuan(t))],
                jumlahKesalahan,
                jumlahPeringatan,
                grafikPartisipasi,
                grafikJenisKelamin,
                bolehImpor);
        }
    }
}
