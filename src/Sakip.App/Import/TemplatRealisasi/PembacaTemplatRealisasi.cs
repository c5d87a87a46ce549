using System.Globalization;
using Sakip.App.Entities;
using Sakip.App.Excel;
using Sakip.App.Features.Realisasi;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Periode;

namespace Sakip.App.Import.TemplatRealisasi;

/// <summary>One indicator-period that the upload changes: what is stored and what comes.</summary>
public sealed record PerubahanRealisasi(
    string Sel,
    int IndikatorId,
    string Kode,
    int NomorPeriode,
    string Periode,
    string Lama,
    string Baru,
    decimal? Nilai,
    string? Satuan,
    string? Predikat,
    DateOnly? TanggalSelesai,
    Dictionary<string, decimal>? Variabel,
    int? RealisasiId,
    int? Revisi);

/// <summary>
/// Reads the rows of a filled realisasi sheet against the agreement it was made for, collecting
/// the changes and every error named by file, row and column (the cell in <see cref="Kesalahan.Bidang"/>).
/// Pure: it reads the sheet and the agreement held in memory, and writes nothing.
/// </summary>
public sealed class PembacaTemplatRealisasi(string namaBerkas, KeadaanPerjanjian k)
{
    private readonly Dictionary<(int IndikatorId, int Nomor), Dictionary<string, SelBaca>> isian = [];

    public List<PerubahanRealisasi> Perubahans { get; } = [];

    public List<Kesalahan> Kesalahans { get; } = [];

    public int JumlahTetap { get; private set; }

    private void Salah(SelBaca sel, string pesan)
    {
        var (kolom, baris) = AlamatSel.Urai(sel.Alamat);
        var judul = kolom <= TataLetakTemplat.JudulKolom.Count ? $" ({TataLetakTemplat.JudulKolom[kolom - 1]})" : string.Empty;
        Kesalahans.Add(new Kesalahan(sel.Alamat, $"{namaBerkas}, baris {baris}, kolom {AlamatSel.Kolom(kolom)}{judul}: {pesan}"));
    }

    public void Baca(LembarBaca lembar)
    {
        for (var kolom = 1; kolom <= TataLetakTemplat.JudulKolom.Count; kolom++)
        {
            var sel = lembar.Sel(kolom, TataLetakTemplat.BarisJudulKolom);
            var harus = TataLetakTemplat.JudulKolom[kolom - 1];
            if (sel.TeksApaAdanya.Trim() != harus)
            {
                Salah(sel, $"judul kolom seharusnya '{harus}', tertulis '{sel.TeksApaAdanya}'. Pakai templat tanpa mengubah susunan kolomnya.");
            }
        }

        if (Kesalahans.Count > 0)
        {
            return;
        }

        var perKode = k.Indikators.ToDictionary(i => i.Kode, StringComparer.OrdinalIgnoreCase);
        var sudah = new Dictionary<(string, string), int>();
        for (var baris = TataLetakTemplat.BarisJudulKolom + 1; baris <= lembar.BarisTerakhir; baris++)
        {
            var terisi = lembar.IsiBaris(baris).ToList();
            var periodeTerisi = terisi.Where(x => x.Kolom >= TataLetakTemplat.KolomBulanPertama).ToList();
            if (periodeTerisi.Count == 0)
            {
                continue;
            }

            var selKode = lembar.Sel(TataLetakTemplat.KolomKode, baris);
            var kode = selKode.TeksApaAdanya.Trim();
            if (kode.Length == 0)
            {
                Salah(selKode, "kode indikator kosong, padahal baris ini berisi realisasi.");
                continue;
            }

            if (!perKode.TryGetValue(kode, out var ind))
            {
                Salah(selKode, $"kode indikator '{kode}' tidak ada dalam {k.Pk.Judul}.");
                continue;
            }

            var selVariabel = lembar.Sel(TataLetakTemplat.KolomVariabel, baris);
            var variabel = selVariabel.TeksApaAdanya.Trim();
            var variabels = TataLetakTemplat.Variabels(ind);
            if (variabels.Count == 0 && variabel.Length > 0)
            {
                Salah(selVariabel, $"indikator {ind.Kode} tidak dihitung dengan rumus; kosongkan kolom Variabel.");
                continue;
            }

            if (variabels.Count > 0 && !variabels.Contains(variabel))
            {
                Salah(selVariabel, $"'{variabel}' bukan variabel rumus indikator {ind.Kode}; pilih {string.Join(", ", variabels)}.");
                continue;
            }

            if (sudah.TryGetValue((ind.Kode, variabel), out var barisLain))
            {
                Salah(selKode, $"indikator {ind.Kode}{(variabel.Length > 0 ? $" variabel {variabel}" : string.Empty)} sudah diisi di baris {barisLain}.");
                continue;
            }

            sudah[(ind.Kode, variabel)] = baris;
            var perKolom = Periode.SemuaDalam(k.Pk.Tahun, ind.Periodisitas).ToDictionary(TataLetakTemplat.KolomPeriode);
            foreach (var (kolom, sel) in periodeTerisi)
            {
                if (kolom >= TataLetakTemplat.KolomBulanPertama + 12)
                {
                    Salah(sel, "di luar kolom templat; hapus isinya.");
                }
                else if (!perKolom.TryGetValue(kolom, out var p))
                {
                    Salah(sel, $"indikator {ind.Kode} diukur {TataLetakTemplat.NamaPeriodisitas(ind.Periodisitas)}; isi hanya kolom {string.Join(", ", perKolom.Keys.Order().Select(AlamatSel.Kolom))}.");
                }
                else if (sel.Galat is { } galat)
                {
                    Salah(sel, $"sel {galat}.");
                }
                else
                {
                    var kunci = (ind.Id, p.Nomor);
                    if (!isian.TryGetValue(kunci, out var sels))
                    {
                        isian[kunci] = sels = new Dictionary<string, SelBaca>(StringComparer.Ordinal);
                    }

                    sels[variabel] = sel;
                }
            }
        }

        foreach (var ind in k.Indikators)
        {
            foreach (var p in Periode.SemuaDalam(k.Pk.Tahun, ind.Periodisitas))
            {
                if (isian.TryGetValue((ind.Id, p.Nomor), out var sels))
                {
                    Nilai(ind, p, sels);
                }
            }
        }
    }

