using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Kepemiluan;

/// <summary>The named checks election figures must pass (the identities of C.Hasil / D.Hasil and the plausibility bounds).</summary>
public enum AturanKepemiluan
{
    /// <summary>A printed total (JML) equals L + P.</summary>
    JumlahLakiPerempuan,

    /// <summary>All users equal users from DPT + DPTb + DPK (I.B.4 = B.1 + B.2 + B.3), per sex and in total.</summary>
    JumlahPengguna,

    /// <summary>Users from the DPT do not exceed the DPT, per sex.</summary>
    PenggunaMelebihiDpt,

    /// <summary>Users from the DPK equal the DPK (a DPK voter is one who voted with e-KTP).</summary>
    PenggunaDpk,

    /// <summary>Ballots used equal the users of the right to vote (II.2 = I.B.4).</summary>
    SuratSuaraDigunakan,

    /// <summary>Ballots received equal used + damaged + unused (II.1 = II.2 + II.3 + II.4).</summary>
    SuratSuaraBerimbang,

    /// <summary>Ballots received cover the DPT plus the reserve (2 % Pemilu, 2,5 % Pilkada).</summary>
    SuratSuaraCadangan,

    /// <summary>Valid + invalid votes equal the users of the right to vote (V.C = I.B.4) and the printed V.C.</summary>
    SuaraSahTidakSah,

    /// <summary>The candidates' votes add up to the valid votes (V.A = sum of IV).</summary>
    SuaraCalon,

    /// <summary>Users do not exceed DPT + DPTb + DPK.</summary>
    PenggunaMelebihiDaftar,

    /// <summary>Votes above DPT x 1,02: an anomaly to look at (KawalPemilu's bound).</summary>
    SuaraMelebihiDpt,

    /// <summary>Disabled voters who voted do not exceed all users.</summary>
    DisabilitasMelebihiPengguna,

    /// <summary>A printed participation percentage equals the counts' ratio rounded to two decimals.</summary>
    PersenTercetak,

    /// <summary>A region's printed figures equal the sum of its children's.</summary>
    JumlahAnak,

    /// <summary>Two contests of one event, voted on the same ballots day by the same DPT, report different users.</summary>
    PenggunaAntarKontes,
}

/// <summary>A finding: the rule, the region, the columns involved and what is wrong with the figures, in Bahasa Indonesia.</summary>
/// <param name="Aturan">The rule broken.</param>
/// <param name="Kode">The region whose figures break it.</param>
/// <param name="Kolom">The template columns involved, comma-separated.</param>
/// <param name="Pesan">What is wrong, with the figures.</param>
public sealed record TemuanKepemiluan(AturanKepemiluan Aturan, KodeWilayah Kode, string Kolom, string Pesan)
{
    /// <summary>True for a plausibility warning (an anomaly to look at), false for an identity the figures break.</summary>
    public bool Peringatan => PemeriksaanKepemiluan.Peringatan(Aturan);
}

/// <summary>
/// The checks of one region's figures against the identities of the results forms (PKPU 25/2023,
/// election-data.md §1.4 and §5.4). Each check runs only on figures that are reported; a figure
/// not reported is never read as 0.
/// </summary>
public static class PemeriksaanKepemiluan
{
    private static readonly KolomKepemiluan[] TotalLakiPerempuan =
    [
        KolomKepemiluan.Dpt, KolomKepemiluan.Dptb, KolomKepemiluan.Dpk, KolomKepemiluan.PenggunaDpt,
        KolomKepemiluan.PenggunaDptb, KolomKepemiluan.PenggunaDpk, KolomKepemiluan.Disabilitas,
    ];

