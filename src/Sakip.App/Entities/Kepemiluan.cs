using System.Text.Json;
using Sakip.Domain.Kepemiluan;

namespace Sakip.App.Entities;

/// <summary>An election event: Pemilu 14 Februari 2024, Pilkada Serentak 27 November 2024. Its contests hold the data.</summary>
public class AcaraPemilu
{
    public int Id { get; set; }

    /// <summary>The short code used on the command line and in links (<c>pilkada-2024</c>).</summary>
    public required string Kode { get; set; }

    public required string Nama { get; set; }

    /// <summary>Pemilu or Pilkada; fixes the ballot reserve the checks expect.</summary>
    public JenisPemilihan Jenis { get; set; }

    /// <summary>The voting day.</summary>
    public DateOnly Tanggal { get; set; }

    public List<KontesPemilu> Kontes { get; } = [];
}

/// <summary>
/// One contest of an event, voted on its own ballot (Pemilihan Gubernur Lampung, Pemilihan Wali Kota
/// Bandar Lampung, Pilpres): its figures are imported per satker, and its candidates numbered.
/// </summary>
public class KontesPemilu
{
    public int Id { get; set; }

    public int AcaraPemiluId { get; set; }

    public AcaraPemilu Acara { get; set; } = null!;

    /// <summary>Unique within the event (<c>walikota-1871</c>, <c>gubernur-18</c>, <c>ppwp</c>).</summary>
    public required string Kode { get; set; }

    public required string Nama { get; set; }

    /// <summary>The region the contest is held in (<c>1871</c>, <c>18</c>); null for a nation-wide contest.</summary>
    public string? KodeWilayah { get; set; }

    public List<CalonKontes> Calons { get; } = [];
}

/// <summary>A candidate pair or party of a contest, by its nomor urut (the <c>suara_&lt;n&gt;</c> column).</summary>
public class CalonKontes
{
    public int Id { get; set; }

    public int KontesPemiluId { get; set; }

    public int NomorUrut { get; set; }

    public required string Nama { get; set; }
}

/// <summary>
/// One import of a contest's figures by a satker: the file (name and SHA-256), who and when, and
/// its rows and findings. Importing again replaces it whole, in one transaction.
/// </summary>
public class ImporKepemiluan
{
    public int Id { get; set; }

    public int KontesPemiluId { get; set; }

    public KontesPemilu Kontes { get; set; } = null!;

    public int SatkerId { get; set; }

    public Satker Satker { get; set; } = null!;

    public required string NamaBerkas { get; set; }

    /// <summary>The SHA-256 of the file, hex: which file produced these figures.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset Diimpor { get; set; }

    public required string Pengimpor { get; set; }

    public int JumlahBaris { get; set; }

    public List<AngkaKepemiluan> Angkas { get; } = [];

    public List<TemuanImporKepemiluan> Temuans { get; } = [];
}

/// <summary>A finding of the checks on an import, with the rule, region and columns.</summary>
public class TemuanImporKepemiluan
{
    public int Id { get; set; }

    public int ImporKepemiluanId { get; set; }

    public AturanKepemiluan Aturan { get; set; }

    public required string KodeWilayah { get; set; }

    public required string Kolom { get; set; }

    public required string Pesan { get; set; }

    public bool Peringatan { get; set; }
}

/// <summary>
/// A row of an import as written in the file: the region, its line in the file and every count
/// (null = not reported), the candidates' votes and the printed percentages.
/// </summary>
public class AngkaKepemiluan : KolomAngkaKepemiluan
{
    public long Id { get; set; }

    public int ImporKepemiluanId { get; set; }

    public required string KodeWilayah { get; set; }

    public required string NamaWilayah { get; set; }

    public TingkatWilayah Tingkat { get; set; }

    /// <summary>The line of the file the row came from.</summary>
    public int Baris { get; set; }

    /// <summary>A row from the engine's figures.</summary>
    public static AngkaKepemiluan Dari(BarisKepemiluan baris)
    {
        var a = new AngkaKepemiluan { KodeWilayah = baris.Kode.Kode, NamaWilayah = baris.Nama, Tingkat = baris.Kode.Tingkat, Baris = baris.Baris };
        a.IsiDari(baris.Angka);
        return a;
    }
}