    /// <summary>Reads the cells of one indicator-period and records the change, or the errors.</summary>
    private void Nilai(IndikatorKinerja ind, Periode p, Dictionary<string, SelBaca> sels)
    {
        var pertama = sels.Values.OrderBy(s => AlamatSel.Urai(s.Alamat).Baris).First();
        var jumlahSalah = Kesalahans.Count;
        decimal? nilai = null;
        string? satuan = null;
        string? predikat = null;
        DateOnly? tanggal = null;
        Dictionary<string, decimal>? variabel = null;
        var variabels = TataLetakTemplat.Variabels(ind);
        if (variabels.Count > 0)
        {
            var kurang = variabels.Where(v => !sels.ContainsKey(v)).ToList();
            if (kurang.Count > 0)
            {
                Salah(pertama, $"{p.Label}: variabel {string.Join(", ", kurang)} indikator {ind.Kode} belum diisi; isi semua variabel rumusnya atau kosongkan semuanya.");
                return;
            }

            variabel = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var v in variabels)
            {
                if (Angka(sels[v], null, out var angka, out _))
                {
                    variabel[v] = angka;
                }
            }
        }
        else
        {
            var sel = sels[string.Empty];
            switch (ind.JenisTarget)
            {
                case JenisTarget.Predikat:
                    if (sel.Teks is null)
                    {
                        Salah(sel, $"isi predikat ({string.Join(", ", ind.SkalaPredikatnya().Predikats.Select(x => x.Kode))}), bukan angka.");
                    }
                    else if (NilaiRealisasi.BacaPredikat(ind, sel.Teks, out var kode) is { } galat)
                    {
                        Salah(sel, galat);
                    }
                    else
                    {
                        predikat = kode;
                    }

                    break;
                case JenisTarget.Milestone:
                    tanggal = Tanggal(sel, p.Tahun);
                    break;
                default:
                    if (Angka(sel, ind.Satuan, out var angka, out var s))
                    {
                        (nilai, satuan) = (angka, s);
                    }

                    break;
            }
        }

        if (Kesalahans.Count > jumlahSalah)
        {
            return;
        }

        var r = k.Realisasi(ind, p.Nomor);
        var baru = Tampil(nilai, satuan, predikat, tanggal, variabel);
        var lama = r is null ? string.Empty : Tampil(r.Nilai, r.Satuan, r.Predikat, r.Selesai == true ? r.TanggalSelesai : null, r.Variabels.Count == 0 ? null : r.Variabels.ToDictionary(x => x.Nama, x => x.Nilai));
        if (r is not null && Sama(r, nilai, satuan, predikat, tanggal, variabel))
        {
            JumlahTetap++;
            return;
        }

        if (k.Terkunci(r, p) is { } alasan)
        {
            Salah(pertama, $"{alasan}; nilainya tidak dapat diubah lewat unggahan (tersimpan: {(lama.Length == 0 ? "kosong" : lama)}).");
            return;
        }

