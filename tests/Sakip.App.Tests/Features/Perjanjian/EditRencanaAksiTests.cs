using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>Quarterly targets, actions and the responsible unit of a PK's indicators, with progress against each quarter.</summary>
public class EditRencanaAksiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static IndikatorKinerja Akip() => new()
    {
        Kode = "2.3",
        Uraian = "Nilai AKIP",
        JenisTarget = JenisTarget.Predikat,
        TargetPredikat = "BB",
        SkalaPredikat = SkalaPredikat.NamaSakip,
        Realisasis = { new RealisasiKinerja { Tahun = 2024, JenisPeriode = JenisPeriode.Tahun, NomorPeriode = 1, Predikat = "BB", Status = StatusRealisasi.Diverifikasi } },
    };

    [Fact]
    public async Task QuarterlyTargets_ActionsAndProgress_ABadCellWritesNothing()
    {
        var satker = await fixture.SatkerAsync();
        var pk = await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithIndikator("5.1", 12, 22, satuan: "kali").WithIndikator(Akip()));
        var ind = pk.Sasarans.Single().Indikators.Single(i => i.Kode == "5.1").Id;
        var akip = pk.Sasarans.Single().Indikators.Single(i => i.Kode == "2.3").Id;
        var op = await fixture.PelakuAsync(Peran.Operator, satker);

        var salah = await fixture.SendAsync<EditRencanaAksi.Handler, Jawaban<int>>(h => h.HandleAsync(op, new(pk.Id,
        [
            new(ind, ["3 kali", "tiga", "9", "12 kali"], "Revisi DIPA sesuai kebutuhan tahapan", "Subbag Keuangan"),
            new(akip, ["", "", "", "Z"], null, null),
        ]), default));
        Assert.Equal(2, salah.Kesalahans.Count);
        Assert.Contains(salah.Kesalahans, s => s.Bidang == EditRencanaAksi.Bidang(ind, 2) && s.Pesan.Contains("'tiga' bukan angka", StringComparison.Ordinal));
        Assert.Contains(salah.Kesalahans, s => s.Bidang == EditRencanaAksi.Bidang(akip, 4));
        Assert.Equal(0, await fixture.ExecuteDbContextAsync(db => db.Set<RencanaAksi>().CountAsync(t => t.IndikatorKinerjaId == ind || t.IndikatorKinerjaId == akip)));

        var baik = await fixture.SendAsync<EditRencanaAksi.Handler, Jawaban<int>>(h => h.HandleAsync(op, new(pk.Id,
        [
            new(ind, ["3 kali", "6", "9", "12 kali"], "Revisi DIPA sesuai kebutuhan tahapan", "Subbag Keuangan"),
            new(akip, ["", "", "", "BB"], "Tindak lanjut catatan evaluasi", "Subbag Perencanaan, Data dan Informasi"),
        ]), default));
        Assert.True(baik.Berhasil, baik.Pesan);

        var hasil = (await fixture.SendAsync<GetRencanaAksi.Handler, Jawaban<GetRencanaAksi.Hasil>>(h => h.HandleAsync(op, new(pk.Id), default))).Pasti();
        var baris = hasil.Barises.Single(b => b.Kode == "5.1");
        Assert.Equal(["3 kali", "6 kali", "9 kali", "12 kali"], baris.Triwulans.Select(t => t.Target));
        Assert.Equal("Subbag Keuangan", baris.PenanggungJawab);
        Assert.Null(baris.Triwulans[0].Capaian);
        Assert.Equal("22 kali", baris.Triwulans[3].Realisasi);
        Assert.Equal(183.33m, Math.Round(baris.Triwulans[3].Capaian!.Value, 2));
        Assert.Equal(100m, hasil.Barises.Single(b => b.Kode == "2.3").Triwulans[3].Capaian);

        var pemantau = await fixture.SendAsync<EditRencanaAksi.Handler, Jawaban<int>>(async h => await h.HandleAsync(await fixture.PelakuAsync(Peran.Pemantau, satker), new(pk.Id, []), default));
        Assert.Contains("tidak berhak", pemantau.Pesan, StringComparison.Ordinal);
    }
}