/// <summary>
/// One region of an import's roll-up as computed at import (every region above the TPS, up to the
/// rows' common region): what the pages, the documents and the bound indicators read, so that a
/// nation's 820,161 TPS rows are summed once, not on every page.
/// </summary>
public class RekapAngkaKepemiluan : KolomAngkaKepemiluan
{
    public long Id { get; set; }

    public int ImporKepemiluanId { get; set; }

    public required string KodeWilayah { get; set; }

    /// <summary>The region above it in the roll-up; null for a top.</summary>
    public string? KodeInduk { get; set; }

    /// <summary>The regions right below it in the roll-up.</summary>
    public int JumlahAnak { get; set; }

    public required string NamaWilayah { get; set; }

    public TingkatWilayah Tingkat { get; set; }

    /// <summary>A region of a roll-up.</summary>
    public static RekapAngkaKepemiluan Dari(RekapKepemiluan rekap, KodeWilayah kode)
    {
        var a = new RekapAngkaKepemiluan
        {
            KodeWilayah = kode.Kode,
            KodeInduk = kode.Induk is { } induk && rekap.Ada(induk) ? induk.Kode : null,
            NamaWilayah = rekap.Nama(kode),
            Tingkat = kode.Tingkat,
            JumlahAnak = rekap.Anak(kode).Count,
        };
        a.IsiDari(rekap.Angka(kode));
        return a;
    }
}

/// <summary>The figures a row of election data carries (null = not reported): the counts of the forms, the printed totals, the votes per candidate and the printed percentages.</summary>
public abstract class KolomAngkaKepemiluan
{
    public long? DptL { get; set; }

    public long? DptP { get; set; }

    public long? DptbL { get; set; }

    public long? DptbP { get; set; }

    public long? DpkL { get; set; }

    public long? DpkP { get; set; }

    public long? PenggunaDptL { get; set; }

    public long? PenggunaDptP { get; set; }

    public long? PenggunaDptbL { get; set; }

    public long? PenggunaDptbP { get; set; }

    public long? PenggunaDpkL { get; set; }

    public long? PenggunaDpkP { get; set; }

    public long? DisabilitasL { get; set; }

    public long? DisabilitasP { get; set; }

    public long? SuratSuaraDiterima { get; set; }

    public long? SuratSuaraDigunakan { get; set; }

    public long? SuratSuaraRusak { get; set; }

    public long? SuratSuaraTidakDigunakan { get; set; }

    public long? SuaraSah { get; set; }

    public long? SuaraTidakSah { get; set; }

    public long? Dpt { get; set; }

    public long? Dptb { get; set; }

    public long? Dpk { get; set; }

    public long? PenggunaDpt { get; set; }

    public long? PenggunaDptb { get; set; }

    public long? PenggunaDpk { get; set; }

    public long? PenggunaL { get; set; }

    public long? PenggunaP { get; set; }

    public long? Pengguna { get; set; }

    public long? Disabilitas { get; set; }

    public long? SuaraTotal { get; set; }

    /// <summary>The votes per nomor urut as a JSON array (<c>[91740,264740]</c>; null entries not reported).</summary>
    public string? Suara { get; set; }

    public decimal? PersenPartisipasiL { get; set; }

    public decimal? PersenPartisipasiP { get; set; }

    public decimal? PersenPartisipasi { get; set; }

    /// <summary>The figures as the engine reads them.</summary>
    public AngkaWilayah KeAngka() => new(
        [.. Enumerable.Range(0, KatalogKolom.Jumlah).Select(i => Nilai((KolomKepemiluan)i))],
        Suara is null ? null : JsonSerializer.Deserialize<long?[]>(Suara),
        [PersenPartisipasiL, PersenPartisipasiP, PersenPartisipasi]);

