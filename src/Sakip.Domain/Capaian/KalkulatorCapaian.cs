using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Capaian;

/// <summary>
/// Computes the capaian of one indicator from its target, polarity and realisasi under a policy
/// (DOMAIN.md §5; PermenPANRB 6/2022).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Higher is better: R / T x 100.</item>
/// <item>Lower is better: (2T - R) / T x 100, or T / R x 100 by policy. A realisasi of 0 gives the
/// cap's maximum, or "tidak dapat dihitung" when the policy has no cap.</item>
/// <item>Band: inside is 100 %; outside, the polarity's formula against the nearer bound.</item>
/// <item>Grade: both grades are mapped to numbers by the policy's scale, then the numeric rule.</item>
/// <item>Milestone: done (by the deadline, when one is set) is 100 %, otherwise 0 %.</item>
/// <item>A missing target, a zero target, a missing realisasi, a negative value, different units or kinds are reasons, not numbers.</item>
/// <item>The raw value is kept; the cap and a floor at 0 % (a lower-is-better realisasi above twice
/// the target) apply to the value used for display and averaging.</item>
/// </list>
/// </remarks>
public static class KalkulatorCapaian
{
    /// <summary>The capaian of one indicator.</summary>
    public static HasilCapaian Hitung(Target? target, Polaritas polaritas, Realisasi? realisasi, KebijakanCapaian kebijakan)
    {
        if (target is null)
        {
            return Tdd(AlasanTidakDapatDihitung.TargetKosong);
        }

        if (realisasi is null)
        {
            return Tdd(AlasanTidakDapatDihitung.RealisasiKosong);
        }

        return (target, realisasi) switch
        {
            (TargetAngka t, RealisasiAngka r) => Satuan.Berbeda(t.Satuan, r.Satuan)
                ? Tdd(AlasanTidakDapatDihitung.SatuanBerbeda)
                : HitungAngka(t.Nilai, r.Nilai, polaritas, kebijakan),
            (TargetRentang t, RealisasiAngka r) => Satuan.Berbeda(t.Satuan, r.Satuan)
                ? Tdd(AlasanTidakDapatDihitung.SatuanBerbeda)
                : HitungRentang(t, r.Nilai, polaritas, kebijakan),
            (TargetPredikat t, RealisasiPredikat r) => HitungPredikat(t, r, polaritas, kebijakan),
            (TargetMilestone t, RealisasiMilestone r) => HitungMilestone(t, r, kebijakan),
            _ => Tdd(AlasanTidakDapatDihitung.JenisBerbeda),
        };
    }

    private static HasilCapaian HitungAngka(decimal target, decimal realisasi, Polaritas polaritas, KebijakanCapaian k)
    {
        if (target < 0 || realisasi < 0)
        {
            return Tdd(AlasanTidakDapatDihitung.NilaiNegatif);
        }

        if (target == 0)
        {
            return Tdd(AlasanTidakDapatDihitung.TargetNol);
        }

        if (polaritas == Polaritas.Naik)
        {
            return Jadi(realisasi / target * 100m, k);
        }

        if (realisasi == 0)
        {
            return k.NilaiMaksimum is { } maks
                ? HasilCapaian.Dihitung(maks, maks)
                : Tdd(AlasanTidakDapatDihitung.RealisasiNolTanpaBatas);
        }

        var mentah = k.RumusTurun switch
        {
            RumusTurun.DuaTargetKurangRealisasi => ((2m * target) - realisasi) / target * 100m,
            RumusTurun.TargetBagiRealisasi => target / realisasi * 100m,
            _ => throw new InvalidOperationException($"Rumus tidak dikenal: {k.RumusTurun}"),
        };
        return Jadi(mentah, k);
    }

    private static HasilCapaian HitungRentang(TargetRentang t, decimal realisasi, Polaritas polaritas, KebijakanCapaian k)
    {
        if (t.Bawah < 0 || realisasi < 0)
        {
            return Tdd(AlasanTidakDapatDihitung.NilaiNegatif);
        }

        if (realisasi >= t.Bawah && realisasi <= t.Atas)
        {
            return Jadi(100m, k);
        }

        var batasTerdekat = realisasi < t.Bawah ? t.Bawah : t.Atas;
        return HitungAngka(batasTerdekat, realisasi, polaritas, k);
    }

    private static HasilCapaian HitungPredikat(TargetPredikat t, RealisasiPredikat r, Polaritas polaritas, KebijakanCapaian k)
    {
        var skala = k.CariSkalaPredikat(t.Skala);
        var nilaiTarget = skala?.NilaiDari(t.Kode);
        var nilaiRealisasi = skala?.NilaiDari(r.Kode);
        return nilaiTarget is null || nilaiRealisasi is null
            ? Tdd(AlasanTidakDapatDihitung.PredikatTidakDikenal)
            : HitungAngka(nilaiTarget.Value, nilaiRealisasi.Value, polaritas, k);
    }

    private static HasilCapaian HitungMilestone(TargetMilestone t, RealisasiMilestone r, KebijakanCapaian k)
    {
        var selesai = r.TanggalSelesai is { } tanggal && (t.BatasWaktu is null || tanggal <= t.BatasWaktu);
        return Jadi(selesai ? 100m : 0m, k);
    }

    private static HasilCapaian Jadi(decimal mentah, KebijakanCapaian k) => HasilCapaian.Dihitung(mentah, k.TerapkanBatas(mentah));

    private static HasilCapaian Tdd(AlasanTidakDapatDihitung alasan) => HasilCapaian.TidakDapatDihitung(alasan);
}
