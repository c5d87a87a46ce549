using Sakip.App.Entities;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// The checks a realisasi value passes however it arrives (the form, an uploaded workbook): one
/// number in the indicator's unit and not negative, or a grade on the indicator's scale. Each
/// returns the message, in Bahasa Indonesia, or null when the value is good.
/// </summary>
internal static class NilaiRealisasi
{
    /// <summary>Reads a number as people write it (<c>1.234,5</c>, <c>98,5 %</c>).</summary>
    public static string? BacaAngka(string teks, string? satuanIndikator, out decimal nilai, out string? satuan)
    {
        nilai = 0;
        satuan = null;
        var baca = AngkaIndonesia.Baca(teks, satuanIndikator);
        if (!baca.Berhasil || baca.IsRentang)
        {
            return baca.Berhasil ? "Realisasi harus satu angka, bukan rentang." : $"Realisasi: {baca.Kesalahan}.";
        }

        if (Satuan.Berbeda(baca.Satuan, satuanIndikator))
        {
            return $"Satuan '{baca.Satuan}' berbeda dengan satuan indikator '{satuanIndikator}'.";
        }

        nilai = baca.Nilai!.Value;
        satuan = baca.Satuan ?? satuanIndikator;
        return Periksa(nilai, satuan);
    }

    /// <summary>
    /// The range of a realisasi or formula variable, whether typed or taken from a numeric cell:
    /// not negative and within <see cref="BatasAngka"/> for its unit.
    /// </summary>
    public static string? Periksa(decimal nilai, string? satuan) =>
        nilai < 0 ? "Realisasi tidak boleh negatif."
        : BatasAngka.Periksa(nilai, BatasAngka.JenisDari(satuan)) is { } salah ? $"Realisasi {salah}."
        : null;

    /// <summary>Finds <paramref name="kode"/> on the indicator's grade scale, in the scale's spelling.</summary>
    public static string? BacaPredikat(IndikatorKinerja ind, string kode, out string predikat)
    {
        var skala = ind.SkalaPredikatnya();
        var cocok = skala.Predikats.FirstOrDefault(p => string.Equals(p.Kode, kode.Trim(), StringComparison.OrdinalIgnoreCase));
        predikat = cocok?.Kode ?? string.Empty;
        return cocok is null ? $"'{kode.Trim()}' bukan predikat pada skala {skala.Nama}: pilih {string.Join(", ", skala.Predikats.Select(p => p.Kode))}." : null;
    }
}
