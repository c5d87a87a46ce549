using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Domain.Periode;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>An administrator reopens a closed period, with a reason; realisasi inside it can change again.</summary>
public class ReopenPeriodeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task AClosedPeriod_IsReopenedWithAReason_ByAnAdministratorOnly()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        (await fixture.SendAsync<ClosePeriode.Handler, Jawaban<string>>(h => h.HandleAsync(uji.Administrator, new(uji.Satker.Kode, 2024, JenisPeriode.Triwulan, 1), default))).Pasti();
        Task<Jawaban<string>> Buka(App.Keamanan.AksesPengguna a, string? alasan) =>
            fixture.SendAsync<ReopenPeriode.Handler, Jawaban<string>>(h => h.HandleAsync(a, new(uji.Satker.Kode, 2024, JenisPeriode.Triwulan, 1, alasan), default));

        Assert.Equal(JenisKegagalan.Ditolak, (await Buka(uji.Operator, "Koreksi data pemilih yang terlambat")).Jenis);
        Assert.StartsWith("Tuliskan alasan", (await Buka(uji.Administrator, "singkat")).Pesan, StringComparison.Ordinal);
        Assert.Equal("TW I 2024", (await Buka(uji.Administrator, "Koreksi data pemilih yang terlambat")).Pasti());
        Assert.Equal("Periode itu tidak sedang ditutup.", (await Buka(uji.Administrator, "Koreksi data pemilih yang terlambat")).Pesan);
        Assert.Equal(StatusRealisasi.Diajukan, (await uji.AjukanAsync(fixture)).Status);
    }
}
