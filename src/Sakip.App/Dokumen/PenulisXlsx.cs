using Sakip.App.Excel;

namespace Sakip.App.Dokumen;

/// <summary>
/// Every table of a document as a workbook, one sheet per table in the document's order. A cell
/// merged over several rows in the document is repeated on each of them, so the sheet can be
/// sorted and filtered.
/// </summary>
public static class PenulisXlsx
{
    public static byte[] Tulis(ModelDokumen d)
    {
        var tabels = d.Bloks.OfType<BlokTabel>().ToList();
        return BukuKerjaXlsx.Tulis([.. tabels.Select((t, i) => BukuKerjaXlsx.LembarTabel(
            $"Tabel {i + 1}",
            d.Judul,
            t.Keterangan ?? $"Tabel {i + 1} dari {tabels.Count}",
            t.Kepala,
            Baris(t)))]);
    }

    private static IEnumerable<IReadOnlyList<object?>> Baris(BlokTabel t)
    {
        var sisa = new (int Baris, string Teks)[t.Kepala.Count];
        foreach (var baris in t.Barises)
        {
            var isi = new object?[t.Kepala.Count];
            var berikut = 0;
            for (var kolom = 0; kolom < t.Kepala.Count; kolom++)
            {
                if (sisa[kolom].Baris > 0)
                {
                    sisa[kolom].Baris--;
                    isi[kolom] = sisa[kolom].Teks;
                    continue;
                }

                var sel = berikut < baris.Count ? baris[berikut++] : new Sel(string.Empty);
                isi[kolom] = sel.Teks;
                sisa[kolom] = (sel.GabungBawah - 1, sel.Teks);
            }

            yield return isi;
        }
    }
}
