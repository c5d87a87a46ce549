using Sakip.App.Import.Kepemiluan;
using Sakip.App.Kepemiluan;
using Sakip.Domain.Kepemiluan;

namespace Sakip.App.Tests.Kepemiluan;

/// <summary>The synthetic nation: shaped as documented, the same for the same seed, and its injected errors found exactly by the checks.</summary>
public class NasionalSintetisTests
{
    private static (string Data, string Label, int Tps) Tulis(int provinsi, int benih)
    {
        using var data = new StringWriter();
        using var label = new StringWriter();
        var tps = NasionalSintetis.Tulis(data, label, provinsi, benih);
        return (data.ToString(), label.ToString(), tps);
    }

    [Fact]
    public void OneProvince_IsReadCleanly_AndTheChecksFindExactlyTheInjectedErrors()
    {
        var (data, label, tps) = Tulis(1, 7);
        var (pembaca, barises) = PembacaDataKepemiluan.Baca(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(data)), "aceh.csv");
        var rekap = RekapKepemiluan.HitungBertahap(barises, JenisPemilihan.Pemilu);
        Assert.Empty(pembaca.Kesalahans);

        var sisipan = label.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToDictionary(b => b[0], b => b[1]);
        var cocok = NasionalSintetis.Cocokkan(rekap.Temuans.Select(t => (t.Kode.Kode, t.Aturan)), label.Split('\n'));
        Assert.InRange(sisipan.Count, tps * 0.03, tps * 0.05);
        Assert.Equal(new Pencocokan(sisipan.Count, sisipan.Count, 0, 0, 0), cocok);
        Assert.True(cocok.Sempurna);
        Assert.Equal(NasionalSintetis.JenisGalat.Select(j => j.ToString()).Order(StringComparer.Ordinal), sisipan.Values.Distinct().Order(StringComparer.Ordinal));

        Assert.Equal(["11"], rekap.Puncaks.Select(k => k.Kode));
        var partisipasi = rekap.Total.Partisipasi()!.Value;
        Assert.InRange(partisipasi, 70m, 90m);
        Assert.True(rekap.Total.PartisipasiP() > rekap.Total.PartisipasiL(), "perempuan sedikit lebih tinggi");
        Assert.All(rekap.Wilayahs.Where(k => k.Tingkat == TingkatWilayah.Kecamatan), k => Assert.InRange(rekap.Anak(k).Count, 2, 99));
    }

    [Fact]
    public void TheSameSeed_WritesTheSameFile_AndTheNationHasItsCounts()
    {
        Assert.Equal(Tulis(2, 11).Data, Tulis(2, 11).Data);
        Assert.NotEqual(Tulis(1, 11).Data, Tulis(1, 12).Data);
        Assert.Equal(38, NasionalSintetis.KodeProvinsi.Distinct().Count());
        using var kosong = new StringWriter();
        var kode = new KodeSaja();
        var tps = NasionalSintetis.Tulis(kode, kosong);
        Assert.Equal((NasionalSintetis.Tps, NasionalSintetis.Tps, NasionalSintetis.KabKota, NasionalSintetis.Kelurahan), (tps, kode.Tps.Count, kode.Kab.Count, kode.Kel.Count));
    }

    /// <summary>Keeps only the region code of each line written (the nation is 76 MB of text; its codes fit in a few sets of numbers).</summary>
    private sealed class KodeSaja : TextWriter
    {
        private readonly System.Text.StringBuilder baris = new();
        private bool kepala = true;

        public HashSet<long> Tps { get; } = [];

        public HashSet<int> Kab { get; } = [];

        public HashSet<long> Kel { get; } = [];

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            if (value != '\n')
            {
                if (baris.Length < 13)
                {
                    baris.Append(value);
                }

                return;
            }

            if (!kepala)
            {
                var k = baris.ToString();
                Tps.Add(long.Parse(k, System.Globalization.CultureInfo.InvariantCulture));
                Kab.Add(int.Parse(k[..4], System.Globalization.CultureInfo.InvariantCulture));
                Kel.Add(long.Parse(k[..10], System.Globalization.CultureInfo.InvariantCulture));
            }

            kepala = false;
            baris.Clear();
        }
    }
}
