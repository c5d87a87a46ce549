using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Domain.Periode;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>An administrator closes a period; realisasi inside it are locked until it is reopened with a reason.</summary>
public class ClosePeriodeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task AdministratorClosesTheYear_RealisasiInsideItAreLocked()
    {
        var uji = await RealisasiUji.BuatAsync(fixture, JenisPeriode.Tahun);
        Task<Jawaban<string>> Tutup(App.Keamanan.AksesPengguna a, JenisPeriode jenis, int nomor) =>
            fixture.SendAsync<ClosePeriode.Handler, Jawaban<string>>(h => h.HandleAsync(a, new(uji.Satker.Kode, 2024, jenis, nomor), default));
        Task<Jawaban<string>> Buka(App.Keamanan.AksesPengguna a, string? alasan) =>
            fixture.SendAsync<ReopenPeriode.Handler, Jawaban<string>>(h => h.HandleAsync(a, new(uji.Satker.Kode, 2024, JenisPeriode.Tahun, 1, alasan), default));
        Task<int> JumlahJejak(AksiAudit aksi) => fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync(a => a.Aksi == aksi && a.SatkerId == uji.Satker.Id));

        var bukanAdmin = await Tutup(uji.Operator, JenisPeriode.Tahun, 1);
        Assert.Equal(JenisKegagalan.Ditolak, bukanAdmin.Jenis);
        Assert.Contains("tidak berhak menutup", bukanAdmin.Pesan, StringComparison.Ordinal);
        Assert.Equal("TW I 2024", (await Tutup(uji.Administrator, JenisPeriode.Triwulan, 1)).Nilai);
        Assert.Contains("sudah ditutup", (await Tutup(uji.Administrator, JenisPeriode.Triwulan, 1)).Pesan, StringComparison.Ordinal);
        Assert.Contains("tidak sah", (await Tutup(uji.Administrator, JenisPeriode.Triwulan, 5)).Pesan, StringComparison.Ordinal);

        // Closing TW I does not close the whole year.
        Assert.True((await uji.RekamAsync(fixture, uji.Operator, "60 %", ajukan: false)).Berhasil);

        Assert.Equal("2024", (await Tutup(uji.Administrator, JenisPeriode.Tahun, 1)).Nilai);
        Assert.Contains("Periode 2024 sudah ditutup administrator", (await uji.RekamAsync(fixture, uji.Operator, "61 %", ajukan: false, revisi: 1)).Pesan, StringComparison.Ordinal);
        Assert.Equal(2, await JumlahJejak(AksiAudit.Tutup));

        Assert.Equal(JenisKegagalan.Ditolak, (await Buka(uji.Operator, "Koreksi atas permintaan evaluator")).Jenis);
        Assert.Contains("alasan", (await Buka(uji.Administrator, "koreksi")).Pesan, StringComparison.Ordinal);
        Assert.Equal("2024", (await Buka(uji.Administrator, "Koreksi atas permintaan evaluator")).Nilai);

        Assert.True((await uji.RekamAsync(fixture, uji.Operator, "61 %", ajukan: false, revisi: 1)).Berhasil);
        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Aksi == AksiAudit.Buka && a.SatkerId == uji.Satker.Id).Select(a => a.Perubahan).SingleAsync());
        Assert.Contains("Koreksi atas permintaan evaluator", jejak, StringComparison.Ordinal);
    }
}
