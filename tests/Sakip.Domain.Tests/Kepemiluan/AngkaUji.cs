using Sakip.Domain.Kepemiluan;

namespace Sakip.Domain.Tests.Kepemiluan;

/// <summary>Builds figures from template column names: <c>Angka("dpt_l=10", "dpt_p=12", "suara_1=3")</c>.</summary>
internal static class AngkaUji
{
    public static AngkaWilayah Angka(params string[] isian)
    {
        var angka = new long?[KatalogKolom.Jumlah];
        var suara = new List<long?>();
        var persen = new decimal?[3];
        foreach (var i in isian)
        {
            var (nama, nilai) = (i.Split('=')[0], i.Split('=')[1]);
            switch (KatalogKolom.Kenali(nama, out var kolom, out var p, out var nomor))
            {
                case JenisKepala.Angka:
                    angka[(int)kolom] = long.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case JenisKepala.Persen:
                    persen[(int)p] = decimal.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case JenisKepala.Suara:
                    while (suara.Count < nomor)
                    {
                        suara.Add(null);
                    }

                    suara[nomor - 1] = long.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Kolom {nama} tidak dikenal.");
            }
        }

        return new AngkaWilayah(angka, suara, persen);
    }
}