    /// <summary>The rule's name as the findings list shows it.</summary>
    public static string Nama(AturanKepemiluan aturan) => aturan switch
    {
        AturanKepemiluan.JumlahLakiPerempuan => "L + P = Jumlah",
        AturanKepemiluan.JumlahPengguna => "Pengguna hak pilih = DPT + DPTb + DPK",
        AturanKepemiluan.PenggunaMelebihiDpt => "Pengguna dari DPT tidak melebihi DPT",
        AturanKepemiluan.PenggunaDpk => "Pengguna DPK = DPK",
        AturanKepemiluan.SuratSuaraDigunakan => "Surat suara digunakan = pengguna hak pilih",
        AturanKepemiluan.SuratSuaraBerimbang => "Surat suara diterima = digunakan + rusak + tidak digunakan",
        AturanKepemiluan.SuratSuaraCadangan => "Surat suara diterima mencakup DPT dan cadangan",
        AturanKepemiluan.SuaraSahTidakSah => "Suara sah + tidak sah = pengguna hak pilih",
        AturanKepemiluan.SuaraCalon => "Jumlah suara calon = suara sah",
        AturanKepemiluan.PenggunaMelebihiDaftar => "Pengguna tidak melebihi DPT + DPTb + DPK",
        AturanKepemiluan.SuaraMelebihiDpt => "Suara melebihi DPT x 1,02 (anomali)",
        AturanKepemiluan.DisabilitasMelebihiPengguna => "Pemilih disabilitas tidak melebihi pengguna",
        AturanKepemiluan.PersenTercetak => "Persen tercetak sesuai angka",
        AturanKepemiluan.JumlahAnak => "Jumlah wilayah di bawahnya = angka wilayah",
        AturanKepemiluan.PenggunaAntarKontes => "Pengguna hak pilih sama antarpemilihan",
        _ => aturan.ToString(),
    };

    /// <summary>Whether the rule is a plausibility warning rather than an identity.</summary>
    public static bool Peringatan(AturanKepemiluan aturan) =>
        aturan is AturanKepemiluan.SuratSuaraCadangan or AturanKepemiluan.SuaraMelebihiDpt or AturanKepemiluan.PenggunaAntarKontes;

    /// <summary>The ballot reserve of a kind of election, as a fraction of the DPT.</summary>
    public static decimal Cadangan(JenisPemilihan jenis) => jenis == JenisPemilihan.Pemilu ? 0.02m : 0.025m;

