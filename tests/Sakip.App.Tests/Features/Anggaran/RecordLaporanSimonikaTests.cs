using Sakip.App.Features.Anggaran;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Anggaran;

/// <summary>Monthly SIMONIKA reports: on time by the 10th of the month after, valid, corrected by recording again.</summary>
public class RecordLaporanSimonikaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<RecordLaporanSimonika.Hasil>> CatatAsync(AnggaranUji a, int bulan, DateOnly? dikirim, bool valid, AksesPengguna? pelaku = null, string? catatan = null) =>
        fixture.SendAsync<RecordLaporanSimonika.Handler, Jawaban<RecordLaporanSimonika.Hasil>>(h => h.HandleAsync(pelaku ?? a.Operator, new(a.Kode, 2024, bulan, dikirim, valid, catatan), default));

    [Fact]
    public async Task Reports_AreJudgedOnTime_AndTheYearsShareFollows()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        var tepat = (await CatatAsync(a, 1, new DateOnly(2024, 2, 10), true)).Pasti();
        Assert.Equal((true, new DateOnly(2024, 2, 10)), (tepat.TepatWaktu, tepat.Batas));
        Assert.False((await CatatAsync(a, 2, new DateOnly(2024, 3, 11), true)).Pasti().TepatWaktu);
        (await CatatAsync(a, 3, new DateOnly(2024, 4, 5), false, catatan: "Data belanja pegawai belum lengkap")).Pasti();

        // At 31 December 2024, January to November are due; four are missing.
        var k = (await a.BacaAsync(fixture)).Pasti().Data.Kepatuhan;
        Assert.Equal((11, 2, 1, 9.09m), (k.Wajib, k.TepatWaktu, k.TepatWaktuDanValid, k.Persen!.Value));

        // Recording a month again corrects it.
        (await CatatAsync(a, 3, new DateOnly(2024, 4, 5), true)).Pasti();
        Assert.Equal(2, (await a.BacaAsync(fixture)).Pasti().Data.Kepatuhan.TepatWaktuDanValid);
        Assert.Equal(3, (await a.BacaAsync(fixture)).Pasti().Data.Simonika.Count);
    }

    [Fact]
    public async Task ImpossibleDates_AValidUnsentReport_AndOtherRoles_AreRefused()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        Assert.Equal("Tanggal kirim 31 Januari 2024 lebih awal dari bulan yang dilaporkan (Februari 2024).", (await CatatAsync(a, 2, new DateOnly(2024, 1, 31), true)).Pesan);
        Assert.Equal("Tanggal kirim 2 Januari 2025 belum tiba.", (await CatatAsync(a, 12, new DateOnly(2025, 1, 2), true)).Pesan);
        Assert.Equal("Laporan yang belum dikirim tidak dapat dinyatakan valid.", (await CatatAsync(a, 4, null, true)).Pesan);
        Assert.Equal("Pilih bulan laporan (Januari sampai Desember).", (await CatatAsync(a, 13, null, false)).Pesan);
        Assert.Equal(JenisKegagalan.Ditolak, (await CatatAsync(a, 1, new DateOnly(2024, 2, 1), true, a.Pimpinan)).Jenis);
        Assert.Empty((await a.BacaAsync(fixture)).Pasti().Data.Simonika);
    }

    [Fact]
    public async Task TheDayIsIndonesias_AReportSentOnTheMorningOfThe10thWib_IsOnTime()
    {
        var a = await AnggaranUji.BuatAsync(fixture);

        // 9 January 2025, 20:00 UTC is already 10 January, 03:00 in Jakarta.
        var jam = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 1, 9, 20, 0, 0, TimeSpan.Zero));
        var h = await fixture.ExecuteDbContextAsync(db => new RecordLaporanSimonika.Handler(db, jam).HandleAsync(a.Operator, new(a.Kode, 2024, 12, new DateOnly(2025, 1, 10), true, null), default));

        Assert.True(h.Pasti().TepatWaktu);
    }
}
