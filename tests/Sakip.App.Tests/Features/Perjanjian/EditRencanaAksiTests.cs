using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Perjanjian;

public class EditRencanaAksiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Sandi = DatabaseFixture.KataSandiDemo;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    [Fact]
    public async Task QuarterlyTargets_ActionsAndProgress_BadCellWritesNothing()
    {
        var operatorKota = await Akses("operator.1871");
        var pk = await fixture.ExecuteDbContextAsync(db => db.PerjanjianKinerjas.Where(p => p.Satker.Kode == "1871").Select(p => p.Id).SingleAsync());
        var ind = await fixture.ExecuteDbContextAsync(db => db.IndikatorKinerjas.Where(i => i.Kode == "5.1" && i.Sasaran.PerjanjianKinerjaId == pk).Select(i => i.Id).SingleAsync());
        var akip = await fixture.ExecuteDbContextAsync(db => db.IndikatorKinerjas.Where(i => i.Kode == "2.3" && i.Sasaran.PerjanjianKinerjaId == pk).Select(i => i.Id).SingleAsync());

        var salah = await fixture.SendAsync<EditRencanaAksi.Handler, IReadOnlyList<EditRencanaAksi.Kesalahan>>(h => h.HandleAsync(operatorKota, new(pk,
        [
            new(ind, ["3 kali", "tiga", "9", "12 kali"], "Revisi DIPA sesuai kebutuhan tahapan", "Subbag Keuangan"),
            new(akip, ["", "", "", "Z"], null, null),
        ]), default));
        Assert.Equal(2, salah.Count);
        Assert.Contains(salah, s => s.IndikatorId == ind && s.Triwulan == 2 && s.Pesan.Contains("'tiga' bukan angka", StringComparison.Ordinal));
        Assert.Contains(salah, s => s.IndikatorId == akip && s.Triwulan == 4);
        Assert.Equal(0, await fixture.ExecuteDbContextAsync(db => db.Set<TargetTriwulan>().CountAsync()));

        var baik = await fixture.SendAsync<EditRencanaAksi.Handler, IReadOnlyList<EditRencanaAksi.Kesalahan>>(h => h.HandleAsync(operatorKota, new(pk,
        [
            new(ind, ["3 kali", "6", "9", "12 kali"], "Revisi DIPA sesuai kebutuhan tahapan", "Subbag Keuangan"),
            new(akip, ["", "", "", "BB"], "Tindak lanjut catatan evaluasi", "Subbag Perencanaan, Data dan Informasi"),
        ]), default));
        Assert.Empty(baik);

        var hasil = await fixture.SendAsync<GetRencanaAksi.Handler, Jawaban<GetRencanaAksi.Hasil>>(h => h.HandleAsync(new(operatorKota, pk), default));
        var baris = hasil.Value!.Barises.Single(b => b.Kode == "5.1");
        Assert.Equal(["3 kali", "6 kali", "9 kali", "12 kali"], baris.Triwulans.Select(t => t.Target));
        Assert.Equal("Subbag Keuangan", baris.PenanggungJawab);
        Assert.Null(baris.Triwulans[0].Capaian);
        Assert.Equal("22 kali", baris.Triwulans[3].Realisasi);
        Assert.Equal(183.33m, Math.Round(baris.Triwulans[3].Capaian!.Value, 2));
        Assert.Equal(100m, hasil.Value.Barises.Single(b => b.Kode == "2.3").Triwulans[3].Capaian);

        var pemantau = await fixture.SendAsync<EditRencanaAksi.Handler, IReadOnlyList<EditRencanaAksi.Kesalahan>>(async h => await h.HandleAsync(await Akses("pemantau.1871"), new(pk, []), default));
        Assert.Contains("tidak berhak", pemantau.Single().Pesan, StringComparison.Ordinal);
    }
}
