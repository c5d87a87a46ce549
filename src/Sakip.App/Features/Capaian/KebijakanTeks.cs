using Sakip.Domain.Capaian;

namespace Sakip.App.Features.Capaian;

/// <summary>The policy in words, printed with every measurement so a reader can recompute any figure.</summary>
public static class KebijakanTeks
{
    public static string Uraian(KebijakanCapaian k)
    {
        var rumus = k.RumusTurun == RumusTurun.DuaTargetKurangRealisasi
            ? "(2 x target - realisasi) / target x 100"
            : "target / realisasi x 100";
        var batas = k.Batas switch
        {
            BatasCapaian.TanpaBatas => "tanpa batas",
            BatasCapaian.Seratus => "paling tinggi 100 %",
            BatasCapaian.SeratusDuaPuluh => "paling tinggi 120 %",
            _ => "di atas 110 % dihitung 120 %",
        };
        var agregasi = k.ModeAgregasi == ModeAgregasi.RataRataIndikator ? "rata-rata seluruh indikator" : "rata-rata capaian sasaran";
        var skala = string.Join(", ", k.Skala.Tingkats.Select((t, i) => i == k.Skala.Tingkats.Count - 1 ? $"di bawahnya {t.Nama}" : $">= {Domain.Bilangan.FormatIndonesia.AngkaRingkas(t.BatasBawah)} % {t.Nama}"));
        return $"Kebijakan: semakin tinggi semakin baik = realisasi / target x 100; semakin rendah semakin baik = {rumus}; batas capaian {batas}; capaian keseluruhan = {agregasi}; kategori: {skala}.";
    }
}
