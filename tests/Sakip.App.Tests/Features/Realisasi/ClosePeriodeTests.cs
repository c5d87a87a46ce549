using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Domain.Periode;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Realisasi;

public class ClosePeriodeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AdministratorClosesTheYear_RealisasiInsideItAreLocked()
    {
        var admin = await fixture.AksesAsync("admin.1871");
        var operatorKota = await fixture.AksesAsync("operator.1871");
        var ind = await fixture.ExecuteDbContextAsync(db =>
            db.IndikatorKinerjas.Where(i => i.Kode == "3.2" && db.PerjanjianKinerjas.Any(p => p.Id == i.Sasaran.PerjanjianKinerjaId && p.Satker.Kode == "1871")).Select(i => i.Id).SingleAsync());

        Task<Jawaban<string>> Tutup(Sakip.App.Keamanan.AksesPengguna a, JenisPeriode jenis, int nomor) =>
            fixture.SendAsync<ClosePeriode.Handler, Jawaban<string>>(h => h.HandleAsync(a, new("1871", 2024, jenis, nomor), default));
        Task<Jawaban<RecordRealisasi.Hasil>> Rekam() =>
            fixture.SendAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(h =>
                h.HandleAsync(operatorKota, new RecordRealisasi.Command(ind, 1, "60 %", new Dictionary<string, string>(), null, [], false, null), default));

        var bukanAdmin = await Tutup(operatorKota, JenisPeriode.Tahun, 1);
        Assert.Equal(JenisKegagalan.Ditolak, bukanAdmin.Jenis);
        Assert.Contains("tidak berhak menutup", bukanAdmin.Pesan, StringComparison.Ordinal);
        Assert.Equal("TW I 2024", (await Tutup(admin, JenisPeriode.Triwulan, 1)).Nilai);
        Assert.Contains("sudah ditutup", (await Tutup(admin, JenisPeriode.Triwulan, 1)).Pesan, StringComparison.Ordinal);
        Assert.Contains("tidak sah", (await Tutup(admin, JenisPeriode.Triwulan, 5)).Pesan, StringComparison.Ordinal);

        // Closing TW I does not close the whole year.
        Assert.Empty((await Rekam()).Kesalahans);

        Assert.Equal("2024", (await Tutup(admin, JenisPeriode.Tahun, 1)).Nilai);
        var terkunci = await Rekam();
        Assert.Contains("Periode 2024 sudah ditutup administrator", terkunci.Pesan, StringComparison.Ordinal);
        Assert.Equal(2, await fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync(a => a.Aksi == AksiAudit.Tutup)));

        Task<Jawaban<string>> Buka(Sakip.App.Keamanan.AksesPengguna a, string? alasan) =>
            fixture.SendAsync<ReopenPeriode.Handler, Jawaban<string>>(h => h.HandleAsync(a, new("1871", 2024, JenisPeriode.Tahun, 1, alasan), default));
        Assert.Equal(JenisKegagalan.Ditolak, (await Buka(operatorKota, "Koreksi atas permintaan evaluator")).Jenis);
        Assert.Contains("alasan", (await Buka(admin, "koreksi")).Pesan, StringComparison.Ordinal);
        Assert.Equal("2024", (await Buka(admin, "Koreksi atas permintaan evaluator")).Nilai);
        Assert.Equal("Periode itu tidak sedang ditutup.", (await Buka(admin, "Koreksi atas permintaan evaluator")).Pesan);

        var lagi = await fixture.SendAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(h =>
            h.HandleAsync(operatorKota, new RecordRealisasi.Command(ind, 1, "61 %", new Dictionary<string, string>(), null, [], false, 1), default));
        Assert.True(lagi.Berhasil, lagi.Pesan);
        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Aksi == AksiAudit.Buka).Select(a => a.Perubahan).SingleAsync());
        Assert.Contains("Koreksi atas permintaan evaluator", jejak, StringComparison.Ordinal);
    }
}
