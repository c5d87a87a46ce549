using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Anggaran;

/// <summary>The kinds of budget revision by who approves them (PMK 62/2023; regulation.md §5).</summary>
public enum JenisRevisiAnggaran
{
    /// <summary>The DIPA as first issued (revision 0).</summary>
    DipaAwal,

    /// <summary>A revision approved by the Direktorat Jenderal Anggaran.</summary>
    RevisiDja,

    /// <summary>A revision approved by the Kanwil DJPb.</summary>
    RevisiKanwil,

    /// <summary>A revision of the POK under the KPA's own authority (no DIPA re-issue).</summary>
    RevisiPok,
}

/// <summary>A line whose pagu a revision changed.</summary>
/// <param name="Kode">The line.</param>
/// <param name="Uraian">Its name.</param>
/// <param name="Sumber">Its source.</param>
/// <param name="PaguSebelum">The pagu before (null: the revision added the line).</param>
/// <param name="PaguSesudah">The pagu after (null: the revision removed the line).</param>
public sealed record PerubahanPagu(KodeAnggaran Kode, string Uraian, SumberDana Sumber, decimal? PaguSebelum, decimal? PaguSesudah)
{
    /// <summary>How much the pagu moved (added lines count from 0, removed ones to 0).</summary>
    public decimal Selisih => (PaguSesudah ?? 0) - (PaguSebelum ?? 0);
}

/// <summary>What a revision did to the lines, and the check on realisation before it.</summary>
public static class PerubahanAnggaran
{
    /// <summary>The kind's name for pages and documents.</summary>
    public static string NamaJenis(JenisRevisiAnggaran jenis) => jenis switch
    {
        JenisRevisiAnggaran.DipaAwal => "DIPA awal",
        JenisRevisiAnggaran.RevisiDja => "Revisi DJA",
        JenisRevisiAnggaran.RevisiKanwil => "Revisi Kanwil DJPb",
        _ => "Revisi POK (kewenangan KPA)",
    };

    /// <summary>Reads a kind as the template and forms write it (<c>dja</c>, <c>kanwil</c>, <c>pok</c>).</summary>
    public static bool TryBacaJenis(string? teks, out JenisRevisiAnggaran jenis)
    {
        var t = (teks ?? string.Empty).Trim().ToLowerInvariant();
        (var ok, jenis) = t switch
        {
            "dja" or "revisi dja" => (true, JenisRevisiAnggaran.RevisiDja),
            "kanwil" or "kanwil djpb" or "revisi kanwil" or "revisi kanwil djpb" => (true, JenisRevisiAnggaran.RevisiKanwil),
            "pok" or "kpa" or "revisi pok" => (true, JenisRevisiAnggaran.RevisiPok),
            _ => (false, JenisRevisiAnggaran.DipaAwal),
        };
        return ok;
    }

    /// <summary>The lines whose pagu differs between two states of the DIPA (by code and source), in the order of the later state.</summary>
    public static IReadOnlyList<PerubahanPagu> Bandingkan(PohonAnggaran sebelum, PohonAnggaran sesudah)
    {
        var lama = Pagu(sebelum);
        var baru = Pagu(sesudah);
        var hasil = new List<PerubahanPagu>();
        foreach (var b in sesudah.Barises)
        {
            var kunci = (b.Kode.Kode, b.Sumber);
            var p = baru[kunci];
            if (!lama.TryGetValue(kunci, out var l) || l.Pagu != p.Pagu)
            {
                hasil.Add(new PerubahanPagu(b.Kode, b.Uraian, b.Sumber, l?.Pagu, p.Pagu));
            }
        }

        hasil.AddRange(sebelum.Barises.Where(b => !baru.ContainsKey((b.Kode.Kode, b.Sumber))).Select(b => new PerubahanPagu(b.Kode, b.Uraian, b.Sumber, lama[(b.Kode.Kode, b.Sumber)].Pagu, null)));
        return hasil;
    }

    /// <summary>
    /// A month's realisation recorded before its revision date: for every line a revision dated
    /// <paramref name="tanggal"/> raised or added, the realisation of the months before the
    /// revision's month may not exceed the pagu before it (money spent before it existed).
    /// </summary>
    public static IReadOnlyList<TemuanAnggaran> RealisasiSebelumRevisi(PohonAnggaran sebelum, PohonAnggaran sesudah, DateOnly tanggal, string namaRevisi)
    {
        var bulanSebelum = tanggal.Month - 1;
        if (bulanSebelum == 0)
        {
            return [];
        }

        var hasil = new List<TemuanAnggaran>();
        foreach (var ubah in Bandingkan(sebelum, sesudah).Where(u => u.Selisih > 0))
        {
            var terealisasi = sesudah.Angka(ubah.Kode, ubah.Sumber).RealisasiSampai(bulanSebelum);
            var paguLama = ubah.PaguSebelum ?? 0;
            if (terealisasi > paguLama)
            {
                hasil.Add(new TemuanAnggaran(
                    JenisTemuanAnggaran.RealisasiSebelumRevisi,
                    $"Realisasi {PohonAnggaran.NamaTingkat(ubah.Kode.Tingkat)} {ubah.Kode} ({SumberDanaTeks.Nama(ubah.Sumber)}) sampai {FormatIndonesia.Bulan(bulanSebelum)} {FormatIndonesia.Rupiah(terealisasi)}, padahal sebelum {namaRevisi} ({FormatIndonesia.Tanggal(tanggal)}) paginya {FormatIndonesia.Rupiah(paguLama)}: realisasi tercatat sebelum tanggal revisinya",
                    ubah.Kode,
                    ubah.Sumber,
                    []));
            }
        }

        return hasil;
    }

    private static Dictionary<(string, SumberDana), AngkaAnggaran> Pagu(PohonAnggaran pohon) =>
        pohon.Barises.ToDictionary(b => (b.Kode.Kode, b.Sumber), b => pohon.Angka(b.Kode, b.Sumber));
}
