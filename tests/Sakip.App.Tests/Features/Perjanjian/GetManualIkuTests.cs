using Sakip.App.Features.Perjanjian;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>An unwritten manual shows the PK's indicator and offers its cara perhitungan as the formula.</summary>
public class GetManualIkuTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task AnUnwrittenManual_StartsFromThePk()
    {
        var (op, _, asing) = await ManualIkuUji.BuatAsync(fixture);
        var m = await ManualIkuUji.BacaAsync(fixture, op, "1.2");
        Assert.Equal(("Persentase Pemilih yang berhak memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap", "0,16 %", false), (m.Indikator.Uraian, m.Indikator.Target, m.Ditulis));
        Assert.Equal("dpk / (dpt + dptb) x 100", m.RumusUraian);
        Assert.True(m.BolehUbah);
        Assert.NotEmpty(m.Pegawais);
        Assert.Equal(JenisKegagalan.Ditolak, (await fixture.SendAsync<GetManualIku.Handler, Jawaban<GetManualIku.Hasil>>(h => h.HandleAsync(asing, new("1871", 2024, "1.2"), default))).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await fixture.SendAsync<GetManualIku.Handler, Jawaban<GetManualIku.Hasil>>(h => h.HandleAsync(op, new("1871", 2024, "<b>"), default))).Jenis);
    }
}