    /// <summary>Takes the engine's figures as they are (printed totals and percentages included).</summary>
    protected void IsiDari(AngkaWilayah angka)
    {
        for (var i = 0; i < KatalogKolom.Jumlah; i++)
        {
            Isi((KolomKepemiluan)i, angka.Tercetak((KolomKepemiluan)i));
        }

        if (angka.JumlahCalon > 0)
        {
            Suara = JsonSerializer.Serialize(Enumerable.Range(1, angka.JumlahCalon).Select(angka.Suara));
        }

        PersenPartisipasiL = angka.Persen(PersenKepemiluan.PartisipasiL);
        PersenPartisipasiP = angka.Persen(PersenKepemiluan.PartisipasiP);
        PersenPartisipasi = angka.Persen(PersenKepemiluan.Partisipasi);
    }

    private long? Nilai(KolomKepemiluan kolom) => kolom switch
    {
        KolomKepemiluan.DptL => DptL,
        KolomKepemiluan.DptP => DptP,
        KolomKepemiluan.DptbL => DptbL,
        KolomKepemiluan.DptbP => DptbP,
        KolomKepemiluan.DpkL => DpkL,
        KolomKepemiluan.DpkP => DpkP,
        KolomKepemiluan.PenggunaDptL => PenggunaDptL,
        KolomKepemiluan.PenggunaDptP => PenggunaDptP,
        KolomKepemiluan.PenggunaDptbL => PenggunaDptbL,
        KolomKepemiluan.PenggunaDptbP => PenggunaDptbP,
        KolomKepemiluan.PenggunaDpkL => PenggunaDpkL,
        KolomKepemiluan.PenggunaDpkP => PenggunaDpkP,
        KolomKepemiluan.DisabilitasL => DisabilitasL,
        KolomKepemiluan.DisabilitasP => DisabilitasP,
        KolomKepemiluan.SuratSuaraDiterima => SuratSuaraDiterima,
        KolomKepemiluan.SuratSuaraDigunakan => SuratSuaraDigunakan,
        KolomKepemiluan.SuratSuaraRusak => SuratSuaraRusak,
        KolomKepemiluan.SuratSuaraTidakDigunakan => SuratSuaraTidakDigunakan,
        KolomKepemiluan.SuaraSah => SuaraSah,
        KolomKepemiluan.SuaraTidakSah => SuaraTidakSah,
        KolomKepemiluan.Dpt => Dpt,
        KolomKepemiluan.Dptb => Dptb,
        KolomKepemiluan.Dpk => Dpk,
        KolomKepemiluan.PenggunaDpt => PenggunaDpt,
        KolomKepemiluan.PenggunaDptb => PenggunaDptb,
        KolomKepemiluan.PenggunaDpk => PenggunaDpk,
        KolomKepemiluan.PenggunaL => PenggunaL,
        KolomKepemiluan.PenggunaP => PenggunaP,
        KolomKepemiluan.Pengguna => Pengguna,
        KolomKepemiluan.Disabilitas => Disabilitas,
        KolomKepemiluan.SuaraTotal => SuaraTotal,
        _ => throw new ArgumentOutOfRangeException(nameof(kolom)),
    };

