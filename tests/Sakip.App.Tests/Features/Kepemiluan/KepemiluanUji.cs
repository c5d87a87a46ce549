using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.App.Kepemiluan;
using Sakip.Domain.Kepemiluan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Kepemiluan;

/// <summary>A kab/kota with a Kemendagri-shaped code of its own, an event with two contests held there, and its people.</summary>
internal sealed record KotaUji(Satker Kota, AcaraPemilu Acara, KontesPemilu Walikota, KontesPemilu Gubernur, AksesPengguna Operator, AksesPengguna Pemantau, AksesPengguna Pimpinan)
{
    public const string Kepala = "kode_wilayah,nama_wilayah,tingkat,dpt_l,dpt_p,dptb_l,dptb_p,dpk_l,dpk_p,pengguna_dpt_l,pengguna_dpt_p,pengguna_dptb_l,pengguna_dptb_p,pengguna_dpk_l,pengguna_dpk_p,disabilitas_l,disabilitas_p,surat_suara_diterima,surat_suara_digunakan,surat_suara_rusak,surat_suara_tidak_digunakan,suara_sah,suara_tidak_sah,suara_1,suara_2";

    public string Kode => Kota.Kode;

    /// <summary>
    /// Two kecamatan and the kota's printed total: DPT 100/100 and 50/50, users 60/70 and 30/35 from
    /// the DPT, 1 DPK voter in the first; the first kecamatan's ballots fall 1 short of the reserve.
    /// </summary>
    public byte[] Berkas(long penggunaPertama = 60) => Encoding.UTF8.GetBytes(
        $"{Kepala}\n"
        + $"{Kode}01,KECAMATAN SATU,kecamatan,100,100,,,1,0,{penggunaPertama},70,0,0,1,0,1,0,204,{penggunaPertama + 71},0,{204 - penggunaPertama - 71},{penggunaPertama + 66},5,{penggunaPertama + 6},60\n"
        + $"{Kode}02,KECAMATAN DUA,kecamatan,50,50,,,0,0,30,35,0,0,0,0,0,0,103,65,0,38,60,5,20,40\n"
        + $"{Kode},KOTA UJI,kabupaten/kota,150,150,,,,,,,,,,,,,,,,,,,,\n");

    public static async Task<KotaUji> BuatAsync(DatabaseFixture fixture)
    {
        var n = DataUji.Nomor();
        var kode = (9000 + (n % 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var kota = SatkerBuilder.Baru($"KPU Kota Uji {n}");
        kota.Kode = kode;
        kota.Pegawais.Add(new Pegawai { Nama = "Ketua", Jabatan = "Ketua" });
        await fixture.InsertAsync(kota);
        var acara = new AcaraPemilu { Kode = $"uji-{n}", Nama = $"Pemilihan Uji {n}", Jenis = JenisPemilihan.Pilkada, Tanggal = new DateOnly(2024, 11, 27) };
        var walikota = new KontesPemilu { Kode = "walikota", Nama = "Pemilihan Wali Kota Uji", KodeWilayah = kode };
        walikota.Calons.AddRange([new CalonKontes { NomorUrut = 1, Nama = "Calon Satu" }, new CalonKontes { NomorUrut = 2, Nama = "Calon Dua" }]);
        var gubernur = new KontesPemilu { Kode = "gubernur", Nama = "Pemilihan Gubernur Uji", KodeWilayah = kode[..2] };
        gubernur.Calons.AddRange([new CalonKontes { NomorUrut = 1, Nama = "Calon Gubernur Satu" }, new CalonKontes { NomorUrut = 2, Nama = "Calon Gubernur Dua" }]);
        acara.Kontes.AddRange([walikota, gubernur]);
        await fixture.InsertAsync(acara);
        return new KotaUji(
            kota,
            acara,
            walikota,
            gubernur,
            await fixture.PelakuAsync(Peran.Operator, kota),
            await fixture.PelakuAsync(Peran.Pemantau, kota),
            await fixture.PelakuAsync(Peran.Pimpinan, kota));
    }
}

/// <summary>A synthetic province (Aceh, code 11) with its satker and operator, a new nation-wide Pemilu contest with three pairs, the file and its label of injected errors.</summary>
internal sealed record ProvinsiUji(Satker Provinsi, KontesPemilu Kontes, AksesPengguna Operator, byte[] Isi, string Label, int Tps)
{
    public static async Task<ProvinsiUji> BuatAsync(DatabaseFixture fixture)
    {
        var provinsi = await fixture.ExecuteDbContextAsync(db => db.Satkers.SingleOrDefaultAsync(s => s.Kode == "11"));
        if (provinsi is null)
        {
            provinsi = SatkerBuilder.Baru("KPU Provinsi Aceh");
            provinsi.Kode = "11";
            await fixture.InsertAsync(provinsi);
        }

        var n = DataUji.Nomor();
        var acara = new AcaraPemilu { Kode = $"pemilu-uji-{n}", Nama = $"Pemilu Uji {n}", Jenis = JenisPemilihan.Pemilu, Tanggal = new DateOnly(2024, 2, 14) };
        var kontes = new KontesPemilu { Kode = "ppwp", Nama = "Pemilihan Presiden Uji" };
        kontes.Calons.AddRange(Enumerable.Range(1, 3).Select(i => new CalonKontes { NomorUrut = i, Nama = $"Pasangan {i}" }));
        acara.Kontes.Add(kontes);
        await fixture.InsertAsync(acara);
        kontes.Acara = acara;
        using var data = new StringWriter();
        using var label = new StringWriter();
        var tps = NasionalSintetis.Tulis(data, label, provinsi: 1, benih: 5);
        return new ProvinsiUji(provinsi, kontes, await fixture.PelakuAsync(Peran.Operator, provinsi), Encoding.UTF8.GetBytes(data.ToString()), label.ToString(), tps);
    }
}