    /// <summary>Every check of one region's own figures; empty when they are consistent.</summary>
    public static IReadOnlyList<TemuanKepemiluan> Periksa(KodeWilayah kode, AngkaWilayah a, JenisPemilihan jenis)
    {
        var temuan = new List<TemuanKepemiluan>();
        void Tambah(AturanKepemiluan aturan, string kolom, string pesan) => temuan.Add(new TemuanKepemiluan(aturan, kode, kolom, pesan));

        foreach (var total in TotalLakiPerempuan)
        {
            if (a.Tercetak(total) is { } jml && a.JumlahBagian(total) is { } lp && jml != lp)
            {
                var bagian = KatalogKolom.Bagian(total);
                Tambah(AturanKepemiluan.JumlahLakiPerempuan, Kolom(bagian[0], bagian[1], total), $"{Judul(total)}: L {A(a.Nilai(bagian[0]))} + P {A(a.Nilai(bagian[1]))} = {A(lp)}, tertulis jumlah {A(jml)} (selisih {A(jml - lp)}).");
            }
        }

        foreach (var total in (KolomKepemiluan[])[KolomKepemiluan.PenggunaL, KolomKepemiluan.PenggunaP, KolomKepemiluan.Pengguna])
        {
            if (a.Tercetak(total) is { } tercetak && a.JumlahBagian(total) is { } jumlah && tercetak != jumlah)
            {
                var rincian = total == KolomKepemiluan.Pengguna ? "L + P" : "pengguna DPT + DPTb + DPK";
                Tambah(AturanKepemiluan.JumlahPengguna, Kolom([.. KatalogKolom.Bagian(total), total]), $"{Judul(total)}: {rincian} = {A(jumlah)}, tertulis {A(tercetak)} (selisih {A(tercetak - jumlah)}).");
            }
        }

        Banding(a, AturanKepemiluan.PenggunaMelebihiDpt, KolomKepemiluan.PenggunaDptL, KolomKepemiluan.DptL, (p, d) => p <= d, "pengguna dari DPT laki-laki {0} melebihi DPT laki-laki {1}", Tambah);
        Banding(a, AturanKepemiluan.PenggunaMelebihiDpt, KolomKepemiluan.PenggunaDptP, KolomKepemiluan.DptP, (p, d) => p <= d, "pengguna dari DPT perempuan {0} melebihi DPT perempuan {1}", Tambah);
        Banding(a, AturanKepemiluan.PenggunaDpk, KolomKepemiluan.PenggunaDpkL, KolomKepemiluan.DpkL, (p, d) => p == d, "pengguna DPK laki-laki {0}, tetapi DPK laki-laki {1}", Tambah);
        Banding(a, AturanKepemiluan.PenggunaDpk, KolomKepemiluan.PenggunaDpkP, KolomKepemiluan.DpkP, (p, d) => p == d, "pengguna DPK perempuan {0}, tetapi DPK perempuan {1}", Tambah);
        Banding(a, AturanKepemiluan.SuratSuaraDigunakan, KolomKepemiluan.SuratSuaraDigunakan, KolomKepemiluan.Pengguna, (s, p) => s == p, "surat suara digunakan {0}, tetapi pengguna hak pilih {1}", Tambah);
        Banding(a, AturanKepemiluan.DisabilitasMelebihiPengguna, KolomKepemiluan.Disabilitas, KolomKepemiluan.Pengguna, (d, p) => d <= p, "pemilih disabilitas {0} melebihi pengguna hak pilih {1}", Tambah);

        if (a.Nilai(KolomKepemiluan.SuratSuaraDiterima) is { } diterima)
        {
            if (a.Nilai(KolomKepemiluan.SuratSuaraDigunakan) is { } guna && a.Nilai(KolomKepemiluan.SuratSuaraRusak) is { } rusak && a.Nilai(KolomKepemiluan.SuratSuaraTidakDigunakan) is { } sisa
                && guna + rusak + sisa != diterima)
            {
                Tambah(AturanKepemiluan.SuratSuaraBerimbang, Kolom(KolomKepemiluan.SuratSuaraDiterima, KolomKepemiluan.SuratSuaraDigunakan, KolomKepemiluan.SuratSuaraRusak, KolomKepemiluan.SuratSuaraTidakDigunakan), $"surat suara diterima {A(diterima)}, tetapi digunakan {A(guna)} + rusak {A(rusak)} + tidak digunakan {A(sisa)} = {A(guna + rusak + sisa)} (selisih {A(diterima - guna - rusak - sisa)}).");
            }

            if (a.Nilai(KolomKepemiluan.Dpt) is { } dpt)
            {
                var cadangan = (long)Math.Ceiling(dpt * Cadangan(jenis));
                if (diterima < dpt + cadangan)
                {
                    Tambah(AturanKepemiluan.SuratSuaraCadangan, Kolom(KolomKepemiluan.SuratSuaraDiterima, KolomKepemiluan.Dpt), $"surat suara diterima {A(diterima)} kurang dari DPT {A(dpt)} + cadangan {FormatIndonesia.AngkaRingkas(Cadangan(jenis) * 100)} % {A(cadangan)} = {A(dpt + cadangan)} (kurang {A(dpt + cadangan - diterima)}).");
                }
            }
        }

        var pengguna = a.Nilai(KolomKepemiluan.Pengguna);
        if (a.Nilai(KolomKepemiluan.SuaraSah) is { } sah && a.Nilai(KolomKepemiluan.SuaraTidakSah) is { } tidakSah)
        {
            if (pengguna is { } p && sah + tidakSah != p)
            {
                Tambah(AturanKepemiluan.SuaraSahTidakSah, Kolom(KolomKepemiluan.SuaraSah, KolomKepemiluan.SuaraTidakSah, KolomKepemiluan.Pengguna), $"suara sah {A(sah)} + tidak sah {A(tidakSah)} = {A(sah + tidakSah)}, tetapi pengguna hak pilih {A(p)} (selisih {A(sah + tidakSah - p)}).");
            }

            if (a.Tercetak(KolomKepemiluan.SuaraTotal) is { } total && total != sah + tidakSah)
            {
                Tambah(AturanKepemiluan.SuaraSahTidakSah, Kolom(KolomKepemiluan.SuaraSah, KolomKepemiluan.SuaraTidakSah, KolomKepemiluan.SuaraTotal), $"suara sah {A(sah)} + tidak sah {A(tidakSah)} = {A(sah + tidakSah)}, tertulis jumlah suara {A(total)}.");
            }
        }

        if (a.JumlahSuaraCalon() is { } calon && a.Nilai(KolomKepemiluan.SuaraSah) is { } sahSaja && calon != sahSaja)
        {
            var kolom = string.Join(',', Enumerable.Range(1, a.JumlahCalon).Where(n => a.Suara(n) is not null).Select(n => $"suara_{n}").Append(KatalogKolom.Nama(KolomKepemiluan.SuaraSah)));
            Tambah(AturanKepemiluan.SuaraCalon, kolom, $"suara calon berjumlah {A(calon)}, tetapi suara sah {A(sahSaja)} (selisih {A(calon - sahSaja)}).");
        }

        if (pengguna is { } u && a.Nilai(KolomKepemiluan.Dpt) is { } d)
        {
            var dptb = a.Nilai(KolomKepemiluan.Dptb) ?? a.Nilai(KolomKepemiluan.PenggunaDptb) ?? 0;
            var dpk = a.Nilai(KolomKepemiluan.Dpk) ?? a.Nilai(KolomKepemiluan.PenggunaDpk) ?? 0;
            if (u > d + dptb + dpk)
            {
                Tambah(AturanKepemiluan.PenggunaMelebihiDaftar, Kolom(KolomKepemiluan.Pengguna, KolomKepemiluan.Dpt, KolomKepemiluan.Dptb, KolomKepemiluan.Dpk), $"pengguna hak pilih {A(u)} melebihi DPT {A(d)} + DPTb {A(dptb)} + DPK {A(dpk)} = {A(d + dptb + dpk)}.");
            }

            var suara = a.Nilai(KolomKepemiluan.SuaraTotal) ?? u;
            if (suara * 100 > d * 102)
            {
                Tambah(AturanKepemiluan.SuaraMelebihiDpt, Kolom(KolomKepemiluan.SuaraTotal, KolomKepemiluan.Dpt), $"{A(suara)} suara, lebih dari DPT {A(d)} x 1,02 = {FormatIndonesia.Angka(d * 1.02m)}.");
            }
        }

        PeriksaPersen(a, PersenKepemiluan.PartisipasiL, a.PartisipasiL(), KolomKepemiluan.PenggunaL, KolomKepemiluan.DptL, Tambah);
        PeriksaPersen(a, PersenKepemiluan.PartisipasiP, a.PartisipasiP(), KolomKepemiluan.PenggunaP, KolomKepemiluan.DptP, Tambah);
        PeriksaPersen(a, PersenKepemiluan.Partisipasi, a.Partisipasi(), KolomKepemiluan.Pengguna, KolomKepemiluan.Dpt, Tambah);
        return temuan;
    }

