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

    [Fact]
    public async Task Load_HasTheSeedsPrintedEvaluation_WithItsFinding_AndTwoWorkedEvaluationsForTheRollUp()
    {
        await Load();
        var evaluator = await fixture.AksesAsync("evaluator.18");
        var lalu = (await fixture.SendAsync<App.Features.Evaluasi.GetEvaluasiAkip.Handler, Jawaban<App.Features.Evaluasi.GetEvaluasiAkip.Hasil>>(h => h.HandleAsync(evaluator, new("1871", 2023), default))).Nilai!;
        Assert.Equal((73.75m, "BB", 4), (lalu.Tercetak!.Total, lalu.Tercetak.Predikat, lalu.Rekomendasis!.Count));
        Assert.Contains("Nilai komponen berjumlah 69,12, tetapi nilai evaluasi tercetak 73,75 (selisih 4,63).", lalu.Tercetak.Temuan);
        Assert.All(lalu.Rekomendasis, r => Assert.True(r.Diajukan && r.TindakLanjut is not null));

        var rekap = (await fixture.SendAsync<App.Features.Evaluasi.ListEvaluasiSatker.Handler, Jawaban<App.Features.Evaluasi.ListEvaluasiSatker.Hasil>>(h => h.HandleAsync(evaluator, new("18", 2024), default))).Nilai!;
        var selesai = rekap.Barises.Where(b => b.Nilai is not null).ToDictionary(b => b.Kode);
        Assert.Equal(["1871", "1872"], selesai.Keys.Order());
        Assert.Equal((Domain.Evaluasi.Predikat.BB, 2023, false), (selesai["1871"].Predikat, selesai["1871"].TahunLalu, selesai["1871"].DiBawahTarget));
        Assert.Equal((Domain.Evaluasi.Predikat.B, true), (selesai["1872"].Predikat, selesai["1872"].DiBawahTarget));
        Assert.Equal(selesai["1871"].Nilai - 73.75m, selesai["1871"].Perubahan);
    }
}
