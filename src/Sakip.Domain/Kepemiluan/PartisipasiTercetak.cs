using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Kepemiluan;

/// <summary>
/// A participation figure of an earlier election as a past report printed it (the history table of
/// an LKjIP, the seed's Tabel 30): DPT, users and the printed percentage. Sakip keeps it as
/// printed and checks it: the percentage against the counts, and the users against the figures
/// imported into Sakip for the same election, when there are any.
/// </summary>
/// <param name="Tahun">The election's year.</param>
/// <param name="Pemilihan">The election as printed ("Pilkada Tahun 2018").</param>
/// <param name="Jenis">Pemilu or Pilkada.</param>
/// <param name="Dpt">Voters on the DPT, as printed.</param>
/// <param name="Pengguna">Voters who used their right, as printed.</param>
/// <param name="PersenTercetak">The participation as printed, when a percentage was printed.</param>
public sealed record PartisipasiTercetak(int Tahun, string Pemilihan, JenisPemilihan Jenis, long Dpt, long Pengguna, decimal? PersenTercetak)
{
    /// <summary>Users over DPT, in percent; null without a DPT.</summary>
    public decimal? Partisipasi => Dpt > 0 ? Pengguna * 100m / Dpt : null;

    /// <summary>
    /// What does not agree, in Bahasa Indonesia: the printed percentage against users / DPT rounded
    /// to as many decimals as were printed, and the printed users against
    /// <paramref name="penggunaData"/>, the users of the same election in the imported data
    /// (named by <paramref name="sumberData"/>).
    /// </summary>
    public IReadOnlyList<string> Periksa(long? penggunaData = null, string? sumberData = null)
    {
        var temuan = new List<string>();
        if (PersenTercetak is { } tercetak && Partisipasi is { } hitung)
        {
            var ringkas = tercetak / 1.000000000000000000000000000000000m;
            if (Math.Round(hitung, ringkas.Scale, MidpointRounding.AwayFromZero) != ringkas)
            {
                temuan.Add($"partisipasi tertulis {FormatIndonesia.AngkaRingkas(ringkas, ringkas.Scale)} %, sedangkan pengguna hak pilih / DPT = {FormatIndonesia.Angka(Pengguna, 0)} / {FormatIndonesia.Angka(Dpt, 0)} = {FormatIndonesia.Persen(hitung)}");
            }
        }

        if (penggunaData is { } data && data != Pengguna)
        {
            temuan.Add($"pengguna hak pilih tertulis {FormatIndonesia.Angka(Pengguna, 0)}, sedangkan data {sumberData ?? "yang diimpor"} berjumlah {FormatIndonesia.Angka(data, 0)} (selisih {FormatIndonesia.Angka(data - Pengguna, 0)})");
        }

        return temuan;
    }
}