    /// <summary>
    /// Compares a region's printed figures with the sum of its children's, column by column where
    /// both are reported.
    /// </summary>
    public static IReadOnlyList<TemuanKepemiluan> PeriksaAnak(KodeWilayah kode, AngkaWilayah induk, AngkaWilayah jumlahAnak, int jumlahWilayahAnak)
    {
        var temuan = new List<TemuanKepemiluan>();
        for (var i = 0; i < KatalogKolom.Jumlah; i++)
        {
            var kolom = (KolomKepemiluan)i;
            if (induk.Tercetak(kolom) is { } tercetak && jumlahAnak.Tercetak(kolom) is { } jumlah && tercetak != jumlah)
            {
                temuan.Add(new TemuanKepemiluan(AturanKepemiluan.JumlahAnak, kode, KatalogKolom.Nama(kolom), $"{Judul(kolom)}: {jumlahWilayahAnak} wilayah di bawahnya berjumlah {A(jumlah)}, tertulis {A(tercetak)} (selisih {A(tercetak - jumlah)})."));
            }
        }

        var calon = Math.Max(induk.JumlahCalon, jumlahAnak.JumlahCalon);
        for (var n = 1; n <= calon; n++)
        {
            if (induk.Suara(n) is { } tercetak && jumlahAnak.Suara(n) is { } jumlah && tercetak != jumlah)
            {
                temuan.Add(new TemuanKepemiluan(AturanKepemiluan.JumlahAnak, kode, $"suara_{n}", $"suara nomor urut {n}: {jumlahWilayahAnak} wilayah di bawahnya berjumlah {A(jumlah)}, tertulis {A(tercetak)} (selisih {A(tercetak - jumlah)})."));
            }
        }

        return temuan;
    }

    /// <summary>
    /// Compares the users of the right to vote of two contests of one event in one region: the
    /// same voters received both ballots, so a difference is worth a look.
    /// </summary>
    public static TemuanKepemiluan? BandingkanKontes(KodeWilayah kode, string namaA, AngkaWilayah a, string namaB, AngkaWilayah b)
    {
        if (a.Nilai(KolomKepemiluan.Pengguna) is { } pa && b.Nilai(KolomKepemiluan.Pengguna) is { } pb && pa != pb)
        {
            return new TemuanKepemiluan(AturanKepemiluan.PenggunaAntarKontes, kode, KatalogKolom.Nama(KolomKepemiluan.Pengguna), $"pengguna hak pilih {namaA} {A(pa)}, {namaB} {A(pb)} (selisih {A(pa - pb)}).");
        }

        return null;
    }