    private void Isi(KolomKepemiluan kolom, long? nilai)
    {
        switch (kolom)
        {
            case KolomKepemiluan.DptL:
                DptL = nilai;
                break;
            case KolomKepemiluan.DptP:
                DptP = nilai;
                break;
            case KolomKepemiluan.DptbL:
                DptbL = nilai;
                break;
            case KolomKepemiluan.DptbP:
                DptbP = nilai;
                break;
            case KolomKepemiluan.DpkL:
                DpkL = nilai;
                break;
            case KolomKepemiluan.DpkP:
                DpkP = nilai;
                break;
            case KolomKepemiluan.PenggunaDptL:
                PenggunaDptL = nilai;
                break;
            case KolomKepemiluan.PenggunaDptP:
                PenggunaDptP = nilai;
                break;
            case KolomKepemiluan.PenggunaDptbL:
                PenggunaDptbL = nilai;
                break;
            case KolomKepemiluan.PenggunaDptbP:
                PenggunaDptbP = nilai;
                break;
            case KolomKepemiluan.PenggunaDpkL:
                PenggunaDpkL = nilai;
                break;
            case KolomKepemiluan.PenggunaDpkP:
                PenggunaDpkP = nilai;
                break;
            case KolomKepemiluan.DisabilitasL:
                DisabilitasL = nilai;
                break;
            case KolomKepemiluan.DisabilitasP:
                DisabilitasP = nilai;
                break;
            case KolomKepemiluan.SuratSuaraDiterima:
                SuratSuaraDiterima = nilai;
                break;
            case KolomKepemiluan.SuratSuaraDigunakan:
                SuratSuaraDigunakan = nilai;
                break;
            case KolomKepemiluan.SuratSuaraRusak:
                SuratSuaraRusak = nilai;
                break;
            case KolomKepemiluan.SuratSuaraTidakDigunakan:
                SuratSuaraTidakDigunakan = nilai;
                break;
            case KolomKepemiluan.SuaraSah:
                SuaraSah = nilai;
                break;
            case KolomKepemiluan.SuaraTidakSah:
                SuaraTidakSah = nilai;
                break;
            case KolomKepemiluan.Dpt:
                Dpt = nilai;
                break;
            case KolomKepemiluan.Dptb:
                Dptb = nilai;
                break;
            case KolomKepemiluan.Dpk:
                Dpk = nilai;
                break;
            case KolomKepemiluan.PenggunaDpt:
                PenggunaDpt = nilai;
                break;
            case KolomKepemiluan.PenggunaDptb:
                PenggunaDptb = nilai;
                break;
            case KolomKepemiluan.PenggunaDpk:
                PenggunaDpk = nilai;
                break;
            case KolomKepemiluan.PenggunaL:
                PenggunaL = nilai;
                break;
            case KolomKepemiluan.PenggunaP:
                PenggunaP = nilai;
                break;
            case KolomKepemiluan.Pengguna:
                Pengguna = nilai;
                break;
            case KolomKepemiluan.Disabilitas:
                Disabilitas = nilai;
                break;
            case KolomKepemiluan.SuaraTotal:
                SuaraTotal = nilai;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kolom));
        }
    }
}

/// <summary>
/// A formula variable of a PK indicator bound to an election figure: "pengguna hak pilih, Pemilihan
/// Wali Kota 2024, 18.71". The indicator's annual realisasi takes the variable from the latest
/// import of that contest covering the region, and says which import it came from.
/// </summary>
public class IkatanDataKepemiluan
{
    public int Id { get; set; }

    public int IndikatorKinerjaId { get; set; }

    public IndikatorKinerja Indikator { get; set; } = null!;

    /// <summary>The variable of the indicator's formula (<c>dpk</c>, <c>dpt</c>).</summary>
    public required string NamaVariabel { get; set; }

    public int KontesPemiluId { get; set; }

    public KontesPemilu Kontes { get; set; } = null!;

    /// <summary>The region whose rolled-up figure is taken (<c>1871</c>).</summary>
    public required string KodeWilayah { get; set; }

    /// <summary>The figure: a count column (its total when printed or summed).</summary>
    public KolomKepemiluan Kolom { get; set; }
}

/// <summary>
/// A participation figure of an earlier election as one of the satker's past reports printed it
/// (the history table of an LKjIP): kept as printed, checked when shown.
/// </summary>
public class RiwayatPartisipasi
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public int Tahun { get; set; }

    /// <summary>The election as printed ("Pilkada Tahun 2018").</summary>
    public required string Pemilihan { get; set; }

    public JenisPemilihan Jenis { get; set; }

    public long Dpt { get; set; }

    public long Pengguna { get; set; }

    /// <summary>The participation as printed, in percent.</summary>
    public decimal? PersenTercetak { get; set; }

    /// <summary>Where it was printed ("LKjIP 2024, Tabel 30").</summary>
    public required string Sumber { get; set; }

    /// <summary>The figure as the engine reads it.</summary>
    public PartisipasiTercetak KeDomain() => new(Tahun, Pemilihan, Jenis, Dpt, Pengguna, PersenTercetak);
}
