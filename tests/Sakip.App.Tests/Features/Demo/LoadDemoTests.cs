using Microsoft.EntityFrameworkCore;
using Sakip.App.Features.Demo;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Demo;

public class LoadDemoTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<LoadDemo.Hasil> Load() => fixture.MuatDemoAsync();

    private Task<(int Satker, int Pegawai, int Indikator, int Realisasi, int Renstra, int Rkt, int Program, int Divisi, int AnggotaTim)> Hitung() =>
        fixture.ExecuteDbContextAsync(async db => (
            await db.Satkers.CountAsync(),
            await db.Pegawais.CountAsync(),
            await db.IndikatorKinerjas.CountAsync(),
            await db.RealisasiKinerjas.CountAsync(),
            await db.Renstras.CountAsync(),
            await db.Rkts.CountAsync(),
            await db.ProgramAnggarans.CountAsync(),
            await db.Divisis.CountAsync(),
            await db.AnggotaTimSakips.CountAsync()));

    [Fact]
    public async Task Load_TwiceChangesNothingTheSecondTime()
    {
        var pertama = await Load();
        var setelahPertama = await Hitung();
        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync());
        var kedua = await Load();

        Assert.NotEmpty(pertama.Ditambahkan);
        Assert.Empty(kedua.Ditambahkan);
        Assert.Equal(setelahPertama, await Hitung());
        Assert.Equal(jejak, await fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync()));
        Assert.Equal((17, 36, 44, 13, 2, 2, 4, 5, 20), setelahPertama);
    }
}

/// <summary>What the demo contains (a fixture of its own, so the idempotency test above sees a first load).</summary>
public class LoadDemoContentTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<LoadDemo.Hasil> Load() => fixture.MuatDemoAsync();

    [Fact]
    public async Task Load_BuildsTheSatkerTreeAndPlans()
    {
        await Load();

        await fixture.ExecuteDbContextAsync(async db =>
        {
            var provinsi = await db.Satkers.Include(s => s.Anaks).SingleAsync(s => s.Kode == "18");
            Assert.Equal(15, provinsi.Anaks.Count);
            Assert.Contains(provinsi.Anaks, s => s.Kode == "1871" && s.Nama == "KPU Kota Bandar Lampung");

            var renstra = await db.Renstras.Include(r => r.Sasarans).ThenInclude(s => s.Indikators).ThenInclude(i => i.Targets)
                .SingleAsync(r => r.Satker.Kode == "1871");
            Assert.Equal(31, renstra.Sasarans.Count);
            var targets = renstra.Sasarans.SelectMany(s => s.Indikators).SelectMany(i => i.Targets).ToList();
            Assert.Contains(targets, t => t.Tahun == 2024 && t.Teks == "100%" && t.Nilai == 100m && t.Satuan == "persen");

            var program = (await db.ProgramAnggarans.Where(p => p.SatkerId == provinsi.Id).Select(p => p.Pagu).ToListAsync()).Sum();
            Assert.Equal(51042654000m, program);
            var kotaPagu = (await db.ProgramAnggarans.Where(p => p.SatkerId != provinsi.Id).Select(p => p.Pagu).ToListAsync()).Sum();
            Assert.Equal(82080156000m, kotaPagu);

            var rkt = await db.Rkts.Include(r => r.Sasarans).ThenInclude(s => s.Indikators).Where(r => r.SatkerId == provinsi.Id).ToListAsync();
            Assert.Equal(28, rkt.SelectMany(r => r.Sasarans).SelectMany(s => s.Indikators).Count());
            return 0;
        });
    }
}