    /// <summary>What a column counts, for messages.</summary>
    public static string Judul(KolomKepemiluan kolom) => kolom switch
    {
        KolomKepemiluan.DptL or KolomKepemiluan.DptP or KolomKepemiluan.Dpt => "DPT",
        KolomKepemiluan.DptbL or KolomKepemiluan.DptbP or KolomKepemiluan.Dptb => "DPTb",
        KolomKepemiluan.DpkL or KolomKepemiluan.DpkP or KolomKepemiluan.Dpk => "DPK",
        KolomKepemiluan.PenggunaDptL or KolomKepemiluan.PenggunaDptP or KolomKepemiluan.PenggunaDpt => "pengguna hak pilih dari DPT",
        KolomKepemiluan.PenggunaDptbL or KolomKepemiluan.PenggunaDptbP or KolomKepemiluan.PenggunaDptb => "pengguna hak pilih dari DPTb",
        KolomKepemiluan.PenggunaDpkL or KolomKepemiluan.PenggunaDpkP or KolomKepemiluan.PenggunaDpk => "pengguna hak pilih dari DPK",
        KolomKepemiluan.PenggunaL => "pengguna hak pilih laki-laki",
        KolomKepemiluan.PenggunaP => "pengguna hak pilih perempuan",
        KolomKepemiluan.Pengguna => "pengguna hak pilih",
        KolomKepemiluan.DisabilitasL or KolomKepemiluan.DisabilitasP or KolomKepemiluan.Disabilitas => "pemilih disabilitas",
        KolomKepemiluan.SuratSuaraDiterima => "surat suara diterima",
        KolomKepemiluan.SuratSuaraDigunakan => "surat suara digunakan",
        KolomKepemiluan.SuratSuaraRusak => "surat suara rusak/keliru coblos",
        KolomKepemiluan.SuratSuaraTidakDigunakan => "surat suara tidak digunakan",
        KolomKepemiluan.SuaraSah => "suara sah",
        KolomKepemiluan.SuaraTidakSah => "suara tidak sah",
        _ => "jumlah suara",
    } + (!KatalogKolom.Dasar(kolom) ? string.Empty
        : KatalogKolom.Nama(kolom).EndsWith("_l", StringComparison.Ordinal) ? " laki-laki"
        : KatalogKolom.Nama(kolom).EndsWith("_p", StringComparison.Ordinal) ? " perempuan" : string.Empty);

    private static void Banding(AngkaWilayah a, AturanKepemiluan aturan, KolomKepemiluan kiri, KolomKepemiluan kanan, Func<long, long, bool> benar, string pesan, Action<AturanKepemiluan, string, string> tambah)
    {
        if (a.Nilai(kiri) is { } x && a.Nilai(kanan) is { } y && !benar(x, y))
        {
            tambah(aturan, Kolom(kiri, kanan), string.Format(System.Globalization.CultureInfo.InvariantCulture, pesan, A(x), A(y)) + ".");
        }
    }

    private static void PeriksaPersen(AngkaWilayah a, PersenKepemiluan persen, decimal? hitung, KolomKepemiluan pembilang, KolomKepemiluan penyebut, Action<AturanKepemiluan, string, string> tambah)
    {
        if (a.Persen(persen) is { } tercetak && hitung is { } h && Math.Round(h, 2, MidpointRounding.AwayFromZero) != tercetak)
        {
            tambah(AturanKepemiluan.PersenTercetak, Kolom(pembilang, penyebut) + "," + KatalogKolom.Nama(persen), $"{A(a.Nilai(pembilang))} / {A(a.Nilai(penyebut))} = {FormatIndonesia.Persen(h)}, tertulis {FormatIndonesia.Persen(tercetak)}.");
        }
    }

    private static string Kolom(params KolomKepemiluan[] koloms) => string.Join(',', koloms.Select(KatalogKolom.Nama));

    private static string A(long? n) => n is { } v ? FormatIndonesia.Angka(v, 0) : "-";
}
