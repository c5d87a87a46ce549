using Sakip.App.Features.Capaian;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Capaian;

/// <summary><c>sakip capaian hitung</c>: rows from a CSV, computed without a database (the parser itself: Import/CapaianCsv).</summary>
public class CalculateCapaianRowsTests
{
    private static Task<Jawaban<CalculateCapaianRows.Hasil>> Hitung(string csv, UbahKebijakan? ubah = null) =>
        new CalculateCapaianRows.Handler().HandleAsync(new CalculateCapaianRows.Query(new StringReader(csv), ubah), default);

    [Fact]
    public async Task GoodRowsAreComputed_BadRowsAreReportedByLine_WithThePolicyChosen()
    {
        var hasil = (await Hitung("id,target,realisasi,arah,jenis\nsatu,80 %,100 %,naik,persen\ndua,80 %,,naik,persen\ntiga,x,1,naik,persen\n", UbahKebijakan.Baca(null, "100", null, null).Pasti())).Pasti();

        Assert.Equal(100m, hasil.Barises.Single(b => b.Id == "satu").Capaian);
        Assert.Null(hasil.Barises.Single(b => b.Id == "dua").Capaian);
        Assert.NotNull(hasil.Barises.Single(b => b.Id == "dua").Alasan);
        Assert.Equal(4, Assert.Single(hasil.Kesalahans).Baris);
    }
}
