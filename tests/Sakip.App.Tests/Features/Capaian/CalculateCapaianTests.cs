using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Keamanan;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Capaian;

public class CalculateCapaianTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Jawaban<CalculateCapaian.Hasil>> Hitung(string satker, int tahun = 2024, UbahKebijakan? ubah = null, string? pk = null) =>
        fixture.SendAsync<CalculateCapaian.Handler, Jawaban<CalculateCapaian.Hasil>>(h => h.HandleAsync(AksesPengguna.Sistem, new CalculateCapaian.Query(satker, tahun, ubah, pk), default));

    private static decimal? Capaian(CalculateCapaian.Hasil hasil, string kode) =>
        hasil.Pengukuran.Indikators.Single(i => i.Kode == kode).Hasil.Nilai is { } n ? Math.Round(n, 2, MidpointRounding.AwayFromZero) : null;

    [Theory]
    [InlineData("1.2", "143.75")]
    [InlineData("5.1", "183.33")]
    [InlineData("2.4", "111.11")]
    [InlineData("3.1", "66.23")]
    [InlineData("2.3", "116.67")]
    [InlineData("1.3", "90")]
    [InlineData("5.3", "105.26")]
    public async Task Demo1871_DefaultPolicy_ReproducesTheDoneWhenFigures(string kode, string capaian)
    {
        var hasil = await Hitung("1871");

        Assert.True(hasil.Berhasil, hasil.Pesan);
        Assert.Equal(decimal.Parse(capaian, System.Globalization.CultureInfo.InvariantCulture), Capaian(hasil.Nilai!, kode));
    }

    [Fact]
    public async Task Demo1871_TargetOverRealisasi_Gives177_78()
    {
        var hasil = await Hitung("1871", ubah: new UbahKebijakan(RumusTurun: RumusTurun.TargetBagiRealisasi));

        Assert.Equal(177.78m, Capaian(hasil.Nilai!, "1.2"));
    }

    [Fact]
    public async Task Demo1871_Cap100_Gives100AndKeepsRaw()
    {
        var hasil = await Hitung("1871", ubah: new UbahKebijakan(Batas: BatasCapaian.Seratus));

        var baris = hasil.Nilai!.Pengukuran.Indikators.Single(i => i.Kode == "1.2");
        Assert.Equal(100m, baris.Hasil.Nilai);
        Assert.Equal(143.75m, baris.Hasil.Mentah);
        Assert.Equal(100m, Capaian(hasil.Nilai!, "5.1"));
    }

    [Fact]
    public async Task Demo1871_MissingRealisasi_IsShownAsMissingNotZero()
    {
        var hasil = (await Hitung("1871")).Nilai!;

        foreach (var kode in new[] { "1.5", "2.1", "3.2" })
        {
            var baris = hasil.Pengukuran.Indikators.Single(i => i.Kode == kode);
            Assert.Null(baris.Realisasi);
            Assert.Equal(AlasanTidakDapatDihitung.RealisasiKosong, baris.Hasil.Alasan);
            Assert.Null(baris.Kategori);
        }

        Assert.Equal(16, hasil.Pengukuran.Indikators.Count);
        Assert.Equal(3, hasil.Pengukuran.Ringkasan.JumlahTidakDapatDihitung);
        Assert.Equal((6, 5, 2), (hasil.Pengukuran.Ringkasan.JumlahDiAtas100, hasil.Pengukuran.Ringkasan.JumlahSama100, hasil.Pengukuran.Ringkasan.JumlahDiBawah100));
    }

    [Fact]
    public async Task Demo1871_Aggregates_AreMeansOfComputableIndicators()
    {
        var p = (await Hitung("1871")).Nilai!.Pengukuran;

        var nilai = p.Indikators.Where(i => i.Hasil.DapatDihitung).Select(i => i.Hasil.Nilai!.Value).ToList();
        Assert.Equal(13, nilai.Count);
        Assert.Equal(nilai.Average(), p.Ringkasan.Capaian);
        Assert.Equal(109.81m, Math.Round(p.Ringkasan.Capaian!.Value, 2));
        Assert.Equal("Sangat Baik", p.KategoriKeseluruhan);
        Assert.Equal(66.23m, Math.Round(p.Sasarans.Single(s => s.Kode == "3").Ringkasan.Capaian!.Value, 2));
        Assert.Equal(5, p.Sasarans.Count);
    }

    [Fact]
    public async Task Demo18_HasTwoAgreements_AndMissingTargetsStayMissing()
    {
        var hasil = (await Hitung("18")).Nilai!;

        Assert.Equal(["KETUA", "SEKRETARIS"], hasil.Perjanjians.Select(p => p.Kode));
        Assert.Equal("KETUA", hasil.Pengukuran.Perjanjian.Kode);
        var amanDamai = hasil.Pengukuran.Indikators.Single(i => i.Kode == "4.1");
        Assert.Equal(AlasanTidakDapatDihitung.TargetKosong, amanDamai.Hasil.Alasan);
        Assert.Equal(string.Empty, amanDamai.Target);

        var sekretaris = (await Hitung("18", pk: "SEKRETARIS")).Nilai!;
        Assert.Equal(18, sekretaris.Pengukuran.Indikators.Count);
        Assert.Equal(Polaritas.Turun, hasil.Pengukuran.Indikators.Single(i => i.Kode == "2.1").Polaritas);
    }

    [Fact]
    public async Task UnknownSatker_IsAClearError()
    {
        var hasil = await Hitung("9999");

        Assert.False(hasil.Berhasil);
        Assert.Equal("Satker dengan kode '9999' tidak ditemukan.", hasil.Pesan);
    }

    [Fact]
    public async Task YearWithoutPk_IsAClearError()
    {
        var hasil = await Hitung("1871", 2019);

        Assert.Contains("Belum ada Perjanjian Kinerja tahun 2019", hasil.Pesan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAgreement_IsAClearError()
    {
        var hasil = await Hitung("18", pk: "BENDAHARA");

        Assert.Contains("'BENDAHARA'", hasil.Pesan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredPolicy_IsUsed()
    {
        var satker = SatkerBuilder.Baru();
        var pk = new PerjanjianKinerjaBuilder(satker).WithIndikator("1", 12m, 22m, satuan: "kali").Build();
        await fixture.InsertAsync(satker, pk);
        await fixture.InsertAsync(new KebijakanCapaianSatker
        {
            SatkerId = satker.Id,
            Tahun = 2024,
            Batas = BatasCapaian.Aturan110Jadi120,
            SkalaKategori = "lima",
            NilaiPredikat = "SAKIP:B=65",
        });

        var hasil = (await Hitung(satker.Kode)).Nilai!;

        Assert.Equal(120m, Capaian(hasil, "1"));
        Assert.Equal("lima", hasil.Pengukuran.Kebijakan.Skala.Nama);
        Assert.Equal(65m, hasil.Pengukuran.Kebijakan.CariSkalaPredikat("SAKIP")!.NilaiDari("B"));
    }

    [Fact]
    public async Task PkRevision_MeasurementFollowsTheVersionInForce()
    {
        var satker = SatkerBuilder.Baru();
        var asli = new PerjanjianKinerjaBuilder(satker).WithIndikator("1", 90m, 90m).Build();
        var perubahan = new PerjanjianKinerjaBuilder(satker).WithVersi(2, new DateOnly(2024, 7, 1), "Target disesuaikan setelah Pemilu").WithIndikator("1", 80m, 90m).Build();
        await fixture.InsertAsync(satker, asli, perubahan);

        var hasil = (await Hitung(satker.Kode)).Nilai!;

        Assert.Equal(2, hasil.Pengukuran.Perjanjian.Versi);
        Assert.Equal(112.5m, Capaian(hasil, "1"));
    }

    [Fact]
    public async Task MonthlyRealisasi_AreSummedForTheYear()
    {
        var satker = SatkerBuilder.Baru();
        var ind = new IndikatorKinerja
        {
            Kode = "1",
            Uraian = "Jumlah laporan",
            JenisTarget = JenisTarget.Angka,
            TargetNilai = 12m,
            Satuan = "laporan",
            Periodisitas = JenisPeriode.Bulan,
            CaraAkumulasi = CaraAkumulasi.Jumlah,
        };
        for (var bulan = 1; bulan <= 9; bulan++)
        {
            ind.Realisasis.Add(new RealisasiKinerja { Status = StatusRealisasi.Diverifikasi, Tahun = 2024, JenisPeriode = JenisPeriode.Bulan, NomorPeriode = bulan, Nilai = 1m, Satuan = "laporan" });
        }

        await fixture.InsertAsync(satker, new PerjanjianKinerjaBuilder(satker).WithIndikator(ind).Build());

        var hasil = (await Hitung(satker.Kode)).Nilai!;

        Assert.Equal(75m, Capaian(hasil, "1"));
        Assert.Equal("9 laporan", hasil.Pengukuran.Indikators[0].Realisasi);
    }

    [Fact]
    public async Task OnlyVerifiedRealisasi_Count()
    {
        var satker = SatkerBuilder.Baru();
        var ind = new IndikatorKinerja { Kode = "1", Uraian = "Jumlah laporan", JenisTarget = JenisTarget.Angka, TargetNilai = 4m, Satuan = "laporan", Periodisitas = JenisPeriode.Triwulan, CaraAkumulasi = CaraAkumulasi.Jumlah };
        var status = new[] { StatusRealisasi.Diverifikasi, StatusRealisasi.Diajukan, StatusRealisasi.Draf, StatusRealisasi.Dikembalikan };
        for (var tw = 1; tw <= 4; tw++)
        {
            ind.Realisasis.Add(new RealisasiKinerja { Tahun = 2024, JenisPeriode = JenisPeriode.Triwulan, NomorPeriode = tw, Nilai = 1m, Satuan = "laporan", Status = status[tw - 1] });
        }

        await fixture.InsertAsync(satker, new PerjanjianKinerjaBuilder(satker).WithIndikator(ind).Build());

        Assert.Equal(25m, Capaian((await Hitung(satker.Kode)).Nilai!, "1"));
    }

    [Fact]
    public async Task FormulaIndicator_IsRecomputedFromSummedVariables()
    {
        var satker = SatkerBuilder.Baru();
        var ind = new IndikatorKinerja
        {
            Kode = "1",
            Uraian = "Persentase pemilih tidak masuk DPT",
            JenisTarget = JenisTarget.Angka,
            Polaritas = Polaritas.Turun,
            TargetNilai = 0.16m,
            Satuan = "persen",
            Periodisitas = JenisPeriode.Triwulan,
            CaraAkumulasi = CaraAkumulasi.HitungUlangDariVariabel,
            Rumus = "dpk / (dpt + dptb) x 100",
        };
        var tw4 = new RealisasiKinerja { Status = StatusRealisasi.Diverifikasi, Tahun = 2024, JenisPeriode = JenisPeriode.Triwulan, NomorPeriode = 4, Satuan = "persen" };
        tw4.Variabels.AddRange([new() { Nama = "dpk", Nilai = 679 }, new() { Nama = "dpt", Nilai = 786182 }, new() { Nama = "dptb", Nilai = 382 }]);
        ind.Realisasis.Add(tw4);
        await fixture.InsertAsync(satker, new PerjanjianKinerjaBuilder(satker).WithIndikator(ind).Build());

        var hasil = (await Hitung(satker.Kode)).Nilai!;

        // 679 / 786564 = 0,0863 %; (0,32 - 0,0863) / 0,16 = 146,05 %
        Assert.Equal("0,09 %", hasil.Pengukuran.Indikators[0].Realisasi);
        Assert.Equal(146.05m, Capaian(hasil, "1"));
    }

    [Fact]
    public async Task GradeAndMilestoneIndicators_AreMeasured()
    {
        var satker = SatkerBuilder.Baru();
        var grade = new IndikatorKinerja { Kode = "1", Uraian = "Opini BPK", JenisTarget = JenisTarget.Predikat, TargetPredikat = "WTP", SkalaPredikat = "BPK" };
        grade.Realisasis.Add(new RealisasiKinerja { Status = StatusRealisasi.Diverifikasi, Tahun = 2024, JenisPeriode = JenisPeriode.Tahun, NomorPeriode = 1, Predikat = "WDP" });
        var milestone = new IndikatorKinerja { Kode = "2", Uraian = "LKjIP tersusun", JenisTarget = JenisTarget.Milestone, TargetTanggal = new DateOnly(2024, 2, 28) };
        milestone.Realisasis.Add(new RealisasiKinerja { Status = StatusRealisasi.Diverifikasi, Tahun = 2024, JenisPeriode = JenisPeriode.Bulan, NomorPeriode = 2, Selesai = true, TanggalSelesai = new DateOnly(2024, 2, 20) });
        await fixture.InsertAsync(satker, new PerjanjianKinerjaBuilder(satker).WithIndikator(grade).WithIndikator(milestone).Build());

        var hasil = (await Hitung(satker.Kode)).Nilai!;

        Assert.Equal(75m, Capaian(hasil, "1"));
        Assert.Equal(100m, Capaian(hasil, "2"));
        Assert.Equal("selesai 20 Februari 2024", hasil.Pengukuran.Indikators[1].Realisasi);
    }
}
