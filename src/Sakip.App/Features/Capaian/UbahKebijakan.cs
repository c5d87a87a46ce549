using Sakip.Domain.Capaian;
using Sakip.Domain.Kategori;

namespace Sakip.App.Features.Capaian;

/// <summary>
/// Policy choices that override the stored policy for one calculation (the CLI's
/// <c>--rumus-turun</c>, <c>--batas</c>, <c>--skala</c>, <c>--agregasi</c>); a null choice keeps the stored one.
/// </summary>
public sealed record UbahKebijakan(RumusTurun? RumusTurun = null, BatasCapaian? Batas = null, SkalaKategori? Skala = null, ModeAgregasi? ModeAgregasi = null)
{
    public KebijakanCapaian Terapkan(KebijakanCapaian dasar) => dasar with
    {
        RumusTurun = RumusTurun ?? dasar.RumusTurun,
        Batas = Batas ?? dasar.Batas,
        Skala = Skala ?? dasar.Skala,
        ModeAgregasi = ModeAgregasi ?? dasar.ModeAgregasi,
    };

    /// <summary>
    /// Reads the choices as the CLI writes them: rumus <c>2t-r</c> or <c>t/r</c>; batas <c>none</c>,
    /// <c>100</c>, <c>120</c> or <c>110-120</c>; skala <c>seed4</c> or <c>lima</c>; agregasi
    /// <c>indikator</c> or <c>sasaran</c>. Null or blank means "keep".
    /// </summary>
    public static Jawaban<UbahKebijakan> Baca(string? rumus, string? batas, string? skala, string? agregasi)
    {
        RumusTurun? r = null;
        if (!string.IsNullOrWhiteSpace(rumus))
        {
            r = rumus.Trim().ToLowerInvariant() switch
            {
                "2t-r" => Domain.Capaian.RumusTurun.DuaTargetKurangRealisasi,
                "t/r" => Domain.Capaian.RumusTurun.TargetBagiRealisasi,
                _ => null,
            };
            if (r is null)
            {
                return Gagal.TidakSah($"Nilai '{rumus}' untuk --rumus-turun tidak dikenal; pilih 2t-r atau t/r.");
            }
        }

        BatasCapaian? b = null;
        if (!string.IsNullOrWhiteSpace(batas))
        {
            b = batas.Trim().ToLowerInvariant() switch
            {
                "none" or "tanpa" => BatasCapaian.TanpaBatas,
                "100" => BatasCapaian.Seratus,
                "120" => BatasCapaian.SeratusDuaPuluh,
                "110-120" => BatasCapaian.Aturan110Jadi120,
                _ => null,
            };
            if (b is null)
            {
                return Gagal.TidakSah($"Nilai '{batas}' untuk --batas tidak dikenal; pilih none, 100, 120 atau 110-120.");
            }
        }

        SkalaKategori? s = null;
        if (!string.IsNullOrWhiteSpace(skala))
        {
            s = SkalaKategori.Bawaan(skala);
            if (s is null)
            {
                return Gagal.TidakSah($"Nilai '{skala}' untuk --skala tidak dikenal; pilih seed4 atau lima.");
            }
        }

        ModeAgregasi? m = null;
        if (!string.IsNullOrWhiteSpace(agregasi))
        {
            m = agregasi.Trim().ToLowerInvariant() switch
            {
                "indikator" => Domain.Capaian.ModeAgregasi.RataRataIndikator,
                "sasaran" => Domain.Capaian.ModeAgregasi.RataRataSasaran,
                _ => null,
            };
            if (m is null)
            {
                return Gagal.TidakSah($"Nilai '{agregasi}' untuk --agregasi tidak dikenal; pilih indikator atau sasaran.");
            }
        }

        return Jawaban<UbahKebijakan>.Dari(new UbahKebijakan(r, b, s, m));
    }
}