        Perubahans.Add(new PerubahanRealisasi(pertama.Alamat, ind.Id, ind.Kode, p.Nomor, p.Label, lama, baru, nilai, satuan ?? (variabel is null ? null : SatuanRumus(ind)), predikat, tanggal, variabel, r?.Id, r?.Revisi));
    }

    private static string? SatuanRumus(IndikatorKinerja ind) =>
        ind.Rumus is { } teks && Rumus.Baca(teks) is { Pengali: 100m } ? Satuan.Persen : ind.Satuan;

    /// <summary>A number from a numeric cell (a percentage-formatted one read as shown) or from text.</summary>
    private bool Angka(SelBaca sel, string? satuanIndikator, out decimal nilai, out string? satuan)
    {
        nilai = 0;
        satuan = satuanIndikator;
        if (sel.Angka is { } angka)
        {
            if (Math.Abs(angka) > BatasAngka.RupiahMaksimum)
            {
                Salah(sel, $"angka {BatasAngka.Periksa(angka, BatasAngka.JenisDari(satuanIndikator))}.");
                return false;
            }

            if (sel.Format == FormatAngka.Tanggal)
            {
                Salah(sel, "berisi tanggal, bukan angka.");
                return false;
            }

            if (sel.Format == FormatAngka.Persen)
            {
                if (satuanIndikator is not null && Satuan.Berbeda(Satuan.Persen, satuanIndikator))
                {
                    Salah(sel, $"sel berformat persen, padahal satuan indikator '{satuanIndikator}'.");
                    return false;
                }

                angka *= 100m;
                satuan = Satuan.Persen;
            }

            if (NilaiRealisasi.Periksa(angka, satuan) is { } galatAngka)
            {
                Salah(sel, $"{angka.ToString(CultureInfo.InvariantCulture)}: {galatAngka}");
                return false;
            }

            nilai = angka;
            return true;
        }

        if (NilaiRealisasi.BacaAngka(sel.Teks ?? string.Empty, satuanIndikator, out nilai, out satuan) is { } galat)
        {
            Salah(sel, $"'{sel.Teks}' tidak dapat dibaca sebagai angka. {galat}");
            return false;
        }

        return true;
    }

    /// <summary>A completion date from a date cell or from text written dd/mm/yyyy.</summary>
    private DateOnly? Tanggal(SelBaca sel, int tahun)
    {
        DateOnly? tanggal = null;
        if (sel.Angka is { } serial && sel.Format == FormatAngka.Tanggal && serial is >= 1 and < 2958466)
        {
            tanggal = DateOnly.FromDateTime(DateTime.FromOADate((double)serial));
        }
        else if (sel.Teks is { } teks && DateOnly.TryParseExact(teks.Trim(), ["d/M/yyyy", "d-M-yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            tanggal = t;
        }

        if (tanggal is null)
        {
            Salah(sel, $"'{sel.TeksApaAdanya}' bukan tanggal; tulis tanggal selesai seperti 30/06/{tahun}.");
        }
        else if (tanggal.Value.Year < tahun - 1 || tanggal.Value.Year > tahun + 1)
        {
            Salah(sel, $"tanggal {tanggal.Value:dd/MM/yyyy} jauh dari tahun {tahun}.");
            return null;
        }

        return tanggal;
    }

    /// <summary>Whether the stored realisasi already holds exactly this value (compared as numbers, not as shown).</summary>
    private static bool Sama(RealisasiKinerja r, decimal? nilai, string? satuan, string? predikat, DateOnly? tanggal, Dictionary<string, decimal>? variabel) =>
        predikat is not null ? string.Equals(r.Predikat, predikat, StringComparison.OrdinalIgnoreCase)
        : tanggal is not null ? r.Selesai == true && r.TanggalSelesai == tanggal
        : variabel is not null ? r.Variabels.Count == variabel.Count && r.Variabels.All(v => variabel.TryGetValue(v.Nama, out var x) && x == v.Nilai)
        : r.Variabels.Count == 0 && r.Nilai == nilai && !Satuan.Berbeda(r.Satuan, satuan);

    private static string Tampil(decimal? nilai, string? satuan, string? predikat, DateOnly? tanggal, Dictionary<string, decimal>? variabel) =>
        predikat ?? (tanggal is { } t ? "selesai " + t.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : variabel is not null ? string.Join("; ", variabel.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} = {FormatIndonesia.AngkaRingkas(v.Value, 6)}"))
        : nilai is { } n ? FormatIndonesia.AngkaRingkas(n, 6) + (satuan == Satuan.Persen ? " %" : satuan is null ? string.Empty : " " + satuan) : string.Empty);
}
