using Sakip.Domain.Anggaran;

namespace Sakip.Domain.Tests.Anggaran;

/// <summary>What a revision changed, and realisation recorded before the revision that made room for it.</summary>
public class RevisiAnggaranTests
{
    private static readonly SumberDana Rm = SumberDana.RupiahMurni;

    private static PohonAnggaran Pohon(params BarisAnggaran[] barises) =>
        PohonAnggaran.Susun([BarisAnggaran.Dari("076.01.WA", "Dukungan Manajemen", Rm, null), .. barises]);

    [Fact]
    public void Bandingkan_ListsRaisedAddedAndRemovedLines_WithTheirPaguBeforeAndAfter()
    {
        var sebelum = Pohon(BarisAnggaran.Dari("076.01.WA.3357", "Perencanaan", Rm, 100m), BarisAnggaran.Dari("076.01.WA.3358", "Keuangan", Rm, 50m));
        var sesudah = Pohon(BarisAnggaran.Dari("076.01.WA.3357", "Perencanaan", Rm, 80m), BarisAnggaran.Dari("076.01.WA.3359", "Umum", Rm, 70m));

        var ubah = PerubahanAnggaran.Bandingkan(sebelum, sesudah);

        Assert.Equal(
            [("076.01.WA.3357", 100m, 80m), ("076.01.WA.3359", (decimal?)null, 70m), ("076.01.WA.3358", 50m, (decimal?)null)],
            ubah.Select(u => (u.Kode.Kode, u.PaguSebelum, u.PaguSesudah)).Where(u => u.Item2 != u.Item3));
        Assert.Equal([-20m, 70m, -50m], ubah.Where(u => u.PaguSebelum != u.PaguSesudah).Select(u => u.Selisih));
    }

    [Theory]
    [InlineData(6, 100, 60, 30, false)] // spent 90 by May, the old pagu was 100: room enough
    [InlineData(6, 50, 30, 30, true)] // 60 by May against an old pagu of 50
    [InlineData(3, 50, 30, 30, true)] // 60 by February
    [InlineData(2, 50, 30, 30, false)] // only January (30) lies before February
    [InlineData(1, 0, 30, 30, false)] // a January revision has no month before it
    public void RealisationBeforeTheRevision_MayNotExceedThePaguBeforeIt(int bulanRevisi, int paguLama, int januari, int februari, bool temuan)
    {
        var sebelum = Pohon(BarisAnggaran.Dari("076.01.WA.3357", "Perencanaan", Rm, paguLama));
        var sesudah = Pohon(BarisAnggaran.Dari("076.01.WA.3357", "Perencanaan", Rm, 200m, januari, februari));

        var hasil = PerubahanAnggaran.RealisasiSebelumRevisi(sebelum, sesudah, new DateOnly(2024, bulanRevisi, 15), "revisi ke-3");

        Assert.Equal(temuan, hasil.Any(t => t.Kode.Kode == "076.01.WA.3357"));
        Assert.All(hasil, t => Assert.Equal(JenisTemuanAnggaran.RealisasiSebelumRevisi, t.Jenis));
    }

    [Fact]
    public void ALineTheRevisionAdded_HadNoPaguBefore()
    {
        var sebelum = Pohon(BarisAnggaran.Dari("076.01.WA.3357", "Perencanaan", Rm, 100m));
        var sesudah = Pohon(BarisAnggaran.Dari("076.01.WA.3357", "Perencanaan", Rm, 100m), BarisAnggaran.Dari("076.01.WA.3359", "Umum", Rm, 70m, 5m));

        var t = Assert.Single(PerubahanAnggaran.RealisasiSebelumRevisi(sebelum, sesudah, new DateOnly(2024, 4, 2), "revisi ke-1"));

        Assert.Equal("Realisasi kegiatan 076.01.WA.3359 (APBN (Rupiah Murni)) sampai Maret Rp 5, padahal sebelum revisi ke-1 (2 April 2024) paginya Rp 0: realisasi tercatat sebelum tanggal revisinya", t.Pesan);
    }

    [Theory]
    [InlineData("dja", JenisRevisiAnggaran.RevisiDja)]
    [InlineData("Kanwil DJPb", JenisRevisiAnggaran.RevisiKanwil)]
    [InlineData(" POK ", JenisRevisiAnggaran.RevisiPok)]
    [InlineData("kpa", JenisRevisiAnggaran.RevisiPok)]
    public void AKind_IsReadFromItsWord(string teks, JenisRevisiAnggaran jenis)
    {
        Assert.True(PerubahanAnggaran.TryBacaJenis(teks, out var j));
        Assert.Equal(jenis, j);
        Assert.NotEmpty(PerubahanAnggaran.NamaJenis(j));
    }

    [Theory]
    [InlineData("")]
    [InlineData("dipa awal")]
    [InlineData("revisi")]
    public void AnUnknownKind_IsNotGuessed(string teks) => Assert.False(PerubahanAnggaran.TryBacaJenis(teks, out _));
}
