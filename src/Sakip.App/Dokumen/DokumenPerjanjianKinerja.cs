using Sakip.App.Entities;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Dokumen;

/// <summary>
/// The PK document in the two layouts of PermenPANRB 53/2014 the seed uses: the Ketua alone
/// ("… berjanji akan mewujudkan …") when the agreement has no pihak kedua, else pihak pertama and
/// pihak kedua with the supervisor's undertaking; then the lampiran, its table of sasaran,
/// indicators, targets and how each capaian is computed (a sasaran's cell spanning its
/// indicators), the programmes with their budget, and the signature. A missing value is written
/// "belum diisi", never left blank.
/// </summary>
public static class DokumenPerjanjianKinerja
{
    public const string BelumDiisi = "belum diisi";

    /// <param name="pk">The version, with its satker, parties, sasaran and indicators loaded.</param>
    /// <param name="programs">The satker-year's programmes and their budget (pagu).</param>
    public static ModelDokumen Bangun(PerjanjianKinerja pk, IReadOnlyList<ProgramAnggaran> programs)
    {
        var satker = pk.Satker.Nama;
        var wilayah = satker.StartsWith("KPU ", StringComparison.Ordinal) ? satker[4..] : satker;
        var pertama = pk.PihakPertama;
        var kedua = pk.PihakKedua;
        var tempatTanggal = $"{pk.Tempat ?? "(tempat " + BelumDiisi + ")"}, {(pk.Tanggal is { } t ? FormatIndonesia.Tanggal(t) : pk.Status == StatusPerjanjianKinerja.Draf ? "(belum ditandatangani)" : "(tanggal " + BelumDiisi + ")")}";
        var draf = pk.Status == StatusPerjanjianKinerja.Draf ? " (DRAF)" : string.Empty;
        var b = new List<Blok>
        {
            new BlokJudul("KOMISI PEMILIHAN UMUM", 0),
            new BlokJudul(wilayah.ToUpperInvariant(), 0),
            new BlokJudul($"PERJANJIAN KINERJA TAHUN {pk.Tahun}{draf}", 0),
            BlokParagraf.Teks("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, yang bertanda tangan di bawah ini:", Perataan.RataKiriKanan),
        };
        b.AddRange(Identitas(pertama));
        if (kedua is null)
        {
            b.Add(BlokParagraf.Teks("berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.", Perataan.RataKiriKanan));
            b.Add(BlokParagraf.Teks("Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.", Perataan.RataKiriKanan));
            b.Add(new BlokTandaTangan([new KolomTandaTangan([tempatTanggal, Jabatan(pertama).ToUpperInvariant()], Nama(pertama))]));
        }
        else
        {
            b.Add(BlokParagraf.Teks("Selanjutnya disebut pihak pertama."));
            b.AddRange(Identitas(kedua));
            b.Add(BlokParagraf.Teks("Selaku atasan langsung pihak pertama, selanjutnya disebut pihak kedua."));
            b.Add(BlokParagraf.Teks("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.", Perataan.RataKiriKanan));
            b.Add(BlokParagraf.Teks("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.", Perataan.RataKiriKanan));
            b.Add(BlokParagraf.Teks(tempatTanggal, Perataan.Tengah));
            b.Add(new BlokTandaTangan(
            [
                new KolomTandaTangan(["Pihak Kedua", Jabatan(kedua)], Nama(kedua)),
                new KolomTandaTangan(["Pihak Pertama", Jabatan(pertama)], Nama(pertama)),
            ]));
        }

        b.Add(new PemisahHalaman());
        b.Add(new BlokJudul($"PERJANJIAN KINERJA TAHUN {pk.Tahun}{draf}", 0));
        b.Add(new BlokJudul(kedua is null ? $"KOMISI PEMILIHAN UMUM {wilayah.ToUpperInvariant()}" : Jabatan(pertama).ToUpperInvariant(), 0));
        b.Add(Lampiran(pk));
        if (programs.Count > 0)
        {
            b.Add(new BlokTabel(
                ["No", "Program", "Anggaran"],
                [.. programs.OrderBy(p => p.Urutan).Select((p, i) => (IReadOnlyList<Sel>)[new Sel($"{i + 1}."), new Sel(p.Nama), new Sel(FormatIndonesia.Rupiah(p.Pagu), Angka: true)])],
                [1, 8, 4]));
        }

        b.Add(new BlokTandaTangan([new KolomTandaTangan([tempatTanggal, Jabatan(pertama) + ","], Nama(pertama))]));
        return new ModelDokumen($"Perjanjian Kinerja {pk.Tahun} {satker}{draf}", $"Perjanjian Kinerja {pk.Tahun} · {satker} · versi {pk.Versi}{draf}", b);
    }

    private static IEnumerable<Blok> Identitas(Pegawai? p) =>
    [
        new BlokParagraf([new Potongan("Nama\t: "), new Potongan(Nama(p), Tebal: true)]),
        new BlokParagraf([new Potongan("Jabatan\t: " + Jabatan(p))]),
    ];

    private static string Nama(Pegawai? p) => p?.Nama.ToUpperInvariant() ?? "(NAMA " + BelumDiisi.ToUpperInvariant() + ")";

    private static string Jabatan(Pegawai? p) => p?.Jabatan ?? "(jabatan " + BelumDiisi + ")";

    /// <summary>The lampiran table: a sasaran's number and wording span the rows of its indicators.</summary>
    private static BlokTabel Lampiran(PerjanjianKinerja pk)
    {
        var barises = new List<IReadOnlyList<Sel>>();
        var nomor = 0;
        foreach (var s in pk.Sasarans.OrderBy(s => s.Urutan))
        {
            nomor++;
            var indikators = s.Indikators.OrderBy(i => i.Urutan).ToList();
            if (indikators.Count == 0)
            {
                barises.Add([new Sel($"{nomor}."), new Sel(s.Uraian), new Sel(BelumDiisi), new Sel(BelumDiisi), new Sel(BelumDiisi)]);
                continue;
            }

            for (var i = 0; i < indikators.Count; i++)
            {
                var ind = indikators[i];
                var isi = new List<Sel>();
                if (i == 0)
                {
                    isi.Add(new Sel($"{nomor}.", indikators.Count));
                    isi.Add(new Sel(s.Uraian, indikators.Count));
                }

                isi.Add(new Sel(ind.Uraian));
                isi.Add(new Sel(ind.TargetTeks(), Angka: true));
                isi.Add(new Sel(ind.CaraPerhitungan ?? ind.Rumus ?? BelumDiisi));
                barises.Add(isi);
            }
        }

        return new BlokTabel(["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target", "Cara Perhitungan Capaian Kinerja"], barises, [1, 5, 6, 2, 6]);
    }
}
