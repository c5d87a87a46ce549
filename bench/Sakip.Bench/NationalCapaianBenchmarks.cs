using BenchmarkDotNet.Attributes;
using Sakip.Domain.Agregasi;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;

namespace Sakip.Bench;

/// <summary>
/// The capaian engine over a synthetic nation: 553 satker x 20 indicators x 12 monthly realisasi
/// (132,720 values). Each indicator's months are combined into the year's realisasi, its capaian
/// computed and categorised, and every satker's PK aggregated. The baseline only sums the same
/// decimals, so the ratio says what the engine costs over touching the data once.
/// </summary>
[MemoryDiagnoser]
public class NationalCapaianBenchmarks
{
    public const int Satkers = 553;
    public const int IndikatorPerSatker = 20;
    public const int Bulan = 12;

    private Satker[] nation = [];
    private readonly KebijakanCapaian bawaan = KebijakanCapaian.Bawaan;
    private readonly KebijakanCapaian dibatasi = KebijakanCapaian.Bawaan with { Batas = BatasCapaian.Aturan110Jadi120, ModeAgregasi = ModeAgregasi.RataRataSasaran };

    private sealed record Indikator(string Sasaran, string Kode, Target Target, Polaritas Polaritas, CaraAkumulasi Cara, NilaiPeriode[] Bulanan);

    private sealed record Satker(Indikator[] Indikators);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2024);
        nation = new Satker[Satkers];
        for (var s = 0; s < Satkers; s++)
        {
            var indikators = new Indikator[IndikatorPerSatker];
            for (var i = 0; i < IndikatorPerSatker; i++)
            {
                var turun = i % 7 == 3;
                var jumlah = i % 3 == 0;
                var bulanan = new NilaiPeriode[Bulan];
                for (var m = 0; m < Bulan; m++)
                {
                    var nilai = turun ? random.Next(5, 30) / 100m : jumlah ? random.Next(0, 3) : random.Next(6000, 10_000) / 100m;
                    bulanan[m] = new NilaiPeriode(Periode.Bulan(2024, m + 1), nilai);
                }

                Target target = turun ? new TargetAngka(0.16m, "persen")
                    : jumlah ? new TargetAngka(12m, "laporan")
                    : i % 5 == 1 ? new TargetRentang(80m, 90m, "persen")
                    : new TargetAngka(90m, "persen");
                indikators[i] = new Indikator(
                    "S" + (i / 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    target,
                    turun ? Polaritas.Turun : Polaritas.Naik,
                    jumlah ? CaraAkumulasi.Jumlah : CaraAkumulasi.RataRata,
                    bulanan);
            }

            nation[s] = new Satker(indikators);
        }
    }

    [Benchmark(Baseline = true, Description = "baseline: sum every monthly value")]
    public decimal SumOnly()
    {
        var total = 0m;
        foreach (var satker in nation)
        {
            foreach (var ind in satker.Indikators)
            {
                foreach (var b in ind.Bulanan)
                {
                    total += b.Nilai;
                }
            }
        }

        return total;
    }

    [Benchmark(Description = "engine: year realisasi + capaian + kategori + ringkasan (default policy)")]
    public decimal EngineDefault() => Run(bawaan);

    [Benchmark(Description = "engine: same, cap 110->120 and mean of sasaran")]
    public decimal EngineCapped() => Run(dibatasi);

    private decimal Run(KebijakanCapaian kebijakan)
    {
        var tahun = Periode.SetahunPenuh(2024);
        var total = 0m;
        var hasil = new List<CapaianIndikator>(IndikatorPerSatker);
        foreach (var satker in nation)
        {
            hasil.Clear();
            foreach (var ind in satker.Indikators)
            {
                var realisasi = AkumulasiPeriode.Gabung(ind.Bulanan, ind.Cara, tahun);
                var capaian = KalkulatorCapaian.Hitung(ind.Target, ind.Polaritas, realisasi is { } r ? new RealisasiAngka(r, Unit(ind.Target)) : null, kebijakan);
                if (capaian.Nilai is { } n)
                {
                    _ = kebijakan.Skala.Kategorikan(n);
                }

                hasil.Add(new CapaianIndikator(ind.Sasaran, ind.Kode, capaian));
            }

            total += RingkasanCapaian.Hitung(hasil, kebijakan).Capaian ?? 0m;
        }

        return total;
    }

    private static string? Unit(Target t) => t switch
    {
        TargetAngka a => a.Satuan,
        TargetRentang r => r.Satuan,
        _ => null,
    };
}
