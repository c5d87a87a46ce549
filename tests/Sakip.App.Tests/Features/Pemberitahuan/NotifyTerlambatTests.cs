using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Features.Realisasi;
using Sakip.App.Tests.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pemberitahuan;

/// <summary>The deadline watch tells the people who fill realisasi, once per satker and deadline, by the satker-year's own deadline.</summary>
public class NotifyTerlambatTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<NotifyTerlambat.Hasil> JalankanAsync(DateOnly hari) =>
        (await fixture.SendAsync<NotifyTerlambat.Handler, Jawaban<NotifyTerlambat.Hasil>>(h => h.HandleAsync(new NotifyTerlambat.Command(hari), default))).Pasti();

    [Fact]
    public async Task OverdueQuarters_TellOperatorAndAdministrator_OncePerDeadline()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);

        // 15 July: TW I (due 10 April) and TW II (due 10 July) are overdue; TW I was submitted.
        await uji.AjukanAsync(fixture, triwulan: 1);
        await JalankanAsync(new DateOnly(2024, 7, 15));
        var op = await PemberitahuanUji.MilikAsync(fixture, uji.Operator.PenggunaId);
        var n = Assert.Single(op);
        Assert.Equal(JenisPemberitahuan.Terlambat, n.Jenis);
        Assert.Equal($"1 realisasi {uji.Satker.Nama} (TW II 2024) melewati batas waktu 10 Juli 2024 dan belum diajukan.", n.Judul);
        Assert.Equal($"/?satker={uji.Satker.Kode}&tahun=2024", n.Tautan);
        Assert.Single(await PemberitahuanUji.MilikAsync(fixture, uji.Administrator.PenggunaId));
        Assert.DoesNotContain(await PemberitahuanUji.MilikAsync(fixture, uji.Pimpinan.PenggunaId), x => x.Jenis == JenisPemberitahuan.Terlambat);

        // The next run of the day, and the next day: nobody is told twice.
        await JalankanAsync(new DateOnly(2024, 7, 15));
        await JalankanAsync(new DateOnly(2024, 7, 16));
        Assert.Single(await PemberitahuanUji.MilikAsync(fixture, uji.Operator.PenggunaId));

        // After TW III's deadline, a new notification for it.
        await JalankanAsync(new DateOnly(2024, 10, 11));
        Assert.Equal(2, (await PemberitahuanUji.MilikAsync(fixture, uji.Operator.PenggunaId)).Count);
    }

    [Fact]
    public async Task TheSatkersOwnDeadline_DecidesWhatIsOverdue()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        (await fixture.SendAsync<SetTenggatRealisasi.Handler, Jawaban<int>>(h => h.HandleAsync(uji.Administrator, new(uji.Satker.Kode, 2024, "30"), default))).Pasti();

        // TW I ends 31 March: due 30 April with 30 days, so not overdue on 15 April.
        await JalankanAsync(new DateOnly(2024, 4, 15));
        Assert.Empty(await PemberitahuanUji.MilikAsync(fixture, uji.Operator.PenggunaId));
        await JalankanAsync(new DateOnly(2024, 5, 1));
        Assert.Contains("30 April 2024", Assert.Single(await PemberitahuanUji.MilikAsync(fixture, uji.Operator.PenggunaId)).Judul, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClosedPeriod_OrADraftPk_IsNobodysDeadline()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        (await fixture.SendAsync<ClosePeriode.Handler, Jawaban<string>>(h => h.HandleAsync(uji.Administrator, new(uji.Satker.Kode, 2024, Domain.Periode.JenisPeriode.Semester, 1), default))).Pasti();
        await JalankanAsync(new DateOnly(2024, 7, 15));
        Assert.Empty(await PemberitahuanUji.MilikAsync(fixture, uji.Operator.PenggunaId));
    }
}
