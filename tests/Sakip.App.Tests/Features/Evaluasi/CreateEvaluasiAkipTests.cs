using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.Domain.Evaluasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>An evaluator whose reach includes the satker opens its evaluation once, with a template that serves the year.</summary>
public class CreateEvaluasiAkipTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheProvincesEvaluator_OpensIt_WithTheTemplateOfTheYear_AndTheSatkersRoundOpens()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        var id = (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2024)).Pasti();
        var e = await fixture.ExecuteDbContextAsync(db => db.EvaluasiAkips.Include(x => x.Putarans).SingleAsync(x => x.Tahun == 2024 && x.Satker.Kode == "1871"));
        Assert.Equal(("88-2021", MetodePenilaian.PerKriteria, JenisPutaran.Mandiri), (e.KodeTemplat, e.Metode, e.Putarans.Single().Jenis));
        Assert.Equal(JenisKegagalan.Konflik, (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2024)).Jenis);
        Assert.Equal(1, await fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync(j => j.Entitas == nameof(EvaluasiAkip) && j.KunciEntitas == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.True((await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2019, "12-2015", "subkomponen")).Berhasil);
    }

    [Fact]
    public async Task OthersAreRefused_AndBadChoicesAreNamedByField()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        foreach (var a in new[] { p.Operator, p.Pimpinan, p.Pemantau, p.Asing })
        {
            Assert.Equal(JenisKegagalan.Ditolak, (await EvaluasiUji.BukaAsync(fixture, a, 2023)).Jenis);
        }

        Assert.Equal([("KodeTemplat", "Templat 12-2015 berlaku untuk evaluasi tahun 2015-2020, bukan 2023.")], (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2023, "12-2015", "subkomponen")).Kesalahans.Select(k => (k.Bidang!, k.Pesan)));
        Assert.Equal([("Metode", "Templat 12-2015 tidak memuat kriteria; pilih metode per subkomponen.")], (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2018, "12-2015")).Kesalahans.Select(k => (k.Bidang!, k.Pesan)));
        Assert.Equal(["KodeTemplat", "Metode"], (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2023, "99", "rata")).Kesalahans.Select(k => k.Bidang!));
        Assert.Equal(["Tahun"], (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 1900)).Kesalahans.Select(k => k.Bidang!).Take(1));
        Assert.False(await fixture.ExecuteDbContextAsync(db => db.EvaluasiAkips.AnyAsync(e => e.Tahun == 2023 || e.Tahun == 2018)));
    }
}
