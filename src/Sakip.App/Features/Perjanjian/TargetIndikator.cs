using Sakip.App.Entities;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>Reading an indicator's target as people write it (<c>0,15 %</c>, <c>12 kali</c>, <c>80-90</c>, <c>BB</c>).</summary>
internal static class TargetIndikator
{
    /// <summary>
    /// Sets the target of <paramref name="ind"/> from its text and returns null, or returns what is
    /// wrong (the caller then saves nothing). With <paramref name="bolehGantiJenis"/> a grade of the SAKIP
    /// scale makes a grade target and a number a number (or band) target; without it the indicator
    /// keeps its kind.
    /// </summary>
    public static string? Terapkan(IndikatorKinerja ind, string teks, bool bolehGantiJenis = false)
    {
        if (bolehGantiJenis && Domain.Capaian.SkalaPredikat.Sakip.NilaiDari(teks.Trim()) is not null && !AngkaIndonesia.Baca(teks).Berhasil)
        {
            ind.JenisTarget = JenisTarget.Predikat;
            ind.SkalaPredikat ??= Domain.Capaian.SkalaPredikat.NamaSakip;
            ind.TargetNilai = null;
            ind.TargetAtas = null;
        }
        else if (bolehGantiJenis && ind.JenisTarget == JenisTarget.Predikat)
        {
            ind.JenisTarget = JenisTarget.Angka;
            ind.TargetPredikat = null;
            ind.SkalaPredikat = null;
        }

        if (ind.JenisTarget == JenisTarget.Predikat)
        {
            var skala = ind.SkalaPredikatnya();
            var kode = teks.Trim();
            var dikenal = skala.Predikats.FirstOrDefault(p => string.Equals(p.Kode, kode, StringComparison.OrdinalIgnoreCase));
            if (dikenal is null)
            {
                return $"'{kode}' bukan predikat pada skala {skala.Nama}.";
            }

            ind.TargetPredikat = dikenal.Kode;
            return null;
        }

        if (ind.JenisTarget == JenisTarget.Milestone)
        {
            return "target milestone diubah lewat tanggal, belum lewat formulir ini.";
        }

        var baca = AngkaIndonesia.Baca(teks, ind.Satuan);
        if (!baca.Berhasil)
        {
            return baca.Kesalahan;
        }

        if (baca.Nilai < 0)
        {
            return "target tidak boleh negatif.";
        }

        if (!baca.IsRentang && baca.Nilai == 0)
        {
            // Capaian is realisasi against target: against 0 it cannot be computed (DOMAIN.md section 5).
            return "target 0 tidak dapat dipakai: capaian dihitung terhadap target, sehingga tidak dapat dihitung. Tulis target yang lebih dari 0.";
        }

        if (Satuan.Berbeda(baca.Satuan, ind.Satuan))
        {
            return $"satuan '{baca.Satuan}' berbeda dengan satuan indikator '{ind.Satuan}'.";
        }

        ind.JenisTarget = baca.IsRentang ? JenisTarget.Rentang : JenisTarget.Angka;
        ind.TargetNilai = baca.Nilai;
        ind.TargetAtas = baca.NilaiAtas;
        return null;
    }
}
